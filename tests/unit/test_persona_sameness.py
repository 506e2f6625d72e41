"""The sameness test behind persona evidence counts: when another member's finding says the same thing."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import numpy as np
import pytest
from test_persona_drafting import PAINS, item

from assistant.personas import evidence
from assistant.personas.evidence import SAMENESS_FEATURES, FindingSpace, SamenessModel
from assistant.personas.grouping import shipped_model
from assistant.providers.embeddings import Embedder, classifier_embedder

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def embedder():
    return classifier_embedder()


def _items():
    texts = [text for _m, text in PAINS] + [
        "Approvals from managers take days and I keep calling them.",
        "Winter parking near the office is impossible.",
        "The second-floor printer keeps jamming.",
    ]
    return [item(f"m{n % 5}", n, text) for n, text in enumerate(texts * 2, start=1)]


def test_the_shipped_model_carries_a_sameness_test_fitted_on_human_themes() -> None:
    model = shipped_model().sameness
    assert model is not None
    assert len(model.coef) == len(SAMENESS_FEATURES)
    assert 0.0 < model.bar < 1.0
    assert model.meta and model.meta["pairs"] > 1000 and len(model.meta["trained_on"]) >= 10


def test_sameness_model_round_trips_and_refuses_other_features() -> None:
    model = SamenessModel(tuple([0.0] * 12), tuple([1.0] * 12), tuple([0.1] * 12), -1.0, 0.3)
    assert SamenessModel.from_json(json.loads(json.dumps(model.to_json()))) == SamenessModel(
        model.mean, model.scale, model.coef, model.intercept, model.bar, {}
    )
    data = model.to_json()
    data["features"] = ["cosine"]
    with pytest.raises(ValueError):
        SamenessModel.from_json(data)
    data = model.to_json()
    data["coef"] = data["coef"][:3]
    with pytest.raises(ValueError):
        SamenessModel.from_json(data)


def test_a_finding_space_centres_shrinks_and_round_trips() -> None:
    space = FindingSpace(((0.0, 0.0, 1.0),), (-1.0,))
    vectors = np.array([[1.0, 0.0, 3.0], [0.0, 2.0, -3.0]])
    out = space.apply(vectors, centre=np.zeros(3))
    assert np.allclose(out, [[1.0, 0.0, 0.0], [0.0, 1.0, 0.0]])  # the direction is gone, rows unit
    centred = FindingSpace((), ()).apply(np.array([[1.0, 1.0], [3.0, 1.0]]))  # centre: their mean
    assert np.allclose(centred, [[-1.0, 0.0], [1.0, 0.0]])
    model = SamenessModel(tuple([0.0] * 12), tuple([1.0] * 12), tuple([0.1] * 12), -1.0, 0.3, {}, space)
    assert SamenessModel.from_json(json.loads(json.dumps(model.to_json()))) == model
    data = model.to_json()
    data["space"]["factors"] = [-0.5, -0.5]
    with pytest.raises(ValueError):
        SamenessModel.from_json(data)
    with pytest.raises(ValueError):
        space.apply(np.ones((2, 4)))


class _Planted(Embedder):
    """Vectors planted by text: a point (axis 0 or 1) and how it is said (axis 2, +1 or -1)."""

    name = "planted"
    dimension = 3
    AXES = {
        "point a, said one way": (1, 0, 1.5),
        "point a, said the other way": (1, 0, -1.5),
        "point b, said one way": (0, 1, 1.5),
        "point b, said the other way": (0, 1, -1.5),
    }

    def _embed_passages(self, texts):
        return np.asarray([self.AXES[t] for t in texts], dtype=np.float32)

    def _embed_query(self, text):
        return self._embed_passages([text])


def test_sameness_is_judged_in_the_model_space() -> None:
    """Two members making the same point in different ways are the same only once the space shrinks
    the way it is said; the cosine alone (plain or in the space) decides in this planted model."""
    cosine_only = [10.0] + [0.0] * 11  # probability >= 0.5 when the cosine reaches 0.5
    plain = SamenessModel(tuple([0.0] * 12), tuple([1.0] * 12), tuple(cosine_only), -5.0, 0.5)
    spaced = SamenessModel(
        plain.mean,
        plain.scale,
        plain.coef,
        plain.intercept,
        plain.bar,
        {},
        FindingSpace(((0.0, 0.0, 1.0),), (-1.0,)),
    )
    items = [
        item("m1", 1, "point a, said one way"),
        item("m1", 2, "point b, said one way"),
        item("m2", 3, "point a, said the other way"),
        item("m2", 4, "point b, said the other way"),
    ]
    before = evidence.grouped_attributes("pains", items, _Planted(), member_count=2, sameness=plain)
    assert all(a.evidence_count == 1 for a in before)
    after = evidence.grouped_attributes(
        "pains", items, _Planted(), member_count=2, sameness=spaced, centre=np.zeros(3)
    )
    shared = sorted(sorted(c.quote for c in a.citations) for a in after if a.evidence_count == 2)
    assert shared == [
        ["point a, said one way", "point a, said the other way"],
        ["point b, said one way", "point b, said the other way"],
    ]


class _Centred(Embedder):
    """Two members' pains that differ only a little (axis 1) and situations elsewhere (axis 2)."""

    name = "centred"
    dimension = 4

    def _embed_passages(self, texts):
        rows = []
        for text in texts:
            if text.startswith("pain one"):
                rows.append((1.0, 0.2, 0.0, 0.0))
            elif text.startswith("pain two"):
                rows.append((1.0, -0.2, 0.0, 0.0))
            else:
                n = int(text.split()[-1])
                rows.append((0.0, 0.0, 1.0, 0.05 * n))
        return np.asarray(rows, dtype=np.float32)

    def _embed_query(self, text):
        return self._embed_passages([text])


