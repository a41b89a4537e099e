"""The Agreements feature, declared once: the shell builds its navigation, projector view and print from this."""

from copro_desktop.i18n import QT_TRANSLATE_NOOP
from copro_desktop.ui.declaration import AudienceSpec, Feature, PrintSpec


def _panel(context):
    from copro_desktop.agreements.panel import AgreementsPanel

    return AgreementsPanel(context)


def _audience(context):
    from copro_desktop.agreements.audience import AgreementsAudience
    from copro_desktop.agreements.model import agreements_model
    from copro_desktop.agreements.revisit import revisit_presenter

    return AgreementsAudience(agreements_model(context), revisit_presenter(context))


def _poster(context, paper: str):
    from copro_desktop.agreements.model import agreements_model
    from copro_desktop.printing.agreements_poster import build_agreements_poster  # ReportLab loads here

    return build_agreements_poster(agreements_model(context).service, context.group, paper)


FEATURE = Feature(
    key="agreements",
    title=QT_TRANSLATE_NOOP("Features", "Agreements"),
    order=10,
    make_panel=_panel,
    audience=AudienceSpec("agreements", QT_TRANSLATE_NOOP("Features", "Agreements"), _audience),
    prints=(
        PrintSpec(
            "agreements-poster",
            QT_TRANSLATE_NOOP("Features", "&Agreements poster…"),
            QT_TRANSLATE_NOOP("Features", "Agreements"),
            _poster,
            "Ctrl+P",
        ),
    ),
    help=QT_TRANSLATE_NOOP(
        "Features",
        "The group's own ground rules, in its own words. At the start of each meeting, revisit them "
        "together on the projector: keep, change or retire each one.",
    ),
)
