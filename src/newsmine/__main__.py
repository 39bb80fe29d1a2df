"""``python -m newsmine`` runs the command-line tool."""

from newsmine.cli import main

main()
