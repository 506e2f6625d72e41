"""A team on one study: several people import at once into a study whose index is a real `chroma run`.

The study folder is shared (a team server people log in to, or a network file system with working
locks); its index lives on a Chroma server on 127.0.0.1. Each "person" is a separate `personas`
process, started together: writers take turns on the workspace lock, a reader searches meanwhile
without waiting, and every interview ends up indexed exactly once.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

pytestmark = pytest.mark.integration

PERSONAS = str(Path(sys.executable).parent / "personas")

TOPICS = {
    "ana": ["invoice approvals wait for the regional manager", "month-end close takes eleven days"],
    "ben": ["the warehouse scanner drops connection every shift", "pickers retype orders on paper"],
    "chloe": ["school timetables change every term", "parents phone the office about buses"],
}


def interview_text(person: str, number: int, topic: str) -> str:
    return (
        "Interviewer: Tell me about a normal week.\n"
        f"P{number}: I coordinate the team for {person}'s study, and {topic}. "
        "Most of my day goes to chasing people.\n"
        "Interviewer: What happened the last time it went wrong?\n"
        f"P{number}: Last month {topic} again, and we lost two days fixing it by hand.\n"
    )


def personas(workspace: Path, env: dict[str, str], *args: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [PERSONAS, "--workspace", str(workspace), *args],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def finish(process: subprocess.Popen[str], timeout: float = 300) -> tuple[int, str, str]:
    out, err = process.communicate(timeout=timeout)
    return process.returncode, out, err


@pytest.fixture
def team(tmp_path: Path, chroma_server: str) -> tuple[Path, dict[str, str], dict[str, list[Path]]]:
    env = {
        **os.environ,
        "PERSONAS_EMBEDDINGS__PROVIDER": "hashing",
        "PERSONAS_LLM__PROVIDER": "none",
        "PERSONAS_LOCK_WAIT": "120",
        "ANONYMIZED_TELEMETRY": "False",
    }
    study = tmp_path / "équipe-study"
    code, _out, err = finish(personas(study, env, "init", str(study)))
    assert code == 0, err
    collection = f"team{int(time.time() * 1000) % 10**9}"  # the session's server is shared by tests
    (study / "personas.toml").write_text(
        f'[index]\nchroma_url = "{chroma_server}"\ncollection = "{collection}"\n', encoding="utf-8"
    )
    files: dict[str, list[Path]] = {}
    for person, topics in TOPICS.items():
        folder = tmp_path / f"{person}-files"
        folder.mkdir()
        files[person] = []
        for number, topic in enumerate(topics, start=1):
            path = folder / f"{person}-{number}.txt"
            path.write_text(interview_text(person, number, topic), encoding="utf-8")
            files[person].append(path)
    return study, env, files


def test_several_people_import_at_once_into_one_server_backed_study(
    team: tuple[Path, dict[str, str], dict[str, list[Path]]],
) -> None:
    study, env, files = team
    # ana and ben import their own folders; chloe imports hers plus one of ana's files (a duplicate)
    writers = {
        "ana": personas(study, env, "import", *map(str, files["ana"])),
        "ben": personas(study, env, "import", *map(str, files["ben"])),
        "chloe": personas(study, env, "import", *map(str, files["chloe"]), str(files["ana"][0])),
    }
    reader = personas(study, env, "search", "chasing people", "--json")  # readers never wait for writers
    results = {person: finish(process) for person, process in writers.items()}
    for person, (code, out, err) in results.items():
        assert code == 0, f"{person}: {out}\n{err}"
    code, out, err = finish(reader)
    assert code in (0, 1), err  # 1 only when it ran before anything was indexed ("the index is empty")
    assert "Traceback" not in err

    code, out, err = finish(personas(study, env, "list", "--json"))
    assert code == 0, err
    listed = json.loads(out)
    ids = [row["id"] for row in listed]
    assert len(ids) == 6 == len(set(ids))  # ana's file imported once, though two people imported it

    code, out, err = finish(personas(study, env, "index-status", "--json"))
    assert code == 0, err
    status = json.loads(out)
    assert status["location"].startswith("http://127.0.0.1:")
    assert status["interviews"] == 6
    assert status["pending"] == [] and status["out_of_date"] == [] and status["orphans"] == []
    assert not any((study / "vectorstore").iterdir())  # nothing indexed locally in server mode

    code, out, err = finish(personas(study, env, "search", "scanner drops connection", "--json", "-n", "3"))
    assert code == 0, err
    hits = json.loads(out)
    assert hits and hits[0]["interview_id"].startswith("ben-")
    assert all(hit["role"] == "participant" for hit in hits)


def test_adding_an_interview_later_indexes_only_that_one(
    team: tuple[Path, dict[str, str], dict[str, list[Path]]],
) -> None:
    study, env, files = team
    code, _out, err = finish(personas(study, env, "import", *map(str, files["ana"] + files["ben"])))
    assert code == 0, err
    before = json.loads(finish(personas(study, env, "index-status", "--json"))[1])
    code, out, err = finish(personas(study, env, "import", *map(str, files["ana"] + files["chloe"][:1])))
    assert code == 0, err
    lines = out.splitlines()
    assert sum(line.startswith("unchanged ") for line in lines) == 2
    assert sum(line.startswith("imported ") for line in lines) == 1
    after = json.loads(finish(personas(study, env, "index-status", "--json"))[1])
    assert after["interviews"] == before["interviews"] + 1
    assert after["utterances"] == before["utterances"] + 4  # its two questions and two answers
