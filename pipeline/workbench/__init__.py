"""The analyst's workbench: see claim records (``view``), flatten them into tables
(``export``), count them (``summary``). Each reads a JSONL file or a Dask output folder."""
