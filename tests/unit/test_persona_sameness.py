"""The sameness test behind persona evidence counts: when another member's finding says the same thing."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import numpy as np
import pytest
from test_persona_drafting import PAINS, item

from assistant.personas import evidence
from assistant.personas.evidence import SAMENESS_FEATURES, SamenessModel
from assistant.personas.grouping import shipped_model
from assistant.providers.embeddings import classifier_embedder

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
    monkeypatch.setattr(evidence, "FULL_MATRIX_ITEMS", 0)
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
