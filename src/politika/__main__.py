"""``python -m politika`` runs the CLI."""

from politika.cli import main

main()
