"""The library: every interview with its persona and extraction status; import, extract, synthesise."""

from __future__ import annotations

import shlex
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from rich.markup import escape
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.message import Message
from textual.screen import ModalScreen, Screen
from textual.widgets import DataTable, Footer, Header, Input, Label, ProgressBar, Static

from assistant.core.errors import AssistantError
from assistant.core.storage import read_json
from assistant.extract.pipeline import extract_interview
from assistant.ingest.importing import import_paths
from assistant.personas.synthesis import synthesize_personas
from assistant.tui.services import services


class PathPrompt(ModalScreen[list[str] | None]):
    """Asks for one or more file or folder paths to import."""

    BINDINGS = [Binding("escape", "cancel", "Cancel")]

    def compose(self) -> ComposeResult:
        with Vertical(id="dialog"):
            yield Label("Import: files or folders, separated by spaces (quote paths with spaces)")
            yield Input(placeholder="~/Downloads/zoom.vtt interviews/", id="paths")
            yield Static("[dim]Enter imports, Escape cancels[/dim]")

    @on(Input.Submitted)
    def _submit(self, event: Input.Submitted) -> None:
        try:
            paths = shlex.split(event.value)
        except ValueError as exc:
            self.notify(f"Cannot read the paths: {exc}", severity="warning")
            return
        self.dismiss(paths or None)

    def action_cancel(self) -> None:
        self.dismiss(None)


