"""Indicators with measurements: an initiative's results, a programme's targets."""
