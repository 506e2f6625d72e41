"""Findings per interview: sentence spans, the offline classifier and engine, model review, quote verification, findings files.

May import `assistant.ingest`, `assistant.index`, `assistant.providers` and `assistant.core`."""
