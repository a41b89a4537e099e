from copro_desktop.ui.contrast import contrast_ratio
from copro_desktop.ui.theme import AUDIENCE_ACCENT, AUDIENCE_BACKGROUND, AUDIENCE_TEXT


def test_known_ratios():
    assert round(contrast_ratio("#FFFFFF", "#000000"), 1) == 21.0
    assert round(contrast_ratio("#777777", "#FFFFFF"), 1) == 4.5


def test_projector_colours_are_at_least_seven_to_one():
    assert contrast_ratio(AUDIENCE_TEXT, AUDIENCE_BACKGROUND) >= 7
    assert contrast_ratio(AUDIENCE_ACCENT, AUDIENCE_BACKGROUND) >= 7


def test_scroll_bar_handles_stand_out_from_the_list_behind_them():
    from copro_desktop.ui.theme import SCROLL_HANDLE, SCROLL_HANDLE_ACTIVE

    for handle in (SCROLL_HANDLE, SCROLL_HANDLE_ACTIVE):
        assert contrast_ratio(handle, "#FFFFFF") >= 3  # a part of a control: at least 3 to 1
