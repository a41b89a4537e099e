"""The agreements poster: the right words, in the bundled typeface, large enough to read."""

from datetime import date
from io import BytesIO

import pytest
from pypdf import PdfReader

from copro_desktop.printing.agreements_poster import build_agreements_poster


@pytest.fixture
def agreed(services, group, agree):
    _, agreements = services
    for text in ("We listen when someone is speaking", "We can take a break at any time", "We challenge ideas, not people"):
        agree(text)
    agreements.propose(group.id, "Only proposed, not agreed")
    retired = agreements.propose(group.id, "Retired one")
    agreements.change(retired.id, status="retired")
    return agreements


def read(pdf: bytes):
    reader = PdfReader(BytesIO(pdf))
    sizes, fonts, text = [], set(), []
    for page in reader.pages:

        def visit(chunk, cm, tm, font, size):
            if chunk.strip():
                sizes.append(size * abs(tm[3]) if tm[3] else size)
                fonts.add(str(font.get("/BaseFont")) if font else "")

        text.append(page.extract_text(visitor_text=visit))
    return reader, "\n".join(text), sizes, fonts


def test_only_agreed_agreements_in_order_with_group_and_date(agreed, group):
    poster = build_agreements_poster(agreed, group, printed_on=date(2026, 3, 4))
    reader, text, _, _ = read(poster.pdf)
    flat = " ".join(text.split())
    assert "Our agreements" in flat and group.name in flat
    positions = [flat.index(t) for t in ("We listen when", "We can take a break", "We challenge ideas")]
    assert positions == sorted(positions)
    assert "Only proposed" not in flat and "Retired one" not in flat
    assert "Printed on Wednesday 4 March 2026" in flat
    assert f"Page 1 of {poster.pages}" in flat
    assert "OpenMoji" in flat  # the picture's licence asks for credit
    assert len(reader.pages) == poster.pages == 1


def test_bundled_typeface_and_large_print(agreed, group):
    _, _, sizes, fonts = read(build_agreements_poster(agreed, group).pdf)
    assert all("AtkinsonHyperlegible" in font for font in fonts), fonts
    body_sizes = [s for s in sizes if s >= 14]
    assert max(sizes) >= 40  # the title
    # The agreements themselves are large print; only the picture credit line is small.
    assert sorted(set(sizes))[:2] == [10, 14]
    assert len(body_sizes) > len(sizes) - 3


def test_long_lists_run_onto_more_pages_with_page_numbers(services, group, agree):
    _, agreements = services
    for number in range(25):
        agree(f"Agreement number {number + 1}, which takes a whole line or more.")
    poster = build_agreements_poster(agreements, group, paper="Letter")
    _, text, _, _ = read(poster.pdf)
    assert poster.pages > 1
    assert f"Page {poster.pages} of {poster.pages}" in " ".join(text.split())
    assert "Agreement number 25" in text


def test_characters_the_typeface_lacks_are_left_out_and_reported(services, group, agree):
    _, agreements = services
    agree("We smile 🙂 and we listen")
    poster = build_agreements_poster(agreements, group)
    _, text, _, _ = read(poster.pdf)
    assert poster.left_out == {"🙂"}
    assert "We smile and we listen" in " ".join(text.split())


def test_an_empty_group_gets_a_kind_sentence(services, group):
    _, agreements = services
    _, text, _, _ = read(build_agreements_poster(agreements, group).pdf)
    assert "We have not agreed anything yet" in " ".join(text.split())
