"""``python cli.py ...`` from a source checkout: the ``claims`` command (:mod:`pipeline.cli`).

The command line itself lives in the package (``pipeline/cli.py``), so an install puts no
top-level ``cli`` module into ``site-packages``.
"""

from pipeline.cli import main

if __name__ == "__main__":
    main()
