"""Getting transcripts in: file formats, decoding, speaker roles, pseudonymisation, and edits to stored transcripts.

May import `assistant.index` (to keep it in step), `assistant.providers` and `assistant.core`."""
