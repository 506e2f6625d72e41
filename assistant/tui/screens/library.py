"""The library: every interview with its persona and extraction status; import, extract, synthesise."""

from __future__ import annotations

import shlex
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.events import Resize
from textual.message import Message
from textual.screen import ModalScreen, Screen
from textual.widgets import DataTable, Footer, Input, Label, ProgressBar, Static

from assistant.core.errors import AssistantError
from assistant.core.storage import read_json
from assistant.extract.corrections import corrections_path
from assistant.extract.pipeline import extract_interview
from assistant.ingest.importing import import_paths
from assistant.personas.synthesis import synthesize_personas
from assistant.tui.markup import escape
from assistant.tui.services import services
from assistant.tui.widgets.nav import NavBar

EMPTY_LIBRARY = (
    "[b]No interviews yet.[/b]\n\n"
    "Press [b]i[/b] to import transcripts you already have (Zoom, Teams, Otter, Rev, SRT, VTT, Markdown, "
    "PDF, DOCX), or [b]F2[/b] to run an interview here."
)
COLUMNS = ("Interview", "Participant", "Date", "Study", "Persona", "Findings")


def column_widths(width: int) -> list[int]:
    """Column widths that fill the terminal: minimums first, the rest shared out (mostly to personas)."""
    minimums = [12, 8, 10, 8, 10, 13]
    weights = [0.22, 0.18, 0.0, 0.14, 0.36, 0.1]
    extra = max(0, width - 2 * len(COLUMNS) - 3 - sum(minimums))
    widths = [m + int(extra * w) for m, w in zip(minimums, weights, strict=True)]
    widths[0] += extra - sum(int(extra * w) for w in weights)
    return widths


def fit(text: str, width: int) -> str:
    return text if len(text) <= width else text[: max(1, width - 1)] + "…"


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
            self.notify(f"Cannot read the paths: {escape(str(exc))}", severity="warning")
            return
        self.dismiss(paths or None)

    def action_cancel(self) -> None:
        self.dismiss(None)


class LibraryScreen(Screen[None]):
    """Lists the workspace's interviews; long work runs in workers with a progress bar."""

    HELP = (
        "Every interview with its participant, date, study, persona and extraction status. Enter opens "
        "the transcript with its findings, where you can correct them by hand. i imports files, x extracts "
        "the selected interview, X extracts all, s synthesises personas, a places new interviews into "
        "the latest personas, g reloads. ✎ marks interviews with corrections by hand."
    )
    HELP_TITLE = "Library"
    BINDINGS = [
        Binding("enter", "open", "Open", show=True),
        Binding("i", "import_files", "Import"),
        Binding("x", "extract(False)", "Extract"),
        Binding("X", "extract(True)", "Extract all", key_display="X"),
        Binding("s", "synthesise", "Synthesise"),
        Binding("a", "assign", "Place new"),
        Binding("g", "refresh", "Reload"),
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
        self.widths = column_widths(80)

    def compose(self) -> ComposeResult:
        yield NavBar("library")
        yield DataTable(id="interviews", cursor_type="row", zebra_stripes=True)
        yield Static(EMPTY_LIBRARY, id="library-empty", classes="empty")
        with Vertical(id="progress-area"):
            yield Static("", id="progress-label")
            yield ProgressBar(id="progress", show_eta=False)
        yield Footer()

    def on_mount(self) -> None:
        self.title = "Library"
        self.query_one("#progress-area").display = False
        self.action_refresh()
        self.query_one("#interviews", DataTable).focus()

    def on_resize(self, event: Resize) -> None:
        widths = column_widths(event.size.width)
        if widths != self.widths:
            self.widths = widths
            self.action_refresh()

    def on_screen_resume(self) -> None:
        self.action_refresh()

    def action_refresh(self) -> None:
        workspace = services(self).workspace
        table = self.query_one("#interviews", DataTable)
        selected = self.selected_id()
        table.clear(columns=True)
        for name, width in zip(COLUMNS, self.widths, strict=True):
            table.add_column(name, width=width)
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
            widths = self.widths
            table.add_row(
                fit(interview_id, widths[0]),
                fit(interview.participant or "?", widths[1]),
                str(interview.date or ""),
                fit(interview.study or "", widths[3]),
                fit(personas.get(interview_id, ""), widths[4]),
                fit(self._extraction_status(interview_id, transcript.text_hash), widths[5]),
                key=interview_id,
            )
            self.row_ids.append(interview_id)
        empty = not self.row_ids
        table.display = not empty
        self.query_one("#library-empty").display = empty
        if selected in self.row_ids:
            table.move_cursor(row=self.row_ids.index(selected))

    def _extraction_status(self, interview_id: str, text_hash: str) -> str:
        path = services(self).workspace.findings_dir / f"{interview_id}.json"
        if not path.exists():
            return "not extracted"
        try:
            data = read_json(path)
        except AssistantError:
            return "damaged"
        count = len(data.get("findings", []))
        stale = data.get("transcript_hash") not in (None, text_hash)
        corrected = " ✎" if corrections_path(services(self).workspace, interview_id).exists() else ""
        return f"{count} {data.get('engine', '?')}{corrected}" + (" (stale)" if stale else "")

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
            self.notify("No interview to extract: press i to import files first.", severity="warning")
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

    def action_assign(self) -> None:
        self._start_progress("Placing new interviews into the latest personas…")
        self._assign()

    @work(thread=True, exclusive=True, exit_on_error=False, group="library")
    def _assign(self) -> None:
        """Place interviews missing from the latest persona version (existing members stay)."""
        from assistant.personas.synthesis import assign_interviews

        try:
            persona_set, placements = assign_interviews(
                services(self).workspace, model=services(self).chat_model()
            )
        except Exception as exc:
            services(self).report_error(exc)
            self.post_message(self.Done(""))
            return
        if not placements:
            self.post_message(self.Done("Every interview with findings is already in the personas."))
            return
        labels = {p.id: p.label for p in persona_set.personas}
        placed = [f"{i} → {labels.get(p, p) if p else 'no good fit'}" for i, p in placements.items()]
        self.post_message(self.Done(f"Persona version {persona_set.version}: " + "; ".join(placed)))


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
