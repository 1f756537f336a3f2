"""What a build of many briefs tells CI: which briefs a shard builds, and a JSON report and a JUnit file with one
entry per brief (its status, problem records, output, sha256, pages, bytes and seconds)."""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from xml.etree import ElementTree

from briefing.errors import Problem
from briefing.files import write_atomic
from briefing.workspace import shown_path, slug_of

SHARD = re.compile(r"^(?P<k>[1-9][0-9]*)/(?P<n>[1-9][0-9]*)$")


def shard(briefs: list[str], spec: str) -> list[str]:
    """The briefs of shard K of N ("K/N"): every N-th brief in the order of their slugs, starting at the K-th, so
    that N jobs given 1/N ... N/N build each brief exactly once, whatever order the briefs were listed in."""
    match = SHARD.match(spec)
    if not match or not 1 <= int(match["k"]) <= int(match["n"]):
        raise ValueError(f"expected K/N with 1 <= K <= N, e.g. 1/2, got {spec!r}")
    k, n = int(match["k"]), int(match["n"])
    ordered = sorted(briefs, key=lambda brief: (slug_of(brief), brief))
    return ordered[k - 1::n]


@dataclass
class Outcome:
    """One brief of a build: "built", "failed" (checked, then its build failed), "invalid" (its check found an
    error, or under --strict a warning) or "skipped" (sound, but not built because another brief of the build
    was invalid and --keep-going was not given)."""

    brief: str
    slug: str
    status: str
    problems: list[Problem] = field(default_factory=list)
    output: Path | None = None
    seconds: float | None = None
    pages: int | None = None

    def record(self) -> dict[str, object]:
        data = self.output.read_bytes() if self.output is not None and self.output.is_file() else None
        return {
            "brief": self.brief, "slug": self.slug, "status": self.status,
            "problems": [p.record() for p in self.problems],
            "output": shown_path(self.output) if self.output is not None else None,
            "sha256": hashlib.sha256(data).hexdigest() if data is not None else None,
            "pages": self.pages, "bytes": len(data) if data is not None else None,
            "seconds": round(self.seconds, 3) if self.seconds is not None else None,
        }


def write_json(path: Path, outcomes: list[Outcome]) -> None:
    records = [outcome.record() for outcome in outcomes]
    summary = {status: sum(r["status"] == status for r in records) for status in ("built", "failed", "invalid",
                                                                                   "skipped")}
    document = {"briefs": records, "summary": summary}
    write_atomic(path, (json.dumps(document, indent=1, ensure_ascii=False) + "\n").encode("utf-8"))


def write_junit(path: Path, outcomes: list[Outcome], strict: bool) -> None:
    """One test case per brief: its errors (and, under --strict, its content warnings) are the failure; a brief
    not built for another brief's sake is skipped; its other warnings go to system-out."""
    suite = ElementTree.Element("testsuite", name="briefing", tests=str(len(outcomes)))
    failures = skipped = 0
    for outcome in outcomes:
        case = ElementTree.SubElement(suite, "testcase", classname="briefs", name=outcome.brief,
                                      time=f"{outcome.seconds or 0:.3f}")
        content = [p for p in outcome.problems if p.origin == "content"]
        failing = [p for p in content if p.fails(strict)]
        if outcome.status in ("failed", "invalid"):
            failures += 1
            shown = failing or content
            first = str(shown[0]) if shown else f"{outcome.brief}: not built"
            failure = ElementTree.SubElement(case, "failure", message=first, type=outcome.status)
            failure.text = "\n".join(str(p) for p in shown) or first
        elif outcome.status == "skipped":
            skipped += 1
            ElementTree.SubElement(case, "skipped", message="not built: another brief of this build is invalid")
        rest = [p for p in content if p not in failing] if outcome.status != "built" else content
        if rest:
            ElementTree.SubElement(case, "system-out").text = "\n".join(f"{p.severity}: {p}" for p in rest)
    suite.set("failures", str(failures))
    suite.set("skipped", str(skipped))
    suite.set("errors", "0")
    ElementTree.indent(suite)
    write_atomic(path, ElementTree.tostring(suite, encoding="utf-8", xml_declaration=True) + b"\n")
