"""What visitors do, counted anonymously: the event log, its recorder, the report and the health file.

Plain Python and ``sqlite3``; DuckDB is imported only by ``kiosk report`` and ``kiosk analytics
export`` (:mod:`kiosk.analytics.store`). docs/analytics.md is the notice a museum can post.

- :mod:`kiosk.analytics.events`: the fixed schema, the only fields there are, and their checks;
- :mod:`kiosk.analytics.log`: the log, written by a thread of its own in batched transactions;
- :mod:`kiosk.analytics.recorder`: visitor actions (from the screens) to events;
- :mod:`kiosk.analytics.health`: the node_exporter textfile-collector file;
- :mod:`kiosk.analytics.store` and :mod:`kiosk.analytics.report`: many logs to one report.
"""
