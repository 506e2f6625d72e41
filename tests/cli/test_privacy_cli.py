"""Privacy end to end: a pseudonymised workspace holds no original value anywhere, and secrets never print."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from click.testing import CliRunner

from assistant.cli import main
from assistant.core.workspace import Workspace

SAMPLE_STUDY = Path(__file__).resolve().parents[2] / "transcripts" / "sample-study"

PLANTED = """Interviewer: Thanks for making time, Ottoline. Could you walk me through yesterday?
Ottoline Marchetti-Baptiste: Sure. I started at seven, the approvals queue first. My colleague Ruairi Ncube \
had left me twelve invoices from Harrowgate Supplies.
Interviewer: How do those reach you?
Ottoline Marchetti-Baptiste: By e-mail, omb@hollowfield.example.org, or people call my mobile, 07700 900461. \
Paper ones come to 18 Quillan Terrace, Norwich NR3 1QA.
Interviewer: And who decides on a new tool?
Ottoline Marchetti-Baptiste: Our finance director, Zephyrine Abernathy, signs anything over five thousand. \
We use Excel for everything else.
"""
PLANTED_VALUES = [
    "Ottoline",
    "Marchetti",
    "Ruairi",
    "Ncube",
    "omb@hollowfield",
    "07700 900461",
    "900461",
    "Quillan Terrace",
    "NR3 1QA",
    "Zephyrine",
    "Abernathy",
]


def invoke(workspace: Path, *args: str):
    result = CliRunner().invoke(main, ["--workspace", str(workspace), *args])
    return result


def test_a_pseudonymised_workspace_holds_no_original_value_in_any_file(tmp_path: Path) -> None:
    """Import, index, extract, synthesise, export and search; then grep every file for the originals."""
    root = tmp_path / "private-study"
    Workspace.init(root)
    (root / "personas.toml").write_text(
        '[embeddings]\nprovider = "hashing"\n[privacy]\npseudonymise = true\n', encoding="utf-8"
    )
    sources = tmp_path / "Ottoline Marchetti-Baptiste interviews"
    sources.mkdir()
    (sources / "Ottoline Marchetti-Baptiste.txt").write_text(PLANTED, encoding="utf-8")
    for name in sorted(p.name for p in SAMPLE_STUDY.iterdir() if p.name.startswith("interview-"))[:5]:
        shutil.copy(SAMPLE_STUDY / name, sources / name)
    steps = [
        ("import", str(sources)),
        ("extract", "--all"),
        ("synthesize",),
        ("export", "--format", "json", "--out", str(root / "exports")),
        ("search", "approval invoices", "--limit", "3"),
    ]
    for step in steps:
        result = invoke(root, *step)
        assert result.exit_code == 0, (step, result.output)
    originals = json.loads((root / "pseudonyms.json").read_text(encoding="utf-8"))["entities"]
    assert originals, "nothing was pseudonymised"
    needles = {value for value in originals.values() if len(value) >= 4} | set(PLANTED_VALUES)
    leaks: list[str] = []
    for path in root.rglob("*"):
        if not path.is_file() or path.name.startswith("pseudonyms.json"):
            continue
        data = path.read_bytes()
        for needle in needles:
            if needle.encode("utf-8") in data:
                leaks.append(f"{path.relative_to(root)}: {needle}")
    assert not leaks, leaks[:20]
    assert (root / "pseudonyms.json").stat().st_mode & 0o077 == 0


def test_pseudonyms_reverse_gives_the_researcher_the_originals(tmp_path: Path) -> None:
    root = tmp_path / "study"
    Workspace.init(root)
    source = tmp_path / "call.txt"
    source.write_text(PLANTED, encoding="utf-8")
    assert invoke(root, "import", "--no-index", "--pseudonymise", str(source)).exit_code == 0
    listing = invoke(root, "pseudonyms", "--json")
    mapping = json.loads(listing.output)
    person = next(p for p, original in mapping.items() if original == "Zephyrine Abernathy")
    reversed_text = invoke(root, "pseudonyms", "--reverse", f"{person} signs it").output
    assert reversed_text.strip() == "Zephyrine Abernathy signs it"
    stdin = CliRunner().invoke(
        main, ["--workspace", str(root), "pseudonyms", "--reverse", "-"], input=f"ask {person}\n"
    )
    assert stdin.output == "ask Zephyrine Abernathy\n"
    interview_id = next(root.joinpath("transcripts").glob("*.json")).stem
    shown = invoke(root, "pseudonyms", "--interview", interview_id).output
    assert "omb@hollowfield.example.org" in shown and "Ottoline" in shown


def test_error_lines_never_show_a_secret(tmp_path: Path, monkeypatch) -> None:
    root = tmp_path / "study"
    Workspace.init(root)
    monkeypatch.setenv("PERSONAS_INDEX__CHROMA_URL", "http://admin:hunter22secret@127.0.0.1:9/")
    result = invoke(root, "search", "anything")
    assert result.exit_code != 0
    assert "hunter22secret" not in result.output
    assert "admin:" not in result.output


def test_a_lower_case_transcript_imports_without_warnings_and_its_names_replaced(tmp_path: Path) -> None:
    """Speech recognition output without capitals: the spelling checker's dictionaries are loaded
    while the file is read, and their loading warned nothing the user should see (it used to report
    "unclosed file ... pt_PT.aff" as a problem of the transcript)."""
    root = tmp_path / "study"
    Workspace.init(root)
    source = tmp_path / "chamada.txt"
    source.write_text(
        "Entrevistadora: bom dia, obrigada por participar\n"
        "Participante: bom dia, eu trabalho com a minha colega sheila na recepção\n"
        "Entrevistadora: e quem decide as compras?\n"
        "Participante: o senhor figueiredo decide tudo, eu só peço\n"
        "Entrevistadora: entendi, obrigada\n",
        encoding="utf-8",
    )
    result = invoke(root, "import", "--no-index", "--pseudonymise", str(source))
    assert result.exit_code == 0, result.output
    assert "warning" not in result.output.casefold(), result.output
    stored = (root / "transcripts" / "chamada.json").read_text(encoding="utf-8")
    assert "sheila" not in stored and "figueiredo" not in stored
