"""Interview guides: YAML data files with sections, question budgets, required topics and probing rules."""

from __future__ import annotations

from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from assistant.core.errors import InputFileError, NotFoundError
from assistant.core.models import Category
from assistant.core.prompts import prompts_dir

ProbeTrigger = Literal["vague", "short", "no_example", "missing_topic", "always"]


class GuideQuestion(BaseModel):
    """One scripted question; ``verbatim`` questions are asked word for word (a leading "/" in YAML)."""

    model_config = ConfigDict(extra="forbid")

    text: str
    verbatim: bool = False
    topics: list[Category] = Field(default_factory=list)
    """Categories this question is meant to cover."""
    probes: list[str] = Field(default_factory=list)
    """Follow-ups specific to this question, offered in order."""

    @model_validator(mode="before")
    @classmethod
    def _from_plain_string(cls, value: Any) -> Any:
        if isinstance(value, str):
            value = {"text": value}
        if isinstance(value, dict) and isinstance(value.get("text"), str):
            text = value["text"].strip()
            if text.startswith("/"):
                value = {**value, "text": text[1:].strip(), "verbatim": True}
        return value

    @field_validator("text")
    @classmethod
    def _not_blank(cls, text: str) -> str:
        if not text.strip():
            raise ValueError("question text is empty")
        return text.strip()


class ProbeRule(BaseModel):
    """A probing principle and the scripted probe that applies it without a model."""

    model_config = ConfigDict(extra="forbid")

    rule: str
    """The principle, shown to the researcher and given to the model."""
    when: ProbeTrigger = "vague"
    probe: str | None = None
    """What to ask when the rule fires offline; None for rules that only guide the model."""


class GuideSection(BaseModel):
    """A part of the interview with its own question budget."""

    model_config = ConfigDict(extra="forbid")

    id: str
    title: str
    kind: Literal["warmup", "structured", "unstructured", "wrapup"] = "structured"
    budget: int = Field(ge=1, le=50)
    """How many questions (scripted, probes and custom) this section may use."""
    required_topics: list[Category] = Field(default_factory=list)
    questions: list[GuideQuestion] = Field(min_length=1)
    notes: str = ""

    @model_validator(mode="after")
    def _budget_fits(self) -> GuideSection:
        if self.budget < len(self.questions):
            raise ValueError(
                f"budget {self.budget} is smaller than its {len(self.questions)} scripted questions"
            )
        return self


class Guide(BaseModel):
    """A discussion guide a researcher can write as a YAML file."""

    model_config = ConfigDict(extra="forbid")

    id: str = ""
    title: str
    description: str = ""
    language: str = "en"
    probing_rules: list[ProbeRule] = Field(default_factory=list)
    topic_probes: dict[Category, str] = Field(default_factory=dict)
    """Probe asked when a required topic of the current section is still missing."""
    closing: str = "Thank you, that is everything I wanted to ask."
    sections: list[GuideSection] = Field(min_length=1)
    source: str = ""
    """File the guide was loaded from (filled by the loader)."""

    @model_validator(mode="after")
    def _unique_section_ids(self) -> Guide:
        seen: set[str] = set()
        for section in self.sections:
            if section.id in seen:
                raise ValueError(f"section id {section.id!r} is used twice")
            seen.add(section.id)
        return self

    @property
    def total_budget(self) -> int:
        return sum(section.budget for section in self.sections)

    def section(self, section_id: str) -> GuideSection:
        for section in self.sections:
            if section.id == section_id:
                return section
        raise NotFoundError(f"guide {self.id!r} has no section {section_id!r}")

    def rules_for(self, trigger: ProbeTrigger) -> list[ProbeRule]:
        return [rule for rule in self.probing_rules if rule.when == trigger]


def _describe_validation_error(exc: ValidationError) -> str:
    first = exc.errors()[0]
    where = ".".join(str(part) for part in first["loc"] if part != "__root__")
    message = first["msg"].removeprefix("Value error, ")
    more = f" (and {exc.error_count() - 1} more problems)" if exc.error_count() > 1 else ""
    return f"{where}: {message}{more}" if where else f"{message}{more}"


def parse_guide(text: str, *, source: Path | str = "<guide>", guide_id: str | None = None) -> Guide:
    """Validate YAML guide text; problems raise InputFileError naming the file and the field."""
    import yaml

    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"line {mark.line + 1}: " if mark is not None else ""
        raise InputFileError(source, f"not valid YAML ({where}{getattr(exc, 'problem', exc)})") from exc
    if not isinstance(data, dict):
        raise InputFileError(source, "a guide must be a YAML mapping with 'title' and 'sections'")
    stem = guide_id or Path(str(source)).stem
    data.setdefault("id", stem)
    data["source"] = str(source)
    try:
        return Guide.model_validate(data)
    except ValidationError as exc:
        raise InputFileError(source, f"invalid guide: {_describe_validation_error(exc)}") from exc


def load_guide(path: Path) -> Guide:
    """Read and validate one guide file."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise InputFileError(path, "guide file not found") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise InputFileError(path, f"cannot read guide ({exc})") from exc
    return parse_guide(text, source=path)


def guide_folders(workspace_root: Path | None = None) -> list[Path]:
    """Shipped guides first, then the workspace's own ``guides/`` folder."""
    folders = [prompts_dir() / "guides"]
    if workspace_root is not None:
        folders.append(Path(workspace_root) / "guides")
    return folders


def guide_paths(workspace_root: Path | None = None) -> list[Path]:
    paths: list[Path] = []
    for folder in guide_folders(workspace_root):
        if folder.is_dir():
            paths.extend(sorted(p for p in folder.iterdir() if p.suffix in (".yaml", ".yml")))
    return paths


def list_guides(workspace_root: Path | None = None) -> tuple[list[Guide], list[str]]:
    """All valid guides (a workspace guide overrides a shipped one with the same id) and the errors."""
    guides: dict[str, Guide] = {}
    problems: list[str] = []
    for path in guide_paths(workspace_root):
        try:
            guide = load_guide(path)
        except InputFileError as exc:
            problems.append(exc.message)
            continue
        guides[guide.id] = guide
    return list(guides.values()), problems


def find_guide(guide_id: str, workspace_root: Path | None = None) -> Guide:
    """The guide with this id, or a path to a guide file."""
    candidate = Path(guide_id)
    if candidate.suffix in (".yaml", ".yml") and candidate.exists():
        return load_guide(candidate)
    for path in reversed(guide_paths(workspace_root)):
        if path.stem == guide_id:
            return load_guide(path)
    known = ", ".join(sorted({p.stem for p in guide_paths(workspace_root)})) or "none"
    raise NotFoundError(f"no interview guide {guide_id!r} (guides: {known})")
