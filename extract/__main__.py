"""`python -m extract ...` → the command-line interface."""
import sys

from extract.cli import main

sys.exit(main())
