"""Personas from findings: grouping participants, drafting cited attributes, checks, versions and persona documents.

May import `assistant.extract` and the stages below it."""
