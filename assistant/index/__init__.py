"""The search index: utterances and their vectors in Chroma (embedded or a server), kept in step with transcripts.

May import `assistant.providers` and `assistant.core`."""