def _centred_items(situations: int):
    return [
        item("m1", 1, "pain one"),
        item("m2", 2, "pain two"),
        *(item(f"m{1 + n % 2}", 10 + n, f"situation {n}", "situation") for n in range(situations)),
    ]


def test_the_space_centres_on_the_whole_persona_not_on_one_field() -> None:
    """Centred on the two pains alone they would be opposites; centred on the persona (pains and ten
    situations) they share what sets them apart from the rest, as the model was fitted."""
    cosine_only = [10.0] + [0.0] * 11
    model = SamenessModel(
        tuple([0.0] * 12),
        tuple([1.0] * 12),
        tuple(cosine_only),
        -5.0,
        0.5,
        {},
        FindingSpace(((0.0, 0.0, 0.0, 1.0),), (-1.0,)),
    )

    def pains(attributes):
        return [a.evidence_count for a in attributes if a.field == "pains"]

    attributes = evidence.extractive_attributes(_centred_items(10), _Centred(), 2, {}, model)
    assert pains(attributes) == [2]
    field_only = evidence.grouped_attributes("pains", _centred_items(0), _Centred(), 2, model)
    assert sorted(a.evidence_count for a in field_only) == [1, 1]
    # Fewer findings than MIN_SPACE_FINDINGS: the adaptive cosine bar decides (cosine 0.92 here).
    assert pains(evidence.extractive_attributes(_centred_items(2), _Centred(), 2, {}, model)) == [2]


def test_a_space_of_another_dimension_falls_back_to_the_cosine_bar() -> None:
    model = SamenessModel(
        tuple([0.0] * 12),
        tuple([1.0] * 12),
        tuple([10.0] + [0.0] * 11),
        -5.0,
        0.5,
        {},
        FindingSpace(((0.0, 0.0, 1.0),), (-1.0,)),
    )
    attributes = evidence.extractive_attributes(_centred_items(10), _Centred(), 2, {}, model)
    assert [a.evidence_count for a in attributes if a.field == "pains"] == [2]