class LibraryScreen(Screen[None]):
    """Lists the workspace's interviews; long work runs in workers with a progress bar."""

    BINDINGS = [
        Binding("enter", "open", "Open", show=True),
        Binding("i", "import_files", "Import"),
        Binding("x", "extract(False)", "Extract selected"),
        Binding("e", "extract(True)", "Extract all"),
        Binding("s", "synthesise", "Synthesise"),
        Binding("g", "refresh", "Refresh"),
    ]

    @dataclass
    class Progress(Message):
        done: int
        total: int
        label: str

    @dataclass
    class Done(Message):
        message: str

    def __init__(self) -> None:
        super().__init__()
        self.row_ids: list[str] = []

    def compose(self) -> ComposeResult:
        yield Header()
        yield DataTable(id="interviews", cursor_type="row", zebra_stripes=True)
        with Vertical(id="progress-area"):
            yield Static("", id="progress-label")
            yield ProgressBar(id="progress", show_eta=False)
        yield Footer()

    def on_mount(self) -> None:
        self.title = "Library"
        table = self.query_one("#interviews", DataTable)
        table.add_columns("Interview", "Participant", "Date", "Study", "Persona", "Findings")
        self.query_one("#progress-area").display = False
        self.action_refresh()
        table.focus()

    def on_screen_resume(self) -> None:
        self.action_refresh()

    def action_refresh(self) -> None:
        workspace = services(self).workspace
        table = self.query_one("#interviews", DataTable)
        table.clear()
        self.row_ids = []
        personas: dict[str, str] = {}
        try:
            from assistant.personas.synthesis import persona_of_interviews

            personas = persona_of_interviews(workspace)
        except (ImportError, AssistantError):
            personas = {}
        for interview_id in workspace.interview_ids():
            try:
                transcript = workspace.load_transcript(interview_id)
            except AssistantError as exc:
                table.add_row(interview_id, "damaged", "", "", "", escape(exc.message[:30]), key=interview_id)
                self.row_ids.append(interview_id)
                continue
            interview = transcript.interview
            table.add_row(
                interview_id[:22],
                (interview.participant or "?")[:12],
                str(interview.date or ""),
                (interview.study or "")[:12],
                personas.get(interview_id, "")[:14],
                self._extraction_status(interview_id, transcript.text_hash),
                key=interview_id,
            )
            self.row_ids.append(interview_id)
        if not self.row_ids:
            self.notify("No interviews yet: press i to import files, or F2 to run an interview.")

    def _extraction_status(self, interview_id: str, text_hash: str) -> str:
        path = services(self).workspace.findings_dir / f"{interview_id}.json"
        if not path.exists():
            return "none yet"
        try:
            data = read_json(path)
        except AssistantError:
            return "damaged"
        count = len(data.get("findings", []))
        stale = data.get("transcript_hash") not in (None, text_hash)
        return f"{count} {data.get('engine', '?')}" + (" (stale)" if stale else "")

    def selected_id(self) -> str | None:
        table = self.query_one("#interviews", DataTable)
        if not self.row_ids or table.cursor_row is None or table.cursor_row >= len(self.row_ids):
            return None
        return self.row_ids[table.cursor_row]

    @on(DataTable.RowSelected)
    def action_open(self) -> None:
        interview_id = self.selected_id()
        if interview_id is None:
            return
        from assistant.tui.screens.transcript import TranscriptScreen

        self.app.push_screen(TranscriptScreen(interview_id))

    # -- long work ------------------------------------------------------------------------
    def _start_progress(self, label: str) -> None:
        self.query_one("#progress-area").display = True
        self.query_one("#progress-label", Static).update(label)
        self.query_one("#progress", ProgressBar).update(total=None, progress=0)

    @on(Progress)
    def _progress(self, message: Progress) -> None:
        self.query_one("#progress-label", Static).update(escape(message.label))
        self.query_one("#progress", ProgressBar).update(total=message.total or None, progress=message.done)

    @on(Done)
    def _done(self, message: Done) -> None:
        self.query_one("#progress-area").display = False
        if message.message:
            self.notify(message.message, timeout=8)
        self.action_refresh()

    def action_import_files(self) -> None:
        def chosen(paths: list[str] | None) -> None:
            if paths:
                self._start_progress(f"Importing {len(paths)} path(s)…")
                self._import([Path(p).expanduser() for p in paths])

        self.app.push_screen(PathPrompt(), chosen)

    @work(thread=True, exclusive=True, exit_on_error=False, group="library")
    def _import(self, paths: list[Path]) -> None:
        """Import files through the core importer (it writes transcripts and indexes them)."""

        def progress(*args: Any, **kwargs: Any) -> None:
            numbers = [a for a in args if isinstance(a, int)]
            done, total = (numbers + [0, 0])[:2]
            item = next((a for a in args if not isinstance(a, int)), None)
            name = Path(str(getattr(item, "path", item) or "")).name or "files"
            self.post_message(self.Progress(done, total, f"Imported {name}"))

        try:
            report = import_paths(services(self).workspace, paths, progress=progress)
        except Exception as exc:
            services(self).report_error(exc)
            self.post_message(self.Done(""))
            return
        self.post_message(self.Done(describe_import(report)))

    def action_extract(self, everything: bool) -> None:
        ids = list(self.row_ids) if everything else [i for i in [self.selected_id()] if i]
        if not ids:
            self.notify("No interview to extract.", severity="warning")
            return
        self._start_progress(f"Extracting {len(ids)} interview(s)…")
        self._extract(ids)

    @work(thread=True, exclusive=True, exit_on_error=False, group="library")
    def _extract(self, interview_ids: list[str]) -> None:
        """Extract findings interview by interview (LLM when configured, else offline)."""
        model = services(self).chat_model()
        total_findings, failures = 0, 0
        for number, interview_id in enumerate(interview_ids, start=1):
            self.post_message(self.Progress(number - 1, len(interview_ids), f"Extracting {interview_id}"))
            try:
                transcript = services(self).workspace.load_transcript(interview_id)
                result = extract_interview(services(self).workspace, transcript, engine="auto", model=model)
                total_findings += len(result.findings)
            except Exception as exc:
                failures += 1
                services(self).report_error(exc)
        failed = f", {failures} failed" if failures else ""
        self.post_message(
            self.Done(
                f"Extracted {len(interview_ids) - failures} interview(s): {total_findings} findings{failed}."
            )
        )

    def action_synthesise(self) -> None:
        self._start_progress("Synthesising personas…")
        self._synthesise()

    @work(thread=True, exclusive=True, exit_on_error=False, group="library")
    def _synthesise(self) -> None:
        """Cluster the interviews' findings into a new persona version."""
        try:
            persona_set = synthesize_personas(
                services(self).workspace, engine="auto", model=services(self).chat_model()
            )
        except Exception as exc:
            services(self).report_error(exc)
            self.post_message(self.Done(""))
            return
        self.post_message(
            self.Done(f"Saved persona version {persona_set.version}: {len(persona_set.personas)} personas.")
        )


def describe_import(report: Any) -> str:
    """One line about an import report, whatever its exact shape."""
    parts: list[str] = []
    for name in ("imported", "unchanged", "failed"):
        value = getattr(report, name, None)
        if isinstance(value, list):
            parts.append(f"{len(value)} {name}")
    if not parts:
        return str(report)
    failed = getattr(report, "failed", None) or []
    detail = ""
    if failed:
        first = failed[0]
        detail = f" ({getattr(first, 'message', None) or first})"
    return "Import: " + ", ".join(parts) + detail
