"""Upload: converted rows sent exactly once, in batches, with a journal that survives a crash.

``upload_plan`` decides what a run sends (the rows still to go, cut into batches by
``batching``, tied to a journal run) under the lock of ``upload_lock``; ``engine`` sends the
batches through a client that implements ``client`` (errors classified in ``client_errors``)
and records every answer in ``journal`` (whose ``journal_marker`` notices a journal that lost
its content). ``history`` reads past uploads back for the window and the command line, and
``outcomes`` names what the engine writes for each row. The API clients themselves live in
``app.api``; the core only knows their protocol.
"""
