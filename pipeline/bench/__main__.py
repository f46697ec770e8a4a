"""``python -m pipeline.bench --child RECORD -- build ...``: one measured build (see child.py)."""

import sys

from pipeline.bench.child import child_main

if "--child" in sys.argv:
    sys.exit(child_main(sys.argv[1:]))
raise SystemExit("usage: python -m pipeline bench [--corpus DIR] [--scale N] [--jobs N] [--out FILE]")
