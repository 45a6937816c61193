"""The engine of Event Loader in plain Python: no Qt, no HTTP client, tested without a display.

The sub-packages follow the data: ``reading`` (a file into rows), ``conversion`` (the mapping,
and rows into events), ``destinations`` (what each destination API wants, one module each),
``upload`` (plans, the engine, the journal that makes it exactly once) and ``reports`` (every
row's outcome as a file). The few modules left here serve all of them: ``cells`` (how a cell
reads as text), ``echo`` (input quoted back safely), ``redaction`` and ``logs`` (no secret in
any text), ``secrets`` (the OS keychain) and ``settings`` (the user's preferences). The window
(``app.ui``) and the command line (``app.cli``) drive the core; the core imports neither.
"""
