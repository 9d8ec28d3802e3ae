"""`python -m bench.eval`: the evaluation's command line."""

import sys

from bench.eval import main

sys.exit(main())
