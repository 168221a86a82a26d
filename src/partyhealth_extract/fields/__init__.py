"""One extractor module per field of the record.

Each module exposes `extract(doc: NormText, ...)` returning the record's
models for its field, and keeps its rules beside a corpus of example phrasings
(`<field>_examples.py`) that the tests run.
"""
