"""Hand-written REFI-QDA projects shaped like other tools' exports (fictional people, written for these tests).

Positions are found with ``str.index`` on the exact text, so a test checks that the quotes we import
are the words the researcher coded, not offsets we computed the same way twice.
"""

from __future__ import annotations

import zipfile
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
SCHEMA = REPO / "tests" / "data" / "refi-qda" / "Project-mrt2019.xsd"

BAKERY = (
    "Interviewer: Thanks for joining. What do you do at the bakery?\r\n"
    "Marta Quell: I run the morning shift at a small bakery with two ovens and five staff.\r\n"
    "Interviewer: What went wrong last week?\r\n"
    "Marta Quell: The flour delivery came two days late, so we baked half the usual bread "
    "and lost the café orders.\r\n"
    "Interviewer: How do you cope with that?\r\n"
    "Marta Quell: I keep a paper list of backup mills and call them myself before six.\r\n"
    "Interviewer: Who decides on a new supplier?\r\n"
    "Marta Quell: The owner signs anything above five hundred euros, but she asks me first.\r\n"
)
WORKSHOP = (
    "Interviewer: Tell me about the workshop.\n"
    "Ravi Odum: We repair bicycles for couriers, mostly brakes and chains.\n"
    "Interviewer: What would make you change your booking tool?\n"
    "Ravi Odum: If the couriers could book a slot themselves at night, I would switch tomorrow.\n"
    "Interviewer: Where do you hear about tools?\n"
    "Ravi Odum: Other workshop owners tell me, at the trade fair in spring.\n"
)

CODES = {
    "pains": "0b1c2d3e-0000-4000-8000-000000000001",
    "supply": "0b1c2d3e-0000-4000-8000-000000000002",
    "workarounds": "0b1c2d3e-0000-4000-8000-000000000003",
    "entscheidung": "0b1c2d3e-0000-4000-8000-000000000004",
    "situation": "0b1c2d3e-0000-4000-8000-000000000005",
    "ausloser": "0b1c2d3e-0000-4000-8000-000000000006",
    "canales": "0b1c2d3e-0000-4000-8000-000000000007",
}
USER = "0b1c2d3e-0000-4000-8000-0000000000aa"
SEGMENT_VARIABLE = "0b1c2d3e-0000-4000-8000-0000000000bb"


@dataclass
class Coded:
    text: str
    """The coded words, found in the source text (from the first occurrence after ``after``)."""
    code: str
    after: str = ""
    memo: str = ""


BAKERY_CODINGS = [
    Coded("Marta Quell: I run the morning shift", "situation"),  # the label is selected too
    Coded("The flour delivery came two days late", "pains"),
    Coded("we baked half the usual bread", "supply", memo="Late flour halves the bread."),
    Coded("What went wrong last week?", "pains"),  # the interviewer's words: context, never a quote
    Coded("I keep a paper list of backup mills", "workarounds"),
    Coded("The owner signs anything above five hundred euros", "entscheidung"),
]
WORKSHOP_CODINGS = [
    Coded("If the couriers could book a slot themselves at night", "ausloser"),
    Coded("Other workshop owners tell me, at the trade fair in spring", "canales"),
]


def _selections(text: str, codings: list[Coded], number: int) -> str:
    parts = []
    for index, coded in enumerate(codings, start=1):
        start = text.index(coded.text, text.index(coded.after) if coded.after else 0)
        end = start + len(coded.text)
        memo = f"<Description>{coded.memo}</Description>" if coded.memo else ""
        parts.append(
            f'<PlainTextSelection guid="0b1c2d3e-0000-4000-9{number:03d}-{index:012d}" '
            f'startPosition="{start}" endPosition="{end}" creatingUser="{USER}">{memo}'
            f'<Coding guid="0b1c2d3e-0000-4000-a{number:03d}-{index:012d}" creatingUser="{USER}">'
            f'<CodeRef targetGUID="{CODES[coded.code]}"/></Coding></PlainTextSelection>'
        )
    return "".join(parts)


def project_xml(*, out_of_range: bool = True) -> str:
    """project.qde of a small two-interview study, as a QDA tool would write it."""
    bad = (
        f'<PlainTextSelection guid="0b1c2d3e-0000-4000-9999-000000000001" startPosition="5000" '
        f'endPosition="5010"><Coding guid="0b1c2d3e-0000-4000-9999-000000000002">'
        f'<CodeRef targetGUID="{CODES["pains"]}"/></Coding></PlainTextSelection>'
        if out_of_range
        else ""
    )
    workshop_inline = WORKSHOP.replace("&", "&amp;").replace("<", "&lt;")
    return f"""<?xml version="1.0" encoding="utf-8"?>
<Project xmlns="urn:QDA-XML:project:1.0" name="Small trades" origin="Hand-written test project">
  <Users><User guid="{USER}" name="R. Researcher"/></Users>
  <CodeBook><Codes>
    <Code guid="{CODES["pains"]}" name="Pains" isCodable="true">
      <Code guid="{CODES["supply"]}" name="Supply" isCodable="true"/>
    </Code>
    <Code guid="{CODES["workarounds"]}" name="Workarounds" isCodable="true">
      <Description>Things people do by hand because their tools fall short.</Description>
    </Code>
    <Code guid="{CODES["entscheidung"]}" name="Entscheidung" isCodable="true"/>
    <Code guid="{CODES["situation"]}" name="Situation" isCodable="true"/>
    <Code guid="{CODES["ausloser"]}" name="Auslöser" isCodable="true"/>
    <Code guid="{CODES["canales"]}" name="Canales" isCodable="true"/>
  </Codes></CodeBook>
  <Variables>
    <Variable guid="{SEGMENT_VARIABLE}" name="Segment" typeOfVariable="Text"/>
  </Variables>
  <Cases>
    <Case guid="0b1c2d3e-0000-4000-8000-0000000000c1" name="Marta">
      <VariableValue><VariableRef targetGUID="{SEGMENT_VARIABLE}"/><TextValue>Food retail</TextValue></VariableValue>
      <SourceRef targetGUID="0b1c2d3e-0000-4000-8000-0000000000d1"/>
    </Case>
  </Cases>
  <Sources>
    <TextSource guid="0b1c2d3e-0000-4000-8000-0000000000d1" name="Bakery interview.docx"
        plainTextPath="internal://0b1c2d3e-0000-4000-8000-0000000000d1.txt">
      {_selections(BAKERY, BAKERY_CODINGS, 1)}{bad}
    </TextSource>
    <PDFSource guid="0b1c2d3e-0000-4000-8000-0000000000d2" name="Workshop interview.pdf" path="internal://w.pdf">
      <Representation guid="0b1c2d3e-0000-4000-8000-0000000000d3" name="Workshop interview">
        <PlainTextContent>{workshop_inline}</PlainTextContent>
        {_selections(WORKSHOP, WORKSHOP_CODINGS, 2)}
      </Representation>
    </PDFSource>
    <AudioSource guid="0b1c2d3e-0000-4000-8000-0000000000d4" name="Workshop recording.m4a" path="internal://w.m4a"/>
  </Sources>
</Project>
"""


def write_project(path: Path, xml: str | None = None, *, sources: dict[str, bytes] | None = None) -> Path:
    """A .qdpx at ``path`` with project.qde and the bakery text under sources/."""
    files = (
        {"0b1c2d3e-0000-4000-8000-0000000000d1.txt": BAKERY.encode("utf-8")} if sources is None else sources
    )
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("project.qde", xml if xml is not None else project_xml())
        for name, data in files.items():
            archive.writestr(f"sources/{name}", data)
    return path
