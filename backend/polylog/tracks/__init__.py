"""Learning tracks: a series of sessions that earns one certificate (attend at least k of n)."""
