"""Coaching journeys: a coach city guides another, stage by stage, each stage signed off."""
