"""What a model extraction will cost before anything is sent: windows, tokens, money, cache hits.

The estimate renders the same prompts the run will send (so it counts exactly the windows and the
transcript text), counts tokens with the same conservative estimate the windowing uses, and skips
windows whose answers are already cached (an unchanged re-run costs nothing).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from assistant.core.models import Transcript
from assistant.core.workspace import Workspace
from assistant.extract import direct
from assistant.extract.cache import WindowCache
from assistant.extract.review import estimate_tokens

OUTPUT_SHARE_OF_INPUT = 0.15
"""Expected answer length relative to the window's input, for the estimate (findings are short)."""


@dataclass
class CostEstimate:
    interviews: int = 0
    windows: int = 0
    cached_windows: int = 0
    input_tokens: int = 0
    output_tokens: int = 0
    transcript_tokens: int = 0
    cost_usd: float | None = None
    per_interview: list[dict[str, Any]] = field(default_factory=list)

    def describe(self) -> str:
        money = (
            f", about ${self.cost_usd:.4f}"
            if self.cost_usd is not None
            else " (set llm.price_per_1k_* for a cost)"
        )
        return (
            f"{self.interviews} interviews, {self.windows} model calls ({self.cached_windows} cached), "
            f"~{self.input_tokens:,} input + ~{self.output_tokens:,} output tokens{money}"
        )


def estimate_direct(
    workspace: Workspace, transcripts: list[Transcript], model_id: str, extractor: Any = None
) -> CostEstimate:
    """The direct mode's calls and tokens for ``transcripts`` (cached windows cost nothing).

    ``extractor`` (the offline engine) adds the hints the run will send, so the prompts, and their
    cache keys, are exactly the run's.
    """
    settings = workspace.settings
    estimate = CostEstimate()
    for transcript in transcripts:
        windows = direct.plan_windows(transcript, settings.llm.context_tokens)
        cache = direct.window_cache(workspace, transcript, model_id)
        hints = extractor.candidates(transcript) if extractor is not None else []
        tokens_in = cached = 0
        for window in windows:
            system, user = direct.render_messages(transcript, window, len(windows), hints)
            if cache.get(WindowCache.window_key(system, user)) is not None:
                cached += 1
                continue
            tokens_in += estimate_tokens(system) + estimate_tokens(user)
        transcript_tokens = sum(estimate_tokens(direct.render_turn(u)) for u in transcript.utterances)
        estimate.interviews += 1
        estimate.windows += len(windows)
        estimate.cached_windows += cached
        estimate.input_tokens += tokens_in
        estimate.output_tokens += int(tokens_in * OUTPUT_SHARE_OF_INPUT)
        estimate.transcript_tokens += transcript_tokens
        estimate.per_interview.append(
            {
                "interview_id": transcript.interview.id,
                "windows": len(windows),
                "cached": cached,
                "input_tokens": tokens_in,
            }
        )
    prompt_price, completion_price = settings.llm.price_per_1k_prompt, settings.llm.price_per_1k_completion
    if prompt_price is not None and completion_price is not None:
        estimate.cost_usd = round(
            estimate.input_tokens / 1000 * prompt_price + estimate.output_tokens / 1000 * completion_price, 6
        )
    return estimate
