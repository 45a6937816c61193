"""Allow ``python -m app`` to behave exactly like the ``event-loader`` command."""

from app.cli.main import main

raise SystemExit(main())
