"""Where documents come from on the web and on a schedule.

`fetch.py` is the one HTTP client (safe, polite, conditional); `config.py` reads a sources.yaml;
`watch.py` polls its sources on schedule. The readers that turn what is fetched into Documents
live in `watchfloor.ingest` beside the file readers.
"""
