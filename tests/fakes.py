"""A stand-in for every question the app asks, so tests answer without a real dialog."""

from collections import deque


class FakePrompts:
    def __init__(self):
        self.shown: list[tuple[str, str, str]] = []  # (kind, title, text)
        self.texts: deque[str | None] = deque()
        self.choices: deque[str | None] = deque()
        self.picks: deque[int | None] = deque()
        self.confirmations: deque[bool] = deque()
        self.save_paths: deque[str | None] = deque()
        self.offered: list[str] = []
        self.safe: str | None = None
        self.picked_from: list[str] = []

    def inform(self, parent, title, text):
        self.shown.append(("inform", title, text))

    def warn(self, parent, title, text):
        self.shown.append(("warn", title, text))

    def confirm(self, parent, title, text, yes_label):
        self.shown.append(("confirm", title, text))
        return self.confirmations.popleft() if self.confirmations else True

    def choose(self, parent, title, text, choices, safe):
        self.shown.append(("choose", title, text))
        self.offered = [key for key, _ in choices]
        self.safe = safe
        assert safe in self.offered, "the answer that changes nothing must be offered"
        return self.choices.popleft() if self.choices else safe

    def pick(self, parent, title, text, items, action_label):
        self.shown.append(("pick", title, text))
        self.picked_from = list(items)
        return self.picks.popleft() if self.picks else None

    def ask_text(self, parent, title, label, initial=""):
        self.shown.append(("ask_text", title, initial))
        return self.texts.popleft() if self.texts else None

    def save_path(self, parent, title, suggested, file_filter):
        self.shown.append(("save_path", title, suggested))
        return self.save_paths.popleft() if self.save_paths else None

    def last(self, kind: str) -> tuple[str, str]:
        matching = [(title, text) for shown_kind, title, text in self.shown if shown_kind == kind]
        assert matching, f"nothing of kind {kind!r} was shown; shown: {self.shown}"
        return matching[-1]
