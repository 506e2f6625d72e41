"""The words participants use: their TF-IDF rows, how typical of the study they are, and grouping by them."""

from __future__ import annotations

from datetime import date

import numpy as np
from persona_data import hashing_workspace, make_interview

from assistant.personas.grouping import GroupingModel
from assistant.personas.profiles import Profile
from assistant.personas.synthesis import synthesize_personas
from assistant.personas.wording import word_tokens, word_typicality_rows, word_vectors

SHARED = "The heat pump was installed last spring and the installer came twice."
LANDLORD = [
    "My tenants call me whenever the radiators are cold.",
    "The lease says the tenants pay for the electricity.",
    "Three of my flats are rented out through an agency.",
]
HOMEOWNER = [
    "My kids noticed that the garden is quieter now.",
    "We paid it off with our mortgage and a subsidy.",
    "My wife wanted to get rid of the oil tank in the garden.",
]
STUDENT = [
    "For my thesis I compare survey answers from twelve countries.",
    "My supervisor suggested a chapter on questionnaires.",
]


def _profile(key: str, sentences: list[str], language: str = "en") -> Profile:
    _transcript, findings = make_interview(key, key, [("situation", s) for s in [SHARED, *sentences]])
    return Profile(key, "s", findings, language=language)


def _study() -> list[Profile]:
    # landlords and homeowners alternate, so grouping by order alone would mix them
    return [_profile(f"p{i}", LANDLORD if i % 2 == 0 else HOMEOWNER) for i in range(6)]


def test_words_are_lower_case_letters_and_pairs_of_letters_in_scripts_without_spaces():
    assert word_tokens("[laughs] The CRM export in 2024, ok? 在线预订") == [
        "the",
        "crm",
        "export",
        "在线",
        "线预",
        "预订",
    ]


def test_participants_who_use_the_same_words_are_closer_than_the_others():
    vectors = word_vectors(_study())
    similarity = vectors @ vectors.T
    for i in range(6):
        for j in range(6):
            if i != j and i % 2 == j % 2:
                assert all(similarity[i, j] > similarity[i, k] for k in range(6) if k % 2 != i % 2)


def test_a_language_with_two_speakers_has_no_word_that_tells_them_apart():
    profiles = _study()
    profiles[1].language = profiles[2].language = "fr"
    vectors = word_vectors(profiles)
    assert not vectors[[1, 2]].any()
    assert all(np.linalg.norm(vectors[i]) > 0.99 for i in (0, 3, 4, 5))


def test_a_participant_whose_words_no_one_shares_is_the_least_typical():
    profiles = [*_study(), _profile("outsider", STUDENT)]
    rows = word_typicality_rows(profiles)
    assert rows.shape == (7, 2)
    assert int(np.argmin(rows[:, 0])) == 6 and int(np.argmin(rows[:, 1])) == 6
    # Only speakers of the study's main language are compared, and only three or more of them.
    assert not word_typicality_rows(profiles[:2]).any()


def test_participants_are_grouped_by_the_words_they_use_when_their_statements_read_alike(tmp_path):
    # A model wrote the same statement for everyone; their own quotes say who they are.
    interviews = {}
    for i in range(6):
        key = f"p{i}"
        sentences = [("situation", s) for s in [SHARED, *(LANDLORD if i % 2 == 0 else HOMEOWNER)]]
        transcript, findings = make_interview(key, f"P{i}", sentences)
        for finding in findings:
            finding.statement = "The participant describes their home heating."
        interviews[key] = (transcript, findings)
    workspace = hashing_workspace(tmp_path / "w", interviews)
    persona_set = synthesize_personas(
        workspace,
        engine="offline",
        k=2,
        grouping_model=GroupingModel(negative_z=99.0),
        today=date(2026, 4, 1),
    )
    groups = sorted(sorted(p.members) for p in persona_set.personas)
    assert groups == [["p0", "p2", "p4"], ["p1", "p3", "p5"]]
