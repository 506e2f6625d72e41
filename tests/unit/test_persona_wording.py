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


def test_a_participant_who_shares_no_word_is_pulled_nowhere_and_judged_neither_typical_nor_not():
    # Two thin interviews whose words no one else uses must not become alike by centring.
    profiles = [*_study(), _profile("thin-1", ["42, 17."]), _profile("thin-2", ["[laughs] Zyxt qwmp."])]
    for thin in profiles[-2:]:
        thin.findings = thin.findings[1:]  # not even the sentence everyone says
    vectors = word_vectors(profiles)
    assert not vectors[-2:].any()
    assert np.allclose(np.linalg.norm(vectors[:6], axis=1), 1.0)
    rows = word_typicality_rows(profiles)
    assert not rows[-2:].any() and rows[:6].any()


def test_words_of_few_kinds_and_no_language_named():
    # fewer words than participants (the dense path), and no language recorded for anyone
    profiles = [
        Profile(key, "s", make_interview(key, key, [("situation", text)])[1], language=None)
        for key, text in (
            ("a", "tenants lease"),
            ("b", "tenants lease"),
            ("c", "garden mortgage"),
            ("d", "garden mortgage"),
            ("e", "tenants garden"),
        )
    ]
    vectors = word_vectors(profiles)
    assert vectors.shape[0] == 5 and np.isfinite(vectors).all()
    similarity = vectors @ vectors.T
    assert similarity[0, 1] > 0.99 and similarity[2, 3] > 0.99 and similarity[0, 2] < 0


def test_only_the_main_language_is_judged_for_typicality():
    profiles = [*_study(), _profile("fr-1", STUDENT, "fr"), _profile("fr-2", STUDENT, "fr")]
    rows = word_typicality_rows(profiles)
    assert not rows[-2:].any() and rows[:6].any()


def test_a_non_target_model_fitted_on_other_features_is_not_used_silently(caplog):
    from dataclasses import replace

    from persona_data import study

    from assistant.personas.grouping import disqualification, fitted_disqualifier, shipped_model
    from assistant.providers.embeddings import HashingEmbedder

    shipped = shipped_model()
    assert fitted_disqualifier(shipped)
    weights = dict(shipped.disqualifier or {})
    weights = {key: value[:-2] if isinstance(value, list) else value for key, value in weights.items()}
    older = replace(shipped, disqualifier=weights)
    assert not fitted_disqualifier(older)
    profiles = [Profile(k, "s", f) for k, (_t, f) in sorted(study().items())]
    with caplog.at_level("WARNING"):
        judged = disqualification(profiles, HashingEmbedder(), older)
    assert len(judged) == len(profiles)
    assert "refit it with eval/train_personas.py" in caplog.text
