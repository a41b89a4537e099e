from copro_desktop.ui.contrast import contrast_ratio
from copro_desktop.ui.theme import AUDIENCE_ACCENT, AUDIENCE_BACKGROUND, AUDIENCE_TEXT


def test_known_ratios():
    assert round(contrast_ratio("#FFFFFF", "#000000"), 1) == 21.0
    assert round(contrast_ratio("#777777", "#FFFFFF"), 1) == 4.5


def test_projector_colours_are_at_least_seven_to_one():
    assert contrast_ratio(AUDIENCE_TEXT, AUDIENCE_BACKGROUND) >= 7
    assert contrast_ratio(AUDIENCE_ACCENT, AUDIENCE_BACKGROUND) >= 7
