"""Event Loader: turn a spreadsheet into timeline events in HubSpot or Pipeless."""


def __getattr__(name: str) -> str:
    """Look ``__version__`` up on first use.

    Reading the installed package's metadata costs about 25 ms, which every command paid at
    start even though only ``--version``, the window and the API client show it.
    """
    if name != "__version__":
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    # deferred: package metadata costs ~25 ms at start
    from importlib.metadata import PackageNotFoundError, version

    try:
        found = version("event-loader")
    except PackageNotFoundError:  # running from a source tree or a bundle without metadata
        found = "0.1.0"
    globals()["__version__"] = found
    return found


APP_NAME = "Event Loader"
APP_ID = "event-loader"
