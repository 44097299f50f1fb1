"""Map dotted keys of a TOML document to the line and column where they are written.

tomllib returns plain dicts without positions, yet every validation message must name
the file, line and column of the offending value.  This scanner runs only after tomllib
has accepted the text, so it can assume valid syntax and stay small.  Paths use the
same spelling as diagnostics: ``categories[1].harm[0]``.
"""

from __future__ import annotations

Position = tuple[int, int]

_BARE = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-")


class _Scanner:
    def __init__(self, text: str) -> None:
        self.text = text
        self.pos = 0
        self.found: dict[str, Position] = {}
        self.array_tables: dict[str, int] = {}
        self._line_starts = [0]
        for i, ch in enumerate(text):
            if ch == "\n":
                self._line_starts.append(i + 1)

    def where(self, pos: int) -> Position:
        lo, hi = 0, len(self._line_starts) - 1
        while lo < hi:
            mid = (lo + hi + 1) // 2
            if self._line_starts[mid] <= pos:
                lo = mid
            else:
                hi = mid - 1
        return lo + 1, pos - self._line_starts[lo] + 1

    def peek(self, n: int = 1) -> str:
        return self.text[self.pos : self.pos + n]

    def skip_blank(self, newlines: bool) -> None:
        while self.pos < len(self.text):
            ch = self.text[self.pos]
            if ch in " \t\r" or (newlines and ch == "\n"):
                self.pos += 1
            elif ch == "#":
                end = self.text.find("\n", self.pos)
                self.pos = len(self.text) if end < 0 else end
            else:
                return

    def read_key(self) -> list[str]:
        parts: list[str] = []
        while True:
            self.skip_blank(newlines=False)
            ch = self.peek()
            if ch in ('"', "'"):
                start = self.pos
                self.skip_string()
                raw = self.text[start + 1 : self.pos - 1]
                parts.append(raw)
            else:
                start = self.pos
                while self.pos < len(self.text) and self.text[self.pos] in _BARE:
                    self.pos += 1
                parts.append(self.text[start : self.pos])
            self.skip_blank(newlines=False)
            if self.peek() == ".":
                self.pos += 1
                continue
            return parts

    def skip_string(self) -> None:
        quote = self.text[self.pos]
        if self.peek(3) == quote * 3:
            end = self.text.find(quote * 3, self.pos + 3)
            end = len(self.text) if end < 0 else end + 3
            while end < len(self.text) and self.text[end] == quote:  # up to 2 quotes may close
                end += 1
            self.pos = end
            return
        self.pos += 1
        while self.pos < len(self.text):
            ch = self.text[self.pos]
            if ch == "\\" and quote == '"':
                self.pos += 2
                continue
            self.pos += 1
            if ch in (quote, "\n"):
                return

    def scan_value(self, path: str) -> None:
        ch = self.peek()
        if ch in ('"', "'"):
            self.skip_string()
        elif ch == "[":
            self.pos += 1
            index = 0
            while True:
                self.skip_blank(newlines=True)
                if self.peek() in ("]", ""):
                    self.pos += 1
                    return
                item = f"{path}[{index}]"
                self.found.setdefault(item, self.where(self.pos))
                self.scan_value(item)
                index += 1
                self.skip_blank(newlines=True)
                if self.peek() == ",":
                    self.pos += 1
        elif ch == "{":
            self.pos += 1
            while True:
                self.skip_blank(newlines=False)
                if self.peek() in ("}", ""):
                    self.pos += 1
                    return
                self.scan_pair(path)
                self.skip_blank(newlines=False)
                if self.peek() == ",":
                    self.pos += 1
        else:
            while self.pos < len(self.text) and self.text[self.pos] not in ",]}\n#":
                self.pos += 1

    def scan_pair(self, prefix: str) -> None:
        start = self.pos
        keys = self.read_key()
        path = prefix
        for key in keys:
            path = f"{path}.{key}" if path else key
            self.found.setdefault(path, self.where(start))
        self.skip_blank(newlines=False)
        if self.peek() == "=":
            self.pos += 1
            self.skip_blank(newlines=False)
            self.scan_value(path)

    def scan(self) -> dict[str, Position]:
        prefix = ""
        while True:
            self.skip_blank(newlines=True)
            if self.pos >= len(self.text):
                return self.found
            start = self.pos
            if self.peek(2) == "[[":
                self.pos += 2
                name = ".".join(self.read_key())
                index = self.array_tables.get(name, -1) + 1
                self.array_tables[name] = index
                prefix = f"{name}[{index}]"
                self.found.setdefault(name, self.where(start))
                self.found.setdefault(prefix, self.where(start))
            elif self.peek() == "[":
                self.pos += 1
                prefix = ".".join(self.read_key())
                self.found.setdefault(prefix, self.where(start))
            else:
                self.scan_pair(prefix)
            end = self.text.find("\n", self.pos)
            self.pos = len(self.text) if end < 0 else end + 1


def locate_keys(text: str) -> dict[str, Position]:
    """Return ``{dotted.path: (line, column)}`` for every key and array item in ``text``."""
    return _Scanner(text).scan()


def nearest(positions: dict[str, Position], path: str) -> Position:
    """Position of ``path`` or of its closest written ancestor (a missing key's table)."""
    probe = path
    while probe:
        if probe in positions:
            return positions[probe]
        cut = max(probe.rfind("."), probe.rfind("["))
        probe = probe[:cut] if cut > 0 else ""
    return (1, 1)
