"""What a model extraction will cost before anything is sent: calls, tokens, money, cache hits.

The estimate plans the same calls the run will send (``pipeline.plan_calls``: the same windows,
prompts and cache keys, in direct or review mode as the run would choose), counts tokens with the
same conservative estimate the windowing uses, and skips calls whose answers are already cached
(an unchanged re-run costs nothing). Output is estimated two ways: the expected length (a share of
the input) and the most the run may use (the output limit of every call).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from assistant.core.models import Transcript
from assistant.core.workspace import Workspace
from assistant.extract import direct
from assistant.extract.pipeline import plan_calls
from assistant.providers.llm import OUTPUT_SHARE_OF_INPUT, UsageLedger, estimate_tokens, model_name


@dataclass
class CostEstimate:
    interviews: int = 0
    windows: int = 0
    cached_windows: int = 0
    input_tokens: int = 0
    output_tokens: int = 0
    """Expected output tokens."""
    max_output_tokens: int = 0
    """The sum of the calls' output limits: the most the run may produce."""
    transcript_tokens: int = 0
    cost_usd: float | None = None
    """Expected cost (input plus expected output)."""
    max_cost_usd: float | None = None
    """Input plus every call's output limit."""
    modes: dict[str, int] = field(default_factory=dict)
    per_interview: list[dict[str, Any]] = field(default_factory=list)

    def describe(self) -> str:
        if self.cost_usd is not None and self.max_cost_usd is not None:
            money = f", about ${self.cost_usd:.4f} (at most ${self.max_cost_usd:.4f})"
        else:
            money = " (no price known for this model: set llm.price_per_1k_prompt and _completion)"
        modes = ", ".join(f"{mode} {count}" for mode, count in sorted(self.modes.items()))
        return (
            f"{self.interviews} interviews ({modes}), {self.windows} model calls ({self.cached_windows} "
            f"cached), ~{self.input_tokens:,} input + ~{self.output_tokens:,} output tokens "
            f"(output at most {self.max_output_tokens:,}){money}"
        )


def estimate(
    workspace: Workspace,
    transcripts: list[Transcript],
    *,
    model: Any,
    extractor: Any,
    mode: str | None = None,
    model_id: str | None = None,
    ledger: UsageLedger | None = None,
    force: bool = False,
) -> CostEstimate:
    """The calls and tokens extracting ``transcripts`` with ``model`` would cost (cached calls are free).

    ``extractor`` is the offline engine: its candidates are part of the prompts (hints in direct
    mode, the reviewed items in review mode), so the prompts and cache keys are exactly the run's.
    Prices come from ``ledger`` (settings, else the known list) when given. ``force`` (extract
    again, asking the model again) counts cached calls as sent.
    """
    result = CostEstimate()
    for transcript in transcripts:
        plan = plan_calls(
            workspace, transcript, model=model, extractor=extractor, mode=mode, model_id=model_id
        )
        uncached = list(plan.calls) if force else plan.uncached()
        # the answer's JSON schema travels with every call (response format or tool definition)
        schema = estimate_tokens(json.dumps(plan.cache.answer_type.model_json_schema()))
        tokens_in = sum(estimate_tokens(c.system) + estimate_tokens(c.user) + schema for c in uncached)
        result.interviews += 1
        result.modes[plan.mode] = result.modes.get(plan.mode, 0) + 1
        result.windows += len(plan.calls)
        result.cached_windows += len(plan.calls) - len(uncached)
        result.input_tokens += tokens_in
        result.output_tokens += int(tokens_in * OUTPUT_SHARE_OF_INPUT)
        result.max_output_tokens += sum(c.output_limit for c in uncached)
        result.transcript_tokens += sum(estimate_tokens(direct.render_turn(u)) for u in transcript.utterances)
        result.per_interview.append(
            {
                "interview_id": transcript.interview.id,
                "mode": plan.mode,
                "windows": len(plan.calls),
                "cached": len(plan.calls) - len(uncached),
                "input_tokens": tokens_in,
            }
        )
    prices = ledger.prices_for(model_name(model)) if ledger is not None else None
    if prices is not None:
        prompt_price, completion_price = prices
        result.cost_usd = round(
            result.input_tokens / 1000 * prompt_price + result.output_tokens / 1000 * completion_price, 6
        )
        result.max_cost_usd = round(
            result.input_tokens / 1000 * prompt_price + result.max_output_tokens / 1000 * completion_price, 6
        )
    return result
