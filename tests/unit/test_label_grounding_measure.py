"""The harness measure "labels naming what no member said" counts what it should."""

from __future__ import annotations

import sys
from pathlib import Path

from persona_data import hashing_workspace, make_interview, study

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "eval"))

from harness.measures import _title_tokens, ungrounded_labels  # noqa: E402
from harness.workspaces import StudyWorkspace  # noqa: E402

from assistant.personas.versions import Persona, PersonaSet  # noqa: E402


def test_a_label_word_no_member_said_is_counted_and_the_frame_words_are_not(tmp_path) -> None:
    workspace = hashing_workspace(tmp_path / "s", study(include_nonbuyers=True))
    sw = StudyWorkspace(workspace, {}, [])
    persona_set = PersonaSet(
        personas=[
            Persona(id="a", label="Controller", members=["ctl-1", "ctl-2"]),
            Persona(id="b", label="Software engineers", members=["ap-1", "ap-2"]),
            Persona(id="c", label="Not a target: student", members=["nb-1", "nb-2"], negative=True),
            Persona(id="d", label="Persona 4", members=["ap-3"]),
        ]
    )
    found = ungrounded_labels(sw, persona_set)
    assert found == ["Software engineers (engineers, software)"]


def test_a_title_shown_in_its_dictionary_form_was_said(tmp_path) -> None:
    """A Polish member who said "jestem kierownikiem" (instrumental) is labelled "Kierownik": that
    names what he said. A word of nothing said still counts."""
    transcript, findings = make_interview(
        "pl-1", "Uczestniczka 1", [("situation", "Jestem kierownikiem magazynu w hurtowni od lat.")]
    )
    transcript.interview.language = "pl"
    workspace = hashing_workspace(tmp_path / "s", {"pl-1": (transcript, findings)})
    sw = StudyWorkspace(workspace, {}, [])
    persona_set = PersonaSet(
        personas=[
            Persona(id="a", label="Kierownik magazynu", members=["pl-1"]),
            Persona(id="b", label="Nauczyciel", members=["pl-1"]),
        ]
    )
    assert ungrounded_labels(sw, persona_set) == ["Nauczyciel (nauczyciel)"]


def test_titles_in_any_alphabet_are_compared() -> None:
    """The measure "labels name the designed role" compares word prefixes in every alphabet, and
    Chinese and Japanese by pairs of neighbouring characters (kana particles end a run)."""
    assert _title_tokens("Главный бухгалтер") & _title_tokens("главный бухгалтер (аутсорсинг)")
    assert _title_tokens("Ελαιοπαραγωγός") & _title_tokens("ελαιοπαραγωγός, μέλος συνεταιρισμού")
    assert _title_tokens("店长") & _title_tokens("客栈店长（协调五家店）")
    assert _title_tokens("班長") & _title_tokens("NC旋盤の班長")
    assert not _title_tokens("前台") & _title_tokens("客栈店长（协调五家店）")
    assert not _title_tokens("の") and not _title_tokens("Persona 1") & _title_tokens("民宿老板")


def test_a_chinese_or_japanese_title_is_said_where_it_occurs_in_unspaced_speech(tmp_path) -> None:
    """ "运营经理" read from "我是运营经理，管三家店" was said, though no space sets it apart; a title
    nobody said still counts."""
    transcript, findings = make_interview(
        "zh-1", "受访者 1", [("situation", "我是运营经理，管三家店的排房和保洁。")]
    )
    transcript.interview.language = "zh"
    workspace = hashing_workspace(tmp_path / "s", {"zh-1": (transcript, findings)})
    sw = StudyWorkspace(workspace, {}, [])
    persona_set = PersonaSet(
        personas=[
            Persona(id="a", label="运营经理", members=["zh-1"]),
            Persona(id="b", label="财务总监", members=["zh-1"]),
        ]
    )
    assert ungrounded_labels(sw, persona_set) == ["财务总监 (财务总监)"]
