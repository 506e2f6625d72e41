"""Persona documents: Markdown footnotes, self-contained escaped HTML, JSON."""

from __future__ import annotations

import json
import re

from persona_data import AP_CLERK, hashing_workspace, make_interview, study

from assistant.personas.documents import export_personas, md_escape, render_html
from assistant.personas.edits import rename_persona
from assistant.personas.synthesis import synthesize_personas

EVIL = 'It has to work <script>alert("x")</script> and [link](http://evil.example) with **our** ERP.'


def _workspace(tmp_path):
    interviews = study()
    # An AP clerk whose words carry markup: documents must show it as text, never run it.
    sentences = [*AP_CLERK[:-1], ("decision", EVIL)]
    interviews["ap-9"] = make_interview("ap-9", "Clerk <b>9</b>", sentences, company="Hotel Zeta")
    workspace = hashing_workspace(tmp_path / "s", interviews)
    persona_set = synthesize_personas(workspace, engine="offline")
    # A researcher's label carries markup too.
    ap = next(p for p in persona_set.personas if "ap-9" in p.members or "ap-1" in p.members)
    return workspace, rename_persona(
        workspace, ap.id, 'Clerks <script>alert("x")</script> [link](http://evil.example)'
    )


def test_markdown_has_one_file_per_persona_and_footnotes(tmp_path):
    workspace, persona_set = _workspace(tmp_path)
    paths = export_personas(workspace, persona_set, "md", tmp_path / "out")
    names = sorted(p.name for p in paths)
    assert "index.md" in names
    assert len(names) == len(persona_set.personas) + 1
    ap = next(p for p in persona_set.personas if "ap-1" in p.members)
    text = (tmp_path / "out" / f"{ap.id}.md").read_text()
    assert f"Persona version {persona_set.version}" in text
    footnote = re.search(r"^\[\^1\]: (.*)$", text, re.M)
    assert footnote is not None
    # quote, pseudonym, interview and time
    assert (
        "Clerk" in footnote.group(1)
        and "ap-" in footnote.group(1)
        and re.search(r"at \d+:\d\d", footnote.group(1))
    )
    assert "[^1]" in text.split("[^1]:")[0]
    assert "<script>" not in text
    assert not list((tmp_path / "out").glob(".*.tmp"))


def test_html_is_self_contained_escaped_and_links_quotes_to_context(tmp_path):
    workspace, persona_set = _workspace(tmp_path)
    html = render_html(workspace, persona_set)
    assert "<script>alert" not in html
    assert "&lt;script&gt;alert" in html
    assert "<b>9</b>" not in html
    assert not re.search(r"""(src|href)=["']?(https?:)?//""", html)
    assert "<link" not in html
    assert f"version {persona_set.version}" in html
    assert 'href="#q1"' in html and 'id="q1"' in html
    assert "<details" in html and "<mark>" in html
    # each evidence block shows the surrounding interviewer question too
    first_block = html.split('id="q1"', 1)[1].split("</details>", 1)[0]
    assert "Can you tell me more?" in first_block


def test_json_export_is_the_version(tmp_path):
    workspace, persona_set = _workspace(tmp_path)
    (path,) = export_personas(workspace, persona_set, "json", tmp_path / "out")
    data = json.loads(path.read_text())
    assert data["version"] == persona_set.version
    assert len(data["personas"]) == len(persona_set.personas)


def test_html_export_defaults_to_latest_version(tmp_path):
    workspace, persona_set = _workspace(tmp_path)
    (path,) = export_personas(workspace, fmt="html", out_dir=tmp_path / "h")
    assert path.name == f"personas-v{persona_set.version:04d}.html"


def test_md_escape_neutralises_markup():
    escaped = md_escape("a <img src=x onerror=alert(1)> [x](y) *b* [^1]")
    assert "<" not in escaped and "\\[" in escaped and "\\*" in escaped


def test_md_escape_keeps_a_plain_ampersand_readable():
    assert md_escape("the FP&A team, R&D & sales") == "the FP&A team, R&D & sales"
    assert md_escape("&copy; &#169; AT&T;") == "&amp;copy; &amp;\\#169; AT&amp;T;"


def test_html_marks_each_quote_with_its_interviews_language(tmp_path):
    """A browser picks Chinese or Japanese glyphs, and a screen reader its voice, by the quote's lang."""
    interviews = study()
    for number, (transcript, _findings) in enumerate(interviews.values()):
        transcript.interview.language = "pt-BR" if number % 2 else "fr"
    workspace = hashing_workspace(tmp_path / "s", interviews)
    persona_set = synthesize_personas(workspace, engine="offline")
    html = render_html(workspace, persona_set)
    blocks = html.split('<details class="ev"')[1:]
    assert blocks
    for block in blocks:
        interview = re.search(r"<span class=\"ev-who\">— [^,]+, ([\w-]+)", block)
        assert interview is not None
        language = workspace.load_transcript(interview.group(1)).interview.language
        assert f'<span class="ev-quote" lang="{language}">' in block
        assert f'<div class="excerpt" lang="{language}">' in block
