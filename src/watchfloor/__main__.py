from watchfloor.cli import run

run()
