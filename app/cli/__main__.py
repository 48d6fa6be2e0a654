"""`python -m app.cli`: the same entry point as the `dipgraph` console script."""

from app.cli import main

raise SystemExit(main())