def test_the_finding_space_is_fitted_on_within_theme_variation() -> None:
    """Quotes of one theme that differ along axis 2 (how it is said): axis 2 is the first direction,
    shrunk by sqrt(floor / (v + floor)) - 1 with floor = SPACE_SHRINK x the mean eigenvalue."""
    sys.path.insert(0, str(ROOT / "eval"))
    from harness.personas_fit import SPACE_SHRINK, fit_finding_space
    from harness.study import Study

    rng = np.random.default_rng(0)
    points = rng.normal(size=(6, 5))
    vectors, gold, themes = {}, [], []
    for t, point in enumerate(points):
        lines = []
        for k, side in enumerate((-1.0, 1.0)):
            vector = point.copy()
            vector[2] += 3.0 * side
            quote = f"theme {t} way {k}"
            vectors[quote] = vector
            gold.append({"file": f"f{k}.txt", "category": "pain", "quote": quote})
            lines.append(len(gold))
        themes.append({"category": "pain", "label": str(t), "lines": lines})
    study = Study(ROOT, "planted", {}, gold, {}, [], [], themes)

    class Planted(Embedder):
        name = "planted-fit"
        dimension = 5

        def _embed_passages(self, texts):
            return np.asarray([vectors[t] for t in texts], dtype=np.float32)

        def _embed_query(self, text):
            return self._embed_passages([text])

    space = fit_finding_space([study], Planted())
    assert space is not None and space.dimension == 5
    first = np.abs(np.asarray(space.directions[0]))
    assert first.argmax() == 2 and first[2] > 0.9
    # Recompute the expected factor from the unit quotes' within-theme covariance.
    unit = {q: v / np.linalg.norm(v) for q, v in vectors.items()}
    deviations = []
    for theme in themes:
        rows = np.asarray([unit[gold[line - 1]["quote"]] for line in theme["lines"]])
        deviations.append(rows - rows.mean(axis=0))
    d = np.vstack(deviations)
    scatter = d.T @ d / len(d)
    top = float(np.linalg.eigvalsh(scatter)[-1])
    floor = SPACE_SHRINK * float(np.trace(scatter)) / 5
    assert space.factors[0] == pytest.approx(np.sqrt(floor / (top + floor)) - 1.0, abs=1e-6)
    assert -1.0 < space.factors[0] < space.factors[-1] <= 0.0


def test_a_bar_nothing_reaches_leaves_every_attribute_on_one_member(embedder) -> None:
    never = SamenessModel(tuple([0.0] * 12), tuple([1.0] * 12), tuple([0.0] * 12), 0.0, 0.99)
    attributes = evidence.grouped_attributes("pains", _items(), embedder, member_count=5, sameness=never)
    assert attributes and all(a.evidence_count == 1 and len(a.citations) == 1 for a in attributes)


def test_unrelated_complaints_never_back_each_other(embedder) -> None:
    """With the shipped test, parking, coffee and printers never count as the same complaint as
    chasing approvals, and every counted member cites a finding of its own."""
    attributes = evidence.grouped_attributes(
        "pains", _items(), embedder, member_count=5, sameness=shipped_model().sameness
    )
    topics = {"approv": "approvals", "parking": "parking", "printer": "printer", "coffee": "coffee"}
    for attribute in attributes:
        assert attribute.evidence_count == len({c.interview_id for c in attribute.citations})
        found = {name for c in attribute.citations for key, name in topics.items() if key in c.quote.lower()}
        assert len(found) <= 1, (attribute.statement, [c.quote for c in attribute.citations])


def test_features_are_the_same_in_blocks_and_whole(embedder, monkeypatch) -> None:
    items = _items()
    model = shipped_model().sameness

    def view(attributes):
        return [(a.statement, a.evidence_count, [c.quote for c in a.citations]) for a in attributes]

    whole = evidence.grouped_attributes("pains", items, embedder, member_count=5, sameness=model)
    assert model is not None and model.space is not None  # the blocks path below reads the space too
    monkeypatch.setattr(evidence, "FULL_MATRIX_ITEMS", 0)
    monkeypatch.setattr(evidence, "PRECOMPUTE_ITEMS", 0)
    monkeypatch.setattr(evidence, "BLOCK_CELLS", 7)
    monkeypatch.setattr(evidence, "FEATURE_CELLS", 5)
    assert view(
        evidence.grouped_attributes("pains", items, embedder, member_count=5, sameness=model)
    ) == view(whole)


