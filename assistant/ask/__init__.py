"""Questions to the interviews: hybrid retrieval, answers that cite utterance ids, and the check of those ids.

May import `assistant.personas` and the stages below it; never `assistant.interview`."""
