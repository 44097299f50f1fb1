"""Read a PDF draft for ``pogen check`` the way the page reads: paragraphs, not lines.

The characters come from pdfminer.six, run in a bounded child process
(:mod:`pogen.check.pdfchild`), so no poppler is needed.  From its line segments this
module rebuilds what a lawyer sees:

- **Pleading paper**: the margin line numbers (1-28 left of the text) are removed and
  kept as each line's pleading line number; what lies above line 1 or below line 28
  (running titles, the footer with page number, title and case number) is a header or
  footer, not body text.  Without margin numbers, text repeated at the top or bottom
  of the pages, and bare page numbers there, are the running heads and footers.
- **Paragraphs** are joined across lines *and page breaks*: a line continues the
  paragraph above when that one ran to the right margin and this one is not indented
  (or keeps the same indent), is not a heading and, on the same page, follows without
  a blank line.  A word hyphenated at a line end is joined without a space.
- **Headings** are short lines set in bold, centred, or all in capitals; a bold phrase
  opening a paragraph ("B. GOOD CAUSE STATEMENT.") is kept as its run-in heading.
- Each paragraph knows the page and pleading line where it starts.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from collections import Counter
from dataclasses import dataclass
from itertools import pairwise
from pathlib import Path
from typing import Any

from pogen.check import limits
from pogen.check.limits import Budget
from pogen.check.paragraphs import (
    HEADING_MAX_WORDS,
    DraftError,
    Para,
    number_paragraphs,
    typed_number,
)

_DIGITS = re.compile(r"^\d{1,2}$")
_PAGE_NUMBER = re.compile(r"^(?:page\s+)?-?\s*\d{1,4}\s*-?(?:\s+of\s+\d{1,4})?$", re.IGNORECASE)


@dataclass
class _Line:
    page: int
    y: float
    x0: float
    x1: float
    size: float
    bold: float
    text: str
    lead: int
    line: int = 0  # pleading line number


def _limit_child() -> None:  # pragma: no cover - runs in the child before exec
    try:
        import resource

        resource.setrlimit(resource.RLIMIT_AS, (limits.PDF_MEMORY_BYTES, limits.PDF_MEMORY_BYTES))
        cpu = int(limits.TIME_LIMIT_SECONDS) + 1
        resource.setrlimit(resource.RLIMIT_CPU, (cpu, cpu + 1))
    except (ImportError, ValueError, OSError):
        pass


def _extract(path: Path, name: str, budget: Budget) -> list[dict[str, Any]]:
    package_root = str(Path(__file__).resolve().parents[2])
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(p for p in (package_root, env.get("PYTHONPATH")) if p)
    try:
        result = subprocess.run(
            [sys.executable, "-m", "pogen.check.pdfchild", str(path)],
            capture_output=True,
            timeout=budget.remaining(),
            check=False,
            env=env,
            stdin=subprocess.DEVNULL,
            preexec_fn=_limit_child if os.name == "posix" else None,
        )
    except subprocess.TimeoutExpired:
        budget.deadline = 0
        budget.tick()
        raise  # pragma: no cover - tick raised
    try:
        data = json.loads(result.stdout.decode("utf-8", "replace") or "{}")
    except json.JSONDecodeError:
        data = {}
    if not isinstance(data, dict) or "pages" not in data:
        reason = data.get("error") if isinstance(data, dict) else None
        if reason is None:
            reason = "refused: it needs more memory or time than a PDF check may use"
            raise limits.DraftTooLargeError(f"{name}: {reason}")
        if data.get("bound"):
            raise limits.DraftTooLargeError(
                f"{name}: {reason}; not a protective order pogen can check"
            )
        raise DraftError(f"{name}: {reason}")
    pages: list[dict[str, Any]] = data["pages"]
    return pages


def read_pdf(path: Path, name: str, budget: Budget | None = None) -> list[Para]:
    """Paragraphs of a PDF, rebuilt from the page (module docstring)."""
    pages = _extract(path, name, budget or Budget.start(name))
    paras = _paragraphs(pages)
    if not any(p.where == "pdf" for p in paras):
        raise DraftError(
            f"{name}: the PDF has no text layer (a scan?); run OCR or check the .docx instead"
        )
    return paras


def _lines(pages: list[dict[str, Any]]) -> list[_Line]:
    out = []
    for number, page in enumerate(pages, 1):
        for y, x0, x1, size, bold, text, lead in page["lines"]:
            out.append(_Line(number, y, x0, x1, size, bold, str(text), int(lead)))
    return out


def _margins(lines: list[_Line]) -> tuple[float, float]:
    """The text's left and right edges: the commonest starts and ends of long lines."""
    long = [ln for ln in lines if len(ln.text) >= 40]
    if not long:
        long = lines or [_Line(0, 0, 72, 540, 12, 0, "", 0)]
    left = Counter(round(ln.x0) for ln in long).most_common(1)[0][0]
    ends = sorted(ln.x1 for ln in long)
    right = ends[int(len(ends) * 0.9)] if len(ends) > 3 else max(ends)
    return float(left), right


