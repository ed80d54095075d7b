"""The content kernel: what every kind of versioned, multilingual content shares.

A kind (initiatives, practices, sessions, ...) declares its model, its fields and
its few rules; the kernel does the rest once for all of them: translations, SDG
and theme links, optimistic versions (412), revisions, soft delete and restore,
the audit log, keeping the search index in step, and the HTTP routes for
revisions and restore.
"""
