"""accord's exceptions: one root, one family per stage.

    AccordError
    ├── UsageError          bad options or settings (the CLI exits 2)
    ├── InputError          an input that cannot be read (missing, binary, empty, bad JSON)
    ├── ExtractError        no article text could be extracted
    ├── NlpError            the language pipeline is missing or failed
    ├── CodingError         the coder's data files are invalid
    ├── StoreError          the DuckDB store cannot be opened or written
    └── FetchError          a URL that cannot or may not be fetched (its ``reason`` is a short code)

Every message names the bad value and the reason.
"""
from __future__ import annotations


class AccordError(Exception):
    """The root of accord's errors."""

    stage = "accord"


class UsageError(AccordError):
    stage = "usage"


class InputError(AccordError):
    stage = "ingest"


class ExtractError(AccordError):
    stage = "extract"


class NlpError(AccordError):
    stage = "nlp"


class CodingError(AccordError):
    stage = "coding"


class StoreError(AccordError):
    stage = "store"


class FetchError(AccordError):
    stage = "fetch"

    def __init__(self, url: str, reason: str, message: str):
        super().__init__(message)
        self.url = url
        self.reason = reason
