"""A transcript with speaker roles and timestamps, its findings, and corrections by hand.

Select a passage of a participant's utterance and file it as a finding (f); recategorise (c),
rewrite (e) or reject (d) a finding; rename a speaker (r). Corrections are stored apart from the
machine's findings and survive re-extraction.
"""

from __future__ import annotations

from dataclasses import dataclass

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.message import Message
from textual.screen import ModalScreen, Screen
from textual.widgets import (
    Footer,
    Input,
    Label,
    ListItem,
    ListView,
    OptionList,
    Select,
    Static,
    TextArea,
)
from textual.widgets.option_list import Option
from textual.widgets.text_area import Selection

from assistant.core.errors import AssistantError
from assistant.core.models import CATEGORIES, Finding, Transcript, Utterance
from assistant.extract.verify import find_quote
from assistant.tui.markup import escape
from assistant.tui.screens.dialogs import CategoryPicker, ConfirmScreen, TextPrompt
from assistant.tui.services import services
from assistant.tui.widgets.nav import NavBar

ROLE_STYLES = {"participant": "bold green", "interviewer": "bold cyan", "other": "bold yellow"}


def format_timestamp(seconds: float | None) -> str:
    if seconds is None:
        return "--:--"
    minutes, secs = divmod(int(seconds), 60)
    hours, minutes = divmod(minutes, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes:02d}:{secs:02d}"