def test_pair_features_ranks_and_shared_words(embedder) -> None:
    texts = ["the invoice approval is slow", "approval of invoices is slow", "the parking is full"]
    vectors = embedder.embed_documents(texts)
    codes = np.array([0, 1, 2])
    pairs = evidence.PairFeatures(evidence._Similarity(vectors), codes, texts, "pain")
    features = pairs.features(np.arange(3), np.arange(3))
    assert features.shape == (3, 3, len(SAMENESS_FEATURES))
    assert features[0, 1, 0] > features[0, 2, 0]  # cosine
    assert features[0, 1, 2] == 0.0  # nothing of another member is closer to either
    assert features[0, 1, 4] > 0 and features[0, 2, 4] == 0  # shared rare words ("approval", "slow")
    assert features[0, 1, SAMENESS_FEATURES.index("category_pain")] == 1.0
    model = shipped_model().sameness
    every = np.arange(3)
    direct = pairs.probability(model, every, every, evidence._Similarity(vectors).rows(every, every))
    assert np.allclose(direct, model.probability(features), atol=1e-5)


def test_every_theme_file_of_the_evaluation_corpus_is_valid() -> None:
    sys.path.insert(0, str(ROOT / "eval" / "themes"))
    import check_themes

    files = sorted((ROOT / "eval" / "themes").glob("*.json"))
    assert len(files) >= 10
    for path in files:
        study = json.loads(path.read_text(encoding="utf-8"))["study"]
        if not check_themes.gold_path(study).exists():
            continue  # the development study lives beside the repository
        assert check_themes.check(path) == [], path


def test_a_broken_theme_file_is_one_problem_line(tmp_path) -> None:
    sys.path.insert(0, str(ROOT / "eval" / "themes"))
    import check_themes

    broken = tmp_path / "broken.json"
    broken.write_text('{"study": "dev", "themes": [', encoding="utf-8")
    problems = check_themes.check(broken)
    assert len(problems) == 1 and problems[0].startswith("not a themes file")
    unknown = tmp_path / "unknown.json"
    unknown.write_text('{"study": "no-such-study", "themes": []}', encoding="utf-8")
    assert check_themes.check(unknown) == [f"no gold findings at {check_themes.gold_path('no-such-study')}"]


def test_who_they_are_is_the_introduction_that_states_the_title() -> None:
    """The earliest situation finding is often small talk before the introduction; where a title was
    read for a member, "who they are" is the earliest finding that says it (in its dictionary form
    too: "kierownik" read from "kierownikiem"), else the earliest, as before."""
    items = [
        item("a", 2, "It's fine, a colleague covers the front counter for me today.", "situation"),
        item("a", 4, "I'm the senior dispatcher at a regional bus depot, nine years now.", "situation"),
        item("a", 6, "Before that I was a senior dispatcher somewhere else.", "situation"),
        item("b", 3, "Dzień dobry, mamy pół godziny.", "situation"),
        item("b", 5, "Jestem kierownikiem magazynu w hurtowni.", "situation"),
        item("c", 1, "We run twelve trucks out of a yard by the river.", "situation"),
        item("c", 7, "I'm the owner.", "situation"),
    ]
    positions = {i.finding.utterance_ids[0]: int(i.finding.utterance_ids[0].split(":")[1]) for i in items}
    titles = {"a": "senior dispatcher", "b": "kierownik"}
    who, rest = evidence.who_items(items, positions, titles)
    chosen = {i.finding.interview_id: i.finding.utterance_ids[0] for i in who}
    assert chosen == {"a": "a:4", "b": "b:5", "c": "c:1"}  # c has no title read: the earliest
    assert len(who) + len(rest) == len(items)
    untitled = {
        i.finding.interview_id: i.finding.utterance_ids[0] for i in evidence.who_items(items, positions)[0]
    }
    assert untitled == {"a": "a:2", "b": "b:3", "c": "c:1"}
