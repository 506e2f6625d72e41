"""Removing a quote from a persona: shared by the Personas screen and ``personas correct unquote``.

Kept free of Textual so the CLI can call it too.
"""

from __future__ import annotations

from assistant.core.errors import NotFoundError
from assistant.core.workspace import Workspace
from assistant.extract.corrections import reject_quote, without_citation
from assistant.personas.versions import PersonaSet, latest_persona_set, save_new_version


def remove_persona_quote(
    workspace: Workspace, persona_id: str, field: str, utterance_id: str, quote: str
) -> PersonaSet:
    """A new persona version without the quote, and the finding behind it rejected (so it stays gone)."""
    latest = latest_persona_set(workspace)
    if latest is None:
        raise NotFoundError(f"no personas yet in {workspace.personas_dir}")
    persona = latest.persona(persona_id)
    updated = without_citation(latest.model_dump(mode="json"), persona_id, field, utterance_id, quote)
    transcript = workspace.load_transcript(utterance_id.rsplit(":", 1)[0])
    reject_quote(workspace, transcript, utterance_id, quote, f"removed from persona {persona.label}: {field}")
    return save_new_version(workspace, PersonaSet.model_validate(updated))
