"""Content updates that never show a broken exhibit: immutable releases under the state
directory, ``current`` and ``last-good`` switched atomically, ``kiosk update FROM`` (fetch →
validate → build → switch → health check → keep or roll back). Plain Python, no Qt.
docs/operations.md, "Updates and rollback", says how an operator uses it."""
