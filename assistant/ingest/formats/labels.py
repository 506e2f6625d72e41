"""Deciding which ``Label: text`` prefixes are speaker names rather than ordinary words."""

from __future__ import annotations

import re
from collections import Counter

from assistant.core.words import CJK_LETTERS

SPEAKER_PREFIX = re.compile(
    rf"^([^\s:：<>\[\]()*#\"“”][^:：<>\[\]*#\"“”]{{0,59}}?)\s*(?::\s+|(?<!\d)：\s*|：(?!\d)|:(?=[{CJK_LETTERS}\uac00-\ud7a3]))(\S.*)$",
    re.S,
)
"""``Label: text``; in Chinese, Japanese and Korean the colon is often the full-width "：" and no space
follows it ("访谈者：请介绍一下", "司会:今日は")."""
SPEAKER_ALONE = re.compile(r"^([^\s:：<>\[\]()*#\"“”][^:：<>\[\]*#\"“”]{0,59}?)\s*[:：]\s*$")

# Words that often start a line with a colon but are not speakers.
NOT_SPEAKERS = frozenset(
    """note notes example examples step steps update edit edited warning tip tips important agenda
    summary action actions todo re subject from to cc bcc http https www source sources see also
    ps p.s pros cons goal goals problem solution result results answer answers question questions
    update updates item items reason reasons total option options day days time date duration
    location attendees""".split()
)


def name_like(label: str) -> bool:
    """A short label that could be a person or a role: 1-5 words, no sentence punctuation."""
    label = label.strip()
    if label.endswith("?") and len(label.split()) <= 2 and not label.endswith("??"):
        label = label[:-1]  # "S01?": a transcriber unsure it was S01 (noScribe) still names a speaker
    if not label or len(label) > 60 or label.casefold() in NOT_SPEAKERS:
        return False
    if re.search(r"[.?!;,]\s|[?!;]$|[，。？！；、]|[说說问問道讲講]$|https?|www\.|\t", label):
        return False
    words = label.split()
    if len(words) > 5:
        return False
    return label[0].isalpha()


def accept_labels(counts: Counter[str], segments: int) -> set[str]:
    """Labels used at least twice, or name-like ones when most lines carry a label."""
    labelled = sum(counts.values())
    mostly_labelled = segments > 0 and labelled / segments >= 0.3
    accepted = set()
    for label, count in counts.items():
        if not name_like(label):
            continue
        if count >= 2 or mostly_labelled:
            accepted.add(label)
    return accepted