def _numbers(page: list[_Line], left: float) -> list[_Line]:
    return [ln for ln in page if _DIGITS.match(ln.text) and ln.x1 < left - 3]


def _split_page(
    page: list[_Line], left: float, pleading: bool
) -> tuple[list[_Line], list[_Line], list[_Line]]:
    """(margin numbers, body, heads and foots) of one page of pleading paper."""
    numbers = _numbers(page, left)
    if not pleading or not numbers:
        return [], page, []
    top = max(n.y for n in numbers) + 16
    bottom = min(n.y for n in numbers) - 16
    body: list[_Line] = []
    edges: list[_Line] = []
    for ln in page:
        if ln in numbers:
            continue
        (body if bottom <= ln.y <= top else edges).append(ln)
    for ln in body:
        nearest = min(numbers, key=lambda n: abs(n.y - ln.y))
        if abs(nearest.y - ln.y) <= 14:
            ln.line = int(nearest.text)
    return numbers, body, edges


def _running(lines: list[_Line], heights: dict[int, float]) -> set[int]:
    """Ids of lines that are running heads or feet on plain paper."""
    pages = max((ln.page for ln in lines), default=0)
    band = [ln for ln in lines if ln.y > heights[ln.page] * 0.92 or ln.y < heights[ln.page] * 0.08]
    shapes = Counter(re.sub(r"\d+", "#", ln.text) for ln in band)
    return {
        id(ln)
        for ln in band
        if _PAGE_NUMBER.match(ln.text) or (pages > 1 and shapes[re.sub(r"\d+", "#", ln.text)] >= 2)
    }


def _rows(body: list[_Line], left: float) -> list[_Line]:
    """Join the pieces of one line of text again; keep columns far apart separate."""
    out: list[_Line] = []
    for ln in sorted(body, key=lambda ln: (ln.page, -ln.y, ln.x0)):
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.page == ln.page
            and abs(prev.y - ln.y) <= 1.5
            and ln.x0 - prev.x1 < 3 * ln.size
            and ln.x0 > left - 3
        ):
            prev.text = f"{prev.text} {ln.text}"
            prev.bold = min(prev.bold, ln.bold)
            prev.x1 = ln.x1
            continue
        out.append(ln)
    return out


def _is_heading(ln: _Line, left: float, right: float) -> bool:
    words = len(ln.text.split())
    if words == 0 or words > HEADING_MAX_WORDS or ln.x1 >= right - 5:
        return False
    letters = [c for c in ln.text if c.isalpha()]
    capitals = len(letters) >= 4 and all(c.isupper() for c in letters)
    centred = ln.x0 > left + 40 and abs((ln.x0 - left) - (right - ln.x1)) < 14
    return ln.bold >= 0.9 or capitals or centred


@dataclass
class _Page:
    """The text's edges and line pitch, shared by the steps that rebuild paragraphs."""

    left: float
    right: float
    pitch: float


def _paragraph(current: list[_Line], page: _Page) -> Para:
    """One paragraph from its lines: hyphenated words joined, heading and run-in lead."""
    text = ""
    for ln in current:
        if text.endswith("-") and len(text) > 1 and text[-2].isalnum() and ln.text[:1].isalnum():
            text += ln.text
        else:
            text = f"{text} {ln.text}" if text else ln.text
    first = current[0]
    lead = ""
    for ln in current:
        if ln.bold >= 0.99:
            lead = f"{lead} {ln.text}"
            continue
        lead = f"{lead} {ln.text[: ln.lead]}" if ln.lead else ""
        break
    lead = lead.strip() if lead.strip() != text.strip() else ""
    letters = [c for c in text if c.isalpha()]
    heading = len(text.split()) <= HEADING_MAX_WORDS and (
        min(ln.bold for ln in current) >= 0.9
        or (len(letters) >= 4 and all(c.isupper() for c in letters))
        or (len(current) == 1 and _is_heading(first, page.left, page.right))
    )
    return Para("pdf", "", "", text, heading, lead=lead, page=first.page, line=first.line)


