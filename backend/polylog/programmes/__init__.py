"""Programmes and action plans: a city's programme, its targets and actions followed up quarterly."""
