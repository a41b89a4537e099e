"""What the room sees of the agreements: large, high-contrast, and nothing private."""

from PySide6.QtWidgets import QWidget

from copro_desktop.agreements.model import AgreementsModel
from copro_desktop.agreements.revisit import RevisitPresenter
from copro_desktop.agreements.rules import outcome_label
from copro_desktop.i18n import translate
from copro_desktop.ui.audience import AudienceView, Block

# The model's own signals say what changed; any of them may change what the room sees.
_MODEL_SIGNALS = ("rowsInserted", "rowsRemoved", "rowsMoved", "dataChanged", "modelReset", "layoutChanged")


class AgreementsAudience(AudienceView):
    """The group's agreed agreements, or the one being revisited. Only agreed words: never who proposed them."""

    def __init__(self, model: AgreementsModel, revisit: RevisitPresenter, parent: QWidget | None = None):
        super().__init__(translate("AgreementsAudience", "Agreements"), parent)
        self.model = model
        self.revisit = revisit
        for name in _MODEL_SIGNALS:
            getattr(model, name).connect(self.refresh)
        revisit.changed.connect(self.refresh)

    def _revisiting(self) -> bool:
        return self.revisit.active and self.revisit.current() is not None

    def heading(self) -> str:
        if self._revisiting():
            return translate("AgreementsAudience", "Revisiting our agreements: {number} of {total}").format(
                number=self.revisit.index + 1, total=len(self.revisit.agreement_ids)
            )
        return translate("AgreementsAudience", "Our agreements")

    def short_heading(self) -> str:
        if self._revisiting():  # the count matters more than the words around it
            return translate("AgreementsAudience", "{number} of {total}").format(
                number=self.revisit.index + 1, total=len(self.revisit.agreement_ids)
            )
        return self.heading()

    def blocks(self) -> list[Block]:
        if self._revisiting():
            return self._revisit_blocks()
        agreed = self.model.agreed()
        if not agreed:
            return [
                Block(
                    translate(
                        "AgreementsAudience",
                        "We have not agreed anything yet. The group writes its agreements together.",
                    )
                )
            ]
        numbered = translate("AgreementsAudience", "{number}.  {agreement}")
        name = translate("AgreementsAudience", "Agreement {number}")
        return [
            Block(numbered.format(number=number, agreement=agreement.text), name=name.format(number=number))
            for number, agreement in enumerate(agreed, start=1)
        ]

    def _revisit_blocks(self) -> list[Block]:
        review = self.revisit.current_review()
        words = self.revisit.current().text
        if review is None:
            return [
                Block(words, scale=1.4, bold=True, keep_visible=True),
                Block(translate("AgreementsAudience", "Do we keep it, change it, or retire it?"), scale=0.9),
            ]
        # Decided: the question is answered, so the decision takes its place, and if the words fill
        # the page (the largest text), the room is shown the page with the decision.
        decided = translate("AgreementsAudience", "Decided: {outcome}").format(outcome=outcome_label(review.outcome))
        return [Block(words, scale=1.4, bold=True), Block(decided, scale=0.9, accent=True, keep_visible=True)]
