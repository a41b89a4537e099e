"""A stand-in for every question the app asks, so tests answer without a real dialog."""

from collections import deque

from copro_desktop.text_rules import InvalidInput


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
        # Like the real question, an unanswered one takes the safe answer: a test that wants
        # the change must say yes on purpose.
        return self.confirmations.popleft() if self.confirmations else False

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

    def ask_text(self, parent, title, label, initial="", check=None):
        """Answers with the next queued words. Words `check` refuses are shown as the real box
        shows them, then the facilitator gives up (None), as they could not press OK."""
        self.shown.append(("ask_text", title, initial))
        text = self.texts.popleft() if self.texts else None
        if text is not None and check is not None:
            try:
                check(text)
            except InvalidInput as problem:
                self.shown.append(("refused", title, str(problem)))
                return None
        return text

    def save_path(self, parent, title, suggested, file_filter):
        self.shown.append(("save_path", title, suggested))
        return self.save_paths.popleft() if self.save_paths else None

    def last(self, kind: str) -> tuple[str, str]:
        matching = [(title, text) for shown_kind, title, text in self.shown if shown_kind == kind]
        assert matching, f"nothing of kind {kind!r} was shown; shown: {self.shown}"
        return matching[-1]
