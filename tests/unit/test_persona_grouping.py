"""Grouping's disqualifier features: how typical of the study a participant is."""

from __future__ import annotations

import numpy as np
from persona_data import CONTROLLER, make_interview, study

from assistant.personas.grouping import (
    disqualifier_rows,
    polarity_rows,
    shipped_model,
    signal_rows,
    typicality_rows,
)
from assistant.personas.profiles import Profile
from assistant.providers.embeddings import HashingEmbedder

OUTSIDER = [
    ("situation", "I run a food truck on weekends and sell tacos at the market."),
    ("situation", "My sister bakes the tortillas at home."),
    ("decision", "I keep everything in my head, there is nothing to buy."),
]


def _profiles(interviews):
    return [Profile(key, "s", findings) for key, (_transcript, findings) in sorted(interviews.items())]


def test_a_participant_from_outside_the_study_is_the_least_typical():
    interviews = study(include_nonbuyers=False)
    interviews["zz-outsider"] = make_interview("zz-outsider", "Outsider", OUTSIDER)
    profiles = _profiles(interviews)
    rows = typicality_rows(profiles, HashingEmbedder())
    assert rows.shape == (len(profiles), 2)
    outsider = [p.interview_id for p in profiles].index("zz-outsider")
    # Cosine to the others' centre and to the nearest fellow participant: lowest for the outsider.
    assert int(np.argmin(rows[:, 0])) == outsider
    assert int(np.argmin(rows[:, 1])) == outsider
    assert rows[outsider, 0] < -1.0 and rows[outsider, 1] < -1.0


def test_typicality_needs_three_participants():
    interviews = {
        f"ctl-{i}": make_interview(f"ctl-{i}", f"C{i}", CONTROLLER, company="Acme", n=3) for i in range(2)
    }
    rows = typicality_rows(_profiles(interviews), HashingEmbedder())
    assert rows.shape == (2, 2) and not rows.any()


def test_the_shipped_disqualifier_reads_every_feature():
    profiles = _profiles(study())
    embedder = HashingEmbedder()
    rows, _evidence = disqualifier_rows(profiles, embedder)
    # signals, typicality of what they said, polarity, typicality of their words
    assert rows.shape[1] == signal_rows(profiles, embedder)[0].shape[1] + 2 + 6 + 2
    weights = shipped_model().disqualifier
    assert weights is not None
    assert len(weights["coef"]) == len(weights["mean"]) == len(weights["scale"]) == rows.shape[1]


def test_polarity_reads_which_side_of_the_budget_a_participant_is_on():
    interviews = study()
    profiles = _profiles(interviews)
    rows = polarity_rows(profiles, HashingEmbedder())
    assert rows.shape == (len(profiles), 6)
    ids = [p.interview_id for p in profiles]
    # The non-buyers ("I have zero budget... wrong person") lean further to disqualification than
    # the controllers who own the budget.
    non_buyers = [rows[ids.index(i), 0] for i in ("nb-1", "nb-2")]
    controllers = [rows[ids.index(i), 0] for i in ("ctl-1", "ctl-2", "ctl-3")]
    assert min(non_buyers) > max(controllers)


def test_centring_by_language_moves_each_language_onto_the_common_mean():
    from assistant.personas.profiles import centre_by_language

    rows = np.array([[1.0, 0.0], [1.0, 2.0], [5.0, 0.0], [5.0, 2.0], [9.0, 9.0]])
    centred = centre_by_language(rows, ["en", "en", "fr", "fr", "pt"])
    overall = rows.mean(axis=0)
    assert np.allclose(centred[:2].mean(axis=0), overall) and np.allclose(centred[2:4].mean(axis=0), overall)
    assert np.allclose(centred[1] - centred[0], rows[1] - rows[0])  # differences within a language kept
    assert np.allclose(centred[4], rows[4])  # a language spoken by one participant is left as is
    assert np.allclose(centre_by_language(rows, ["en"] * 5), rows)


def test_participants_are_grouped_by_role_not_by_the_language_they_spoke():
    from persona_data import AP_CLERK, COMPANIES

    from assistant.personas.grouping import ward_groups
    from assistant.personas.profiles import profile_vectors

    # Half of each role speaks "French": every statement carries the same filler words, which pull
    # the vectors of one language together whatever the role (as a multilingual embedder does).
    tics = (
        " en fait voilà du coup bref genre quoi enfin bon alors donc ainsi pourtant cependant toutefois"
        " néanmoins parfois souvent toujours jamais vraiment plutôt assez beaucoup peu trop aussi"
        " encore déjà bientôt ensuite puis après avant pendant depuis lorsque puisque quand comme"
    )
    profiles, roles = [], []
    for i in range(4):
        for role, sentences in (("ap", AP_CLERK), ("ctl", CONTROLLER)):
            key = f"{role}-{i + 1}"
            _transcript, findings = make_interview(key, key, sentences, company=COMPANIES[i], n=3 + i)
            if i % 2:
                for finding in findings:
                    finding.statement += tics
            profiles.append(Profile(key, "s", findings, language="fr-FR" if i % 2 else "en"))
            roles.append(role)
    labels = ward_groups(profile_vectors(profiles, HashingEmbedder()), 2)
    assert len(set(labels)) == 2
    assert all((labels[i] == labels[j]) == (roles[i] == roles[j]) for i in range(8) for j in range(8))


def test_no_participant_is_judged_typical_or_atypical_when_no_language_has_three_speakers():
    profiles = _profiles(study())
    for number, profile in enumerate(profiles):
        profile.language = ("en", "fr", "de", "pt")[number % 4]
    rows = typicality_rows(profiles, HashingEmbedder())
    assert rows.shape == (len(profiles), 2) and not rows.any()


def test_a_second_non_target_needs_a_clearer_case_than_the_first():
    from assistant.personas.grouping import SECOND_NEGATIVE_MARGIN, filed_non_targets

    bar = 0.6
    # a study of ten: the strongest above the bar is filed; a second just above the bar is not
    scores = [0.2, 0.83, 0.3, 0.65, 0.1, 0.4, 0.61, 0.2, 0.3, 0.1]
    assert filed_non_targets(scores, bar) == [1]
    # a second as clear as the margin asks is filed too, strongest first, at most a fifth of the study
    clear = bar + SECOND_NEGATIVE_MARGIN + 0.01
    assert filed_non_targets([0.2, 0.83, clear, clear, 0.1, 0.4, 0.2, 0.2, 0.3, 0.1], bar) == [1, 2]
    # nobody at the bar: nobody filed; a study of four: still one at most
    assert filed_non_targets([0.1, 0.5, 0.59], bar) == []
    assert filed_non_targets([0.9, 0.95, 0.1, 0.2], bar) == [1]
