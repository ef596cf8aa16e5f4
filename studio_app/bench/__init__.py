"""``studio-app bench``: timings at county scale, on SQLite and PostgreSQL (``run``), over a
synthetic county (``county``, ``county_requests``), with the printing measures (``printing``).
Loaded only by that command."""
