"""Live interviews: guides as data, the append-only session log, coverage, probes, the member check, saving as a transcript.

May import `assistant.extract` and the stages below it; never `assistant.ask` or `assistant.personas`."""
