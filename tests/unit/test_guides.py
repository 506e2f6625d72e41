"""Interview guides: the shipped ones validate, verbatim markers, clear errors naming the file."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.core.errors import InputFileError, NotFoundError
from assistant.core.models import CATEGORIES
from assistant.interview.guides import find_guide, list_guides, load_guide, parse_guide

MINIMAL = """
title: Tiny
sections:
  - id: only
    title: Only
    budget: 2
    questions:
      - "/Ask me this word for word?"
      - text: "And this one?"
        topics: [pain]
"""


def test_shipped_guides_load_without_problems() -> None:
    guides, problems = list_guides()
    assert problems == []
    assert {"day_in_the_life", "quick_check"} <= {guide.id for guide in guides}


def test_day_in_the_life_has_the_parts_the_method_needs() -> None:
    guide = find_guide("day_in_the_life")
    kinds = [section.kind for section in guide.sections]
    assert kinds[0] == "warmup" and kinds[-1] == "wrapup"
    assert "structured" in kinds and "unstructured" in kinds
    required = {topic for section in guide.sections for topic in section.required_topics}
    assert required == set(CATEGORIES)
    assert any(q.verbatim for s in guide.sections for q in s.questions)
    assert guide.rules_for("vague") and guide.rules_for("vague")[0].probe
    assert set(guide.topic_probes) == set(CATEGORIES)


def test_leading_slash_means_verbatim_and_is_removed() -> None:
    guide = parse_guide(MINIMAL, source="tiny.yaml")
    first, second = guide.sections[0].questions
    assert first.verbatim and first.text == "Ask me this word for word?"
    assert not second.verbatim and second.topics == ["pain"]
    assert guide.id == "tiny"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (MINIMAL.replace("budget: 2", "budget: 1"), "budget 1 is smaller than its 2 scripted questions"),
        (MINIMAL.replace("topics: [pain]", "topics: [pains]"), "sections.0.questions.1.topics.0"),
        (MINIMAL + "colour: blue\n", "colour"),
        ("title: [unclosed", "not valid YAML"),
        ("- just a list", "YAML mapping"),
    ],
)
def test_invalid_guides_name_the_file_and_the_problem(tmp_path: Path, text: str, expected: str) -> None:
    path = tmp_path / "broken_guide.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(InputFileError) as caught:
        load_guide(path)
    assert "broken_guide.yaml" in caught.value.message
    assert expected in caught.value.message


def test_workspace_guides_are_listed_and_broken_ones_reported(tmp_path: Path) -> None:
    folder = tmp_path / "guides"
    folder.mkdir()
    (folder / "mine.yaml").write_text(MINIMAL, encoding="utf-8")
    (folder / "bad.yaml").write_text("title: x\n", encoding="utf-8")
    guides, problems = list_guides(tmp_path)
    assert "mine" in {guide.id for guide in guides}
    assert len(problems) == 1 and "bad.yaml" in problems[0]
    assert find_guide("mine", tmp_path).title == "Tiny"
    with pytest.raises(NotFoundError, match="no interview guide 'nope'"):
        find_guide("nope", tmp_path)