def shorten(text: str, limit: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[:limit].rsplit(" ", 1)[0] + " …"


def utterance_text(utterance: Utterance) -> Text:
    text = Text()
    text.append(f"{format_timestamp(utterance.start)} ", style="dim")
    text.append(utterance.speaker or "(unnamed)", style=ROLE_STYLES.get(utterance.role, "bold"))
    text.append(f" [{utterance.role}]", style="dim")
    text.append(f"  #{utterance.n}\n", style="dim")
    text.append(utterance.text)
    return text


class RenameSpeakerScreen(ModalScreen[tuple[str, str | None] | None]):
    """Asks for a speaker's new name and role."""

    BINDINGS = [Binding("escape", "cancel", "Cancel")]

    def __init__(self, old: str, role: str) -> None:
        super().__init__()
        self.old = old
        self.role = role

    def compose(self) -> ComposeResult:
        with Vertical(id="dialog"):
            yield Label(f"Rename speaker {escape(self.old)!s}")
            yield Input(value=self.old, id="new-name")
            yield Select(
                [("participant", "participant"), ("interviewer", "interviewer"), ("other", "other")],
                value=self.role,
                allow_blank=False,
                id="new-role",
                compact=True,
            )
            yield Static("[dim]Enter saves, Escape cancels[/dim]")

    @on(Input.Submitted)
    def _submit(self, event: Input.Submitted) -> None:
        name = event.value.strip()
        if not name:
            self.notify("The new name is empty.", severity="warning")
            return
        self.dismiss((name, str(self.query_one("#new-role", Select).value)))

    def action_cancel(self) -> None:
        self.dismiss(None)


def index_of(area: TextArea, location: tuple[int, int]) -> int:
    """Offset in the text of a (row, column) location of the text area."""
    row, column = location
    newline = len(area.document.newline)
    return sum(len(line) + newline for line in area.document.lines[:row]) + column


def location_of(area: TextArea, index: int) -> tuple[int, int]:
    """(row, column) location of an offset in the text area's text."""
    newline = len(area.document.newline)
    for row, line in enumerate(area.document.lines):
        if index <= len(line):
            return row, index
        index -= len(line) + newline
    last = len(area.document.lines) - 1
    return last, len(area.document.lines[last])


@dataclass
class FilingRequest:
    """What the researcher chose in the filing dialog."""

    start: int
    end: int
    category: str
    statement: str


class FileFindingScreen(ModalScreen[FilingRequest | None]):
    """Select a passage of one participant utterance, pick a category, optionally write the statement."""

    BINDINGS = [Binding("escape", "cancel", "Cancel")]

    def __init__(self, utterance: Utterance, selection: tuple[int, int] | None = None) -> None:
        super().__init__()
        self.utterance = utterance
        self.selection = selection

    def compose(self) -> ComposeResult:
        with Vertical(id="dialog", classes="wide-dialog"):
            yield Label(
                f"File a finding from {escape(self.utterance.speaker or 'the participant')} (#{self.utterance.n}): "
                "select the words (shift+arrows or the mouse), Tab to a category, Enter"
            )
            yield TextArea(self.utterance.text, read_only=True, soft_wrap=True, id="passage")
            with Horizontal(id="filing-row"):
                yield OptionList(
                    *[Option(c.replace("_", " "), id=c) for c in CATEGORIES], id="filing-category"
                )
                yield Input(placeholder="statement (optional): what the words show", id="filing-statement")
            yield Static(
                "[dim]Enter on a category or the statement files it · no selection = the whole turn · Esc cancels[/dim]"
            )

    def on_mount(self) -> None:
        passage = self.query_one("#passage", TextArea)
        if self.selection is not None:
            passage.selection = Selection(
                location_of(passage, self.selection[0]), location_of(passage, self.selection[1])
            )
        self.query_one("#filing-category", OptionList).highlighted = 1  # pain: the most common correction
        passage.focus()

    def chosen_span(self) -> tuple[int, int]:
        passage = self.query_one("#passage", TextArea)
        start, end = sorted((passage.selection.start, passage.selection.end))
        first, last = index_of(passage, start), index_of(passage, end)
        if first == last:
            return 0, len(self.utterance.text)
        text = self.utterance.text
        # A keyboard selection easily stops inside a word: file whole words.
        while first > 0 and text[first - 1].isalnum() and text[first].isalnum():
            first -= 1
        while last < len(text) and text[last - 1].isalnum() and text[last].isalnum():
            last += 1
        return first, last

    @on(OptionList.OptionSelected, "#filing-category")
    @on(Input.Submitted, "#filing-statement")
    def action_file(self) -> None:
        categories = self.query_one("#filing-category", OptionList)
        index = categories.highlighted if categories.highlighted is not None else 0
        start, end = self.chosen_span()
        statement = self.query_one("#filing-statement", Input).value.strip()
        self.dismiss(FilingRequest(start, end, CATEGORIES[index], statement))

    def action_cancel(self) -> None:
        self.dismiss(None)


class TranscriptScreen(Screen[None]):
    """Reads one interview and its findings; ``utterance_id`` selects and scrolls to a cited utterance."""

    HELP = (
        "The transcript with speakers, roles and times, and its findings (corrections applied). Tab "
        "moves between the transcript and the findings. On a participant's turn, f files a passage as a "
        "finding (select the words, pick a category). On a finding: c changes its category, e rewrites "
        "its statement, d rejects it; corrections are kept when the interview is extracted again. "
        "r renames a speaker. Esc goes back."
    )
    HELP_TITLE = "Transcript"
    BINDINGS = [
        Binding("f", "file_finding", "File finding"),
        Binding("c", "recategorise", "Category"),
        Binding("e", "edit_statement", "Edit"),
        Binding("d", "reject", "Remove"),
        Binding("r", "rename", "Rename speaker"),
        Binding("escape", "app.pop_screen", "Back"),
    ]

    @dataclass
    class Corrected(Message):
        message: str

    def __init__(self, interview_id: str, utterance_id: str | None = None) -> None:
        super().__init__()
        self.interview_id = interview_id
        self.utterance_id = utterance_id
        self.transcript: Transcript | None = None
        self.findings: list[Finding] = []

    def compose(self) -> ComposeResult:
        yield NavBar(self.app.current_mode)
        with Horizontal(id="transcript-head"):
            yield Static("", id="transcript-meta")
        with Horizontal(id="transcript-body"):
            yield ListView(id="utterances")
            with Vertical(id="findings-pane"):
                yield Static("", id="findings-title")
                yield OptionList(id="findings")
                yield Static("", id="finding-detail")
        yield Footer()

    def on_mount(self) -> None:
        self.load()

    def load(self) -> None:
        try:
            self.transcript = services(self).workspace.load_transcript(self.interview_id)
        except AssistantError as exc:
            services(self).report_error(exc)
            self.app.pop_screen()
            return
        interview = self.transcript.interview
        self.title = interview.title
        rating = f" · member check {interview.member_check_rating}/4" if interview.member_check_rating else ""
        self.query_one("#transcript-meta", Static).update(
            f"[b]{escape(interview.participant or '?')}[/b] · {interview.date or 'no date'} · "
            f"{escape(interview.study or 'no study')} · {len(self.transcript.utterances)} utterances{rating}"
        )
        view = self.query_one("#utterances", ListView)
        view.clear()
        target = 0
        for index, utterance in enumerate(self.transcript.utterances):
            classes = "cited" if utterance.id == self.utterance_id else ""
            view.append(ListItem(Static(utterance_text(utterance)), classes=classes))
            if utterance.id == self.utterance_id:
                target = index
        view.focus()
        self.call_after_refresh(self._select, target)
        self.load_findings()

    def load_findings(self, keep: int | None = None) -> None:
        """Show the interview's findings with the researcher's corrections applied."""
        from assistant.extract.store import findings_path, load_findings

        workspace = services(self).workspace
        findings_list = self.query_one("#findings", OptionList)
        findings_list.clear_options()
        try:
            self.findings = load_findings(workspace, [self.interview_id])
        except AssistantError as exc:
            services(self).report_error(exc)
            self.findings = []
        extracted = findings_path(workspace, self.interview_id).exists()
        by_hand = sum(f.engine == "researcher" for f in self.findings)
        self.query_one("#findings-title", Static).update(
            f"[b]Findings[/b] {len(self.findings)}"
            + (f" [dim]({by_hand} by hand)[/dim]" if by_hand else "")
            + "  [dim]f file · c category · e edit · d reject[/dim]"
        )
        for number, finding in enumerate(self.findings):
            mark = "✎" if finding.engine == "researcher" else " "
            where = finding.utterance_ids[0].rsplit(":", 1)[-1] if finding.utterance_ids else "?"
            findings_list.add_option(
                Option(
                    f"{mark}[b]{finding.category.replace('_', ' '):<14}[/b][dim]#{where:<4}[/dim]"
                    f"{escape(shorten(finding.statement, 160))}",
                    id=str(number),
                )
            )
        self.query_one("#finding-detail", Static).update("")
        if not self.findings:
            hint = (
                "No findings left: f files one from a participant's turn."
                if extracted
                else "Not extracted yet: press x on it in the Library (F3), or file findings by hand with f."
            )
            findings_list.add_option(Option(f"[dim]{hint}[/dim]", disabled=True))
        elif keep is not None:
            findings_list.highlighted = min(keep, len(self.findings) - 1)

    def _select(self, index: int) -> None:
        view = self.query_one("#utterances", ListView)
        view.index = index
        self.call_after_refresh(self._scroll_to_selected)

    def _scroll_to_selected(self) -> None:
        """Put the cited utterance at the top of the view."""
        view = self.query_one("#utterances", ListView)
        if view.highlighted_child is not None:
            view.scroll_to_widget(view.highlighted_child, top=True, animate=False)

    def selected_utterance(self) -> Utterance | None:
        view = self.query_one("#utterances", ListView)
        if self.transcript is None or view.index is None or not self.transcript.utterances:
            return None
        return self.transcript.utterances[view.index]

    def selected_finding(self) -> Finding | None:
        findings = self.query_one("#findings", OptionList)
        if not self.findings or findings.highlighted is None or findings.highlighted >= len(self.findings):
            return None
        return self.findings[findings.highlighted]

    @on(OptionList.OptionHighlighted, "#findings")
    def _finding_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        """Show the finding's utterance in the transcript (focus stays on the findings)."""
        finding = self.selected_finding()
        if finding is None or self.transcript is None:
            return
        by = "you" if finding.engine == "researcher" else finding.engine
        self.query_one("#finding-detail", Static).update(
            f"[b]{escape(finding.statement)}[/b]\n[dim]“{escape(finding.quote)}” ({by})[/dim]"
        )
        ids = [u.id for u in self.transcript.utterances]
        if finding.utterance_ids and finding.utterance_ids[0] in ids:
            view = self.query_one("#utterances", ListView)
            view.index = ids.index(finding.utterance_ids[0])
            if view.highlighted_child is not None:
                view.scroll_to_widget(view.highlighted_child, animate=False)

    # -- corrections ---------------------------------------------------------------------------------
    def action_file_finding(self) -> None:
        utterance = self.selected_utterance()
        if utterance is None or utterance.role != "participant":
            self.notify(
                "Select a participant's turn first: only their words can be a finding.", severity="warning"
            )
            return
        selection = None
        selected_text = self.get_selected_text()
        if selected_text:
            selection = find_quote(utterance.text, selected_text)

        def chosen(request: FilingRequest | None) -> None:
            if request is not None:
                self._file(utterance, request)

        self.app.push_screen(FileFindingScreen(utterance, selection), chosen)

    def _file(self, utterance: Utterance, request: FilingRequest) -> None:
        from assistant.extract.corrections import file_finding

        if self.transcript is None:
            return
        quote = utterance.text[request.start : request.end]
        try:
            finding = file_finding(
                services(self).workspace,
                self.transcript,
                utterance.id,
                quote,
                request.category,
                request.statement or None,
                span=(request.start, request.end),
            )
        except AssistantError as exc:
            services(self).report_error(exc)
            return
        self.notify(f"Filed a {finding.category.replace('_', ' ')} finding: “{escape(finding.quote)}”")
        self.load_findings()
        self._highlight(finding)

    def _highlight(self, finding: Finding) -> None:
        for index, shown in enumerate(self.findings):
            if shown.quote == finding.quote and shown.category == finding.category:
                self.query_one("#findings", OptionList).highlighted = index
                return

    def _need_finding(self) -> Finding | None:
        finding = self.selected_finding()
        if finding is None:
            self.notify("Select a finding first (Tab to the findings).", severity="warning")
        return finding

    def action_recategorise(self) -> None:
        finding = self._need_finding()
        if finding is None:
            return
        keep = self.query_one("#findings", OptionList).highlighted

        def chosen(category: str | None) -> None:
            if category is None or category == finding.category:
                return
            from assistant.extract.corrections import recategorise

            try:
                recategorise(services(self).workspace, finding, category)
            except AssistantError as exc:
                services(self).report_error(exc)
                return
            self.notify(f"{finding.category.replace('_', ' ')} → {category.replace('_', ' ')}")
            self.load_findings(keep)

        self.app.push_screen(CategoryPicker(f"Category for “{finding.quote[:60]}”", finding.category), chosen)

    def action_edit_statement(self) -> None:
        finding = self._need_finding()
        if finding is None:
            return
        keep = self.query_one("#findings", OptionList).highlighted

        def written(statement: str | None) -> None:
            if not statement or statement == finding.statement:
                return
            from assistant.extract.corrections import edit_statement

            try:
                edit_statement(services(self).workspace, finding, statement)
            except AssistantError as exc:
                services(self).report_error(exc)
                return
            self.notify("Statement saved (the quote stays as the participant said it).")
            self.load_findings(keep)

        self.app.push_screen(TextPrompt("Statement: what the quote shows", value=finding.statement), written)

    def action_reject(self) -> None:
        finding = self._need_finding()
        if finding is None:
            return
        keep = self.query_one("#findings", OptionList).highlighted

        def answered(yes: bool | None) -> None:
            if not yes:
                return
            from assistant.extract.corrections import reject

            try:
                reject(services(self).workspace, finding)
            except AssistantError as exc:
                services(self).report_error(exc)
                return
            self.notify("Rejected: it will not come back when the interview is extracted again.")
            self.load_findings(keep)

        self.app.push_screen(
            ConfirmScreen(
                f"Reject this {finding.category.replace('_', ' ')} finding?",
                f"“{finding.quote}”",
                yes="Reject",
                no="Keep",
            ),
            answered,
        )

    # -- speakers ------------------------------------------------------------------------------------
    def action_rename(self) -> None:
        utterance = self.selected_utterance()
        if utterance is None or not utterance.speaker:
            self.notify("Select an utterance with a named speaker first.", severity="warning")
            return
        old = utterance.speaker

        def renamed(result: tuple[str, str | None] | None) -> None:
            if result is not None:
                self._rename(old, result[0], result[1])

        self.app.push_screen(RenameSpeakerScreen(old, utterance.role), renamed)

    @work(thread=True, exclusive=True, exit_on_error=False, group="rename")
    def _rename(self, old: str, new: str, role: str | None) -> None:
        """Rename in the transcript file and re-index it."""
        try:
            from assistant.ingest.edits import rename_speaker

            count = rename_speaker(services(self).workspace, self.interview_id, old, new, role)
        except Exception as exc:
            services(self).report_error(exc)
            return
        self.app.call_from_thread(self.notify, f"Renamed {old} to {new} in {count} utterances.")
        self.app.call_from_thread(self.load)
