"""Foundation shared by every stage: errors, domain models, settings, atomic storage, the workspace, prompts, sentences.

May import nothing else from `assistant`; everything else may import it."""
