"""A city's workspace: what its staff should look at first every morning."""
