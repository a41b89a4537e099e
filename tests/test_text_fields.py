"""Every text field of every service, with any text, through the real services and a real database."""

import re
from datetime import date
from functools import partial
from types import SimpleNamespace

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import inspect, text

from copro_desktop.agreements import rules as agreement_rules
from copro_desktop.groups import rules as group_rules
from copro_desktop.text_rules import InvalidInput, clean_text

LIVED = "lived_experience"
DAY = date(2026, 5, 6)
FAMILY = "\U0001f468\u200d\U0001f469\u200d\U0001f467\u200d\U0001f466"

# Any code point (surrogates too), plus the line breaks, blanks and joiners that caused trouble.
PIECES = st.one_of(
    st.characters(codec=None, blacklist_categories=()),
    st.sampled_from(["\r\n", "\r", "\x85", "\u2028", "\x0b", "\u200b", "\u3164", "\u200f", "\u0301", FAMILY, " "]),
)
ANY_TEXT = st.one_of(
    st.lists(PIECES, max_size=40).map("".join),
    st.tuples(st.lists(PIECES, min_size=1, max_size=8).map("".join), st.integers(1, 400)).map(lambda p: p[0] * p[1]),
)


def field(what, limit, multiline, required=True):
    return partial(clean_text, what=what, limit=limit, multiline=multiline, required=required)


GROUP_NAME = field("group's name", group_rules.GROUP_NAME_LIMIT, False)
PURPOSE = field("purpose", group_rules.PURPOSE_LIMIT, True, required=False)
NAME = field("name", group_rules.DISPLAY_NAME_LIMIT, False)
ACCESS = field("access needs", group_rules.ACCESS_NEEDS_LIMIT, True, required=False)
TITLE = field("meeting's title", group_rules.TITLE_LIMIT, False)
VENUE = field("venue", group_rules.VENUE_LIMIT, False, required=False)
AGREEMENT = field("agreement", agreement_rules.TEXT_LIMIT, True)


def nothing(s):
    return None


def a_member(s):
    return s.groups.add_member(s.group.id, "Sam", LIVED).id


def a_meeting(s):
    return s.groups.plan_meeting(s.group.id, "May", DAY).id


def an_agreement(s):
    return s.agreements.propose(s.group.id, "We listen.").id


def an_agreed_agreement(s):
    agreement_id = an_agreement(s)
    s.agreements.change(agreement_id, status="agreed")
    return agreement_id


def member(s, member_id):
    return next(m for m in s.groups.members(s.group.id) if m.id == member_id)


# (expected cleaning, make what is changed, write the value -> id of what was made, read it back)
FIELDS = {
    "create_group name": (GROUP_NAME, nothing, lambda s, _, v: s.groups.create_group(v, "").id,
                          lambda s, i: s.groups.group(i).name),
    "create_group purpose": (PURPOSE, nothing, lambda s, _, v: s.groups.create_group("G", v).id,
                             lambda s, i: s.groups.group(i).purpose),
    "update_group name": (GROUP_NAME, lambda s: s.group.id, lambda s, i, v: s.groups.update_group(i, v, "P"),
                          lambda s, i: s.groups.group(i).name),
    "update_group purpose": (PURPOSE, lambda s: s.group.id, lambda s, i, v: s.groups.update_group(i, "G", v),
                             lambda s, i: s.groups.group(i).purpose),
    "add_member name": (NAME, nothing, lambda s, _, v: s.groups.add_member(s.group.id, v, LIVED, "").id,
                        lambda s, i: member(s, i).display_name),
    "add_member access needs": (ACCESS, nothing, lambda s, _, v: s.groups.add_member(s.group.id, "Sam", LIVED, v).id,
                                lambda s, i: member(s, i).access_needs),
    "update_member name": (NAME, a_member, lambda s, i, v: s.groups.update_member(i, v, LIVED, ""),
                           lambda s, i: member(s, i).display_name),
    "update_member access needs": (ACCESS, a_member, lambda s, i, v: s.groups.update_member(i, "Sam", LIVED, v),
                                   lambda s, i: member(s, i).access_needs),
    "plan_meeting title": (TITLE, nothing, lambda s, _, v: s.groups.plan_meeting(s.group.id, v, DAY, "", "").id,
                           lambda s, i: s.groups.meeting(i).title),
    "plan_meeting venue": (VENUE, nothing, lambda s, _, v: s.groups.plan_meeting(s.group.id, "M", DAY, v, "").id,
                           lambda s, i: s.groups.meeting(i).venue),
    "plan_meeting purpose": (PURPOSE, nothing, lambda s, _, v: s.groups.plan_meeting(s.group.id, "M", DAY, "", v).id,
                             lambda s, i: s.groups.meeting(i).purpose),
    "update_meeting title": (TITLE, a_meeting, lambda s, i, v: s.groups.update_meeting(i, v, DAY, "", ""),
                             lambda s, i: s.groups.meeting(i).title),
    "update_meeting venue": (VENUE, a_meeting, lambda s, i, v: s.groups.update_meeting(i, "M", DAY, v, ""),
                             lambda s, i: s.groups.meeting(i).venue),
    "update_meeting purpose": (PURPOSE, a_meeting, lambda s, i, v: s.groups.update_meeting(i, "M", DAY, "", v),
                               lambda s, i: s.groups.meeting(i).purpose),
    "propose": (AGREEMENT, nothing, lambda s, _, v: s.agreements.propose(s.group.id, v).id,
                lambda s, i: s.agreements.get(i).text),
    "change": (AGREEMENT, an_agreement, lambda s, i, v: s.agreements.change(i, text=v),
               lambda s, i: s.agreements.get(i).text),
    "record_review": (AGREEMENT, an_agreed_agreement,
                      lambda s, i, v: s.agreements.record_review(s.meeting.id, i, "changed", v),
                      lambda s, i: (s.agreements.get(i).text, s.agreements.reviews(s.meeting.id)[i].new_text)),
}  # fmt: skip


def everything_stored(engine):
    with engine.connect() as connection:
        return {
            table: sorted(map(repr, connection.execute(text(f'SELECT * FROM "{table}"'))))
            for table in inspect(engine).get_table_names()
        }


@pytest.mark.parametrize("name", FIELDS)
@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(value=ANY_TEXT)
def test_a_field_stores_exactly_the_cleaned_text_or_nothing(engine, services, group, meeting, name, value):
    expected, prepare, write, read = FIELDS[name]
    s = SimpleNamespace(groups=services[0], agreements=services[1], group=group, meeting=meeting)
    target = prepare(s)
    before = everything_stored(engine)
    try:
        made = write(s, target, value)
    except InvalidInput as refused:
        assert everything_stored(engine) == before
        with pytest.raises(InvalidInput, match=f"^{re.escape(str(refused))}$"):
            expected(value)
        return
    stored = read(s, made if target is None else target)
    cleaned = expected(value)
    assert stored == ((cleaned, cleaned) if name == "record_review" else cleaned)