def _ends_paragraph(current: list[_Line], ln: _Line, page: _Page) -> bool:
    """Whether ``ln`` starts a new paragraph after the lines in ``current``."""
    prev = current[-1]
    # A list item's hanging indent: "(a)" then text that wraps to the text's indent.
    hanging = len(current) == 1 and typed_number(prev.text) and prev.x0 < ln.x0 < prev.x0 + 80
    indented = ln.x0 > page.left + 15 and abs(ln.x0 - prev.x0) > 2 and not hanging
    gap = prev.page == ln.page and prev.y - ln.y > 1.35 * page.pitch
    # The paragraph above ended if this line's first word would have fitted on its last
    # line (justified or ragged right alike).
    word = len(ln.text.split()[0]) if ln.text.split() else 1
    short = prev.x1 + (word + 1) * 0.45 * ln.size < page.right - 2
    beside = prev.page == ln.page and abs(prev.y - ln.y) <= 1.5
    weight = (prev.bold >= 0.9) != (ln.bold >= 0.9)
    # A heading too long for one line wraps: bold on bold (or a run-in heading's bold
    # start), close below, not a new number.
    wraps = (
        prev.bold >= 0.9
        and (ln.bold >= 0.9 or bool(ln.lead))
        and prev.page == ln.page
        and 0 < prev.y - ln.y <= 1.3 * max(ln.size, 12.0) * 2
        and not typed_number(ln.text)
        and not indented
        and len(" ".join(x.text for x in current).split()) < HEADING_MAX_WORDS
    )
    heading = _is_heading(prev, page.left, page.right)
    return not wraps and (indented or gap or short or beside or weight or heading)


def _split_body(
    pages: list[dict[str, Any]], lines: list[_Line], left: float
) -> tuple[list[_Line], list[_Line]]:
    """(body lines, running heads and feet) of the whole document."""
    heights = {n: float(p["h"]) for n, p in enumerate(pages, 1)}
    body: list[_Line] = []
    edges: list[_Line] = []
    by_page = [[ln for ln in lines if ln.page == n] for n in range(1, len(pages) + 1)]
    pleading = any(len(_numbers(page, left)) >= 5 for page in by_page)
    for page in by_page:
        _numbers_seen, page_body, page_edges = _split_page(page, left, pleading)
        body += page_body
        edges += page_edges
    if not pleading:
        running = _running(body, heights)
        edges = [ln for ln in body if id(ln) in running]
        body = [ln for ln in body if id(ln) not in running]
    return body, edges


def _paragraphs(pages: list[dict[str, Any]]) -> list[Para]:
    lines = _lines(pages)
    left, right = _margins(lines)
    body, edges = _split_body(pages, lines, left)
    rows = _rows(body, left)
    steps = Counter(
        round(a.y - b.y) for a, b in pairwise(rows) if a.page == b.page and 8 <= a.y - b.y <= 40
    )
    page = _Page(left, right, float(steps.most_common(1)[0][0]) if steps else 24.0)
    raws: list[Para] = []
    current: list[_Line] = []
    for ln in rows:
        if current and _ends_paragraph(current, ln, page):
            raws.append(_paragraph(current, page))
            current = []
        current.append(ln)
    if current:
        raws.append(_paragraph(current, page))
    heights = {n: float(p["h"]) for n, p in enumerate(pages, 1)}
    seen: set[str] = set()
    for ln in sorted(edges, key=lambda ln: (ln.page, -ln.y, ln.x0)):
        part = "header" if ln.y > heights[ln.page] / 2 else "footer"
        if ln.text not in seen and not _PAGE_NUMBER.match(ln.text):
            seen.add(ln.text)
            raws.append(Para(part, "", "", ln.text, page=ln.page))
    return number_paragraphs(raws)
