"""How the harness runs the product on a study: extraction, synthesis and answers, per engine."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from assistant.ask.answering import Answer, answer_question
from assistant.ask.ranking import AskModel
from assistant.ask.retrieval import Retriever
from assistant.extract.offline import OfflineExtractor
from assistant.extract.pipeline import extract_interview
from assistant.personas.grouping import GroupingModel
from assistant.personas.profiles import load_findings_by_interview
from assistant.personas.synthesis import synthesize_from_findings, synthesize_personas
from assistant.personas.versions import PersonaSet, save_new_version
from assistant.providers.embeddings import (
    Embedder,
)
from harness.ask_fit import QuestionData, fit_ask_model, study_questions
from harness.fake_models import Gold, make_model
from harness.personas_fit import fit_grouping_model
from harness.study import Study
from harness.training import LosoTrainer, StudyData, study_data
from harness.workspaces import StudyWorkspace, shared_embedder


class Engines:
    """The product's entry points with the engine chosen on the command line."""

    def __init__(
        self,
        engine: str,
        *,
        loso: bool,
        log: Callable[[str], None],
        outer_folds: int | None = None,
        inner_folds: int | None = None,
    ) -> None:
        if engine not in ("offline", "oracle"):
            raise SystemExit(f"error: engine {engine!r} is not available in this harness yet")
        self.engine = engine
        self.loso = loso
        self.folds = (outer_folds, inner_folds)
        """The extraction classifier's held-out groups and inner groups (``LosoTrainer``)."""
        self.log = log
        self.embedder: Embedder = shared_embedder()
        self.trainer: LosoTrainer | None = None
        self.workspaces: dict[str, StudyWorkspace] = {}
        self.studies: list[Study] = []
        self.retrievers: dict[str, Retriever] = {}
        self.results: dict[str, tuple[dict[str, Any], float]] = {}
        """study id -> (interview id -> extraction result, seconds), filled before grouping and ask."""
        self.ask_data: dict[str, list[QuestionData]] = {}

    def prepare(self, studies: list[Study], workspaces: dict[str, StudyWorkspace]) -> None:
        """Span features and labels of every study, for held-out training."""
        self.studies, self.workspaces = studies, workspaces
        if not self.loso:
            return
        data: dict[str, StudyData] = {}
        for study in studies:
            data[study.id] = study_data(study, workspaces[study.id], self.embedder)
            self.log(f"{study.id}: {len(data[study.id].labels)} spans labelled")
        self.trainer = LosoTrainer(
            data, self.embedder.name, self.log, outer_folds=self.folds[0], inner_folds=self.folds[1]
        )

    def extractor(self, study: Study) -> OfflineExtractor:
        if self.trainer is None:
            return OfflineExtractor(self.embedder)
        return OfflineExtractor(self.embedder, self.trainer.held_out(study.id))

    def extract(self, study: Study, sw: StudyWorkspace) -> dict[str, Any]:
        """interview id -> extraction result, for every interview of ``study`` in the workspace.

        With ``--engine oracle`` a scripted model that answers each window with the gold findings of
        the lines it is shown goes through the real direct-extraction pipeline (verification, support
        check, merging): what personas and ask make of a perfect extraction."""
        extractor = self.extractor(study)
        ids = [i for i, key in sw.file_of.items() if key.startswith(f"{study.id}/")]
        transcripts = {i: sw.workspace.load_transcript(i) for i in ids}
        oracle = None
        if self.engine == "oracle":
            names = {i: sw.file_of[i].split("/", 1)[1] for i in ids}
            gold = Gold.of_study(study, transcripts, names)
            oracle = make_model("oracle", gold)
        results = {}
        for interview_id, transcript in transcripts.items():
            if oracle is None:
                results[interview_id] = extract_interview(
                    sw.workspace, transcript, engine="offline", extractor=extractor
                )
            else:
                results[interview_id] = extract_interview(
                    sw.workspace,
                    transcript,
                    engine="llm",
                    model=oracle,
                    extractor=extractor,
                    mode="direct",
                    force=True,
                )
        return results

    def grouping_model(self, study: Study) -> GroupingModel | None:
        """Grouping numbers chosen on the other studies (their findings were extracted held out too)."""
        if not self.loso:
            return None
        training = [
            (s, self.workspaces[s.id]) for s in self.studies if s.id != study.id and s.id in self.workspaces
        ]
        model = fit_grouping_model(training, self.embedder)
        self.log(
            f"{study.id}: grouping numbers {model.typical_size} / z {model.negative_z} / fit {model.no_fit_similarity}"
            f" / signal weight {model.signal_weight}"
            f" / sameness {model.sameness.meta if model.sameness else None}"
        )
        return model

    def synthesize(self, study: Study, sw: StudyWorkspace) -> PersonaSet:
        """Personas of the study's workspace (a new version saved, as `personas synthesize` does)."""
        findings = load_findings_by_interview(sw.workspace)
        persona_set = synthesize_from_findings(
            findings, workspace=sw.workspace, engine="offline", grouping_model=self.grouping_model(study)
        )
        return save_new_version(sw.workspace, persona_set)

    def synthesize_all(self, sw: StudyWorkspace) -> PersonaSet:
        return synthesize_personas(sw.workspace, engine="offline")

    def retriever(self, study: Study, sw: StudyWorkspace) -> Retriever:
        if study.id not in self.retrievers:
            self.retrievers[study.id] = Retriever(sw.workspace, embedder=self.embedder)
        return self.retrievers[study.id]

    def ask_model(self, study: Study) -> AskModel | str:
        """Ranker and answerability trained on the other studies' questions (the shipped one without LOSO)."""
        if not self.loso:
            return "shipped"
        for other in self.studies:
            if other.id not in self.ask_data and other.id in self.workspaces:
                sw = self.workspaces[other.id]
                self.ask_data[other.id] = study_questions(other, sw, self.retriever(other, sw))
        model = fit_ask_model({s: q for s, q in self.ask_data.items() if s != study.id})
        self.log(f"{study.id}: ask model threshold {model.answerable.threshold:.3f} {model.answerable.meta}")
        return model

    def answerer(self, study: Study, sw: StudyWorkspace) -> Callable[[str], Answer]:
        retriever = self.retriever(study, sw)
        model = self.ask_model(study)
        return lambda question: answer_question(
            sw.workspace, question, model=None, retriever=retriever, ask_model=model
        )
