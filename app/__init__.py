"""Event Loader: turn a spreadsheet into timeline events in HubSpot or Pipeless."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("event-loader")
except PackageNotFoundError:  # running from a source tree or a frozen bundle without metadata
    __version__ = "0.1.0"

APP_NAME = "Event Loader"
APP_ID = "event-loader"
