"""Finds every feature's declaration: each package with a `feature.py` holding FEATURE or FEATURES.

Adding a panel means adding a folder with a `feature.py`; nothing here or in the main window changes.
"""

import importlib
import importlib.util
import pkgutil

import copro_desktop
from copro_desktop.ui.declaration import AudienceSpec, Feature, Spine

# The Ctrl+number shortcuts go to the panels in order; past nine, a panel is reached from the menu.
NUMBERED_PANELS = 9


def _declarations():
    for package in pkgutil.iter_modules(copro_desktop.__path__):
        name = f"copro_desktop.{package.name}.feature"
        if package.ispkg and importlib.util.find_spec(name) is not None:
            yield importlib.import_module(name)


def discover() -> list[Feature]:
    found: list[Feature] = []
    for module in _declarations():
        found.extend(module.FEATURES if hasattr(module, "FEATURES") else [module.FEATURE])
    return sorted(found, key=lambda feature: feature.order)


def spine() -> Spine:
    """The one feature that declares what the others hang on (the group and its meetings)."""
    [found] = [module.SPINE for module in _declarations() if hasattr(module, "SPINE")]
    return found


def audience_specs(features: list[Feature]) -> dict[str, AudienceSpec]:
    """Every view the room may be sent, once each, by key."""
    specs: dict[str, AudienceSpec] = {}
    for feature in features:
        for spec in (feature.audience, *feature.more_audiences):
            if spec is not None:
                specs.setdefault(spec.key, spec)
    return specs


def check(features: list[Feature]) -> None:
    """Two features may not claim one key: the navigation, menus and projector find them by key."""
    keys = [feature.key for feature in features]
    if len(keys) != len(set(keys)):
        raise ValueError(f"Two features share a key: {sorted(keys)}")
