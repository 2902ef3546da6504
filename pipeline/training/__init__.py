"""Training, assembly and evaluation of the bundled Italian news pipeline (models/)."""
