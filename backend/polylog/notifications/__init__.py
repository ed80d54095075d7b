"""Notifications: messages to people in their own language, delivered through an outbox."""
