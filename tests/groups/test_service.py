from datetime import date

import pytest

from copro_desktop.text_rules import InvalidInput


def test_members_keep_their_words_exactly_including_emoji_and_right_to_left(services, group):
    groups, _ = services
    groups.add_member(group.id, "  Sam 🌻 ", "lived_experience", "Needs step-free access")
    groups.add_member(group.id, "مريم", "carer")
    names = [m.display_name for m in groups.members(group.id)]
    assert names == ["Sam 🌻", "مريم"]


def test_bad_member_input_is_refused_in_plain_words(services, group):
    groups, _ = services
    with pytest.raises(InvalidInput, match="Please write the name first"):
        groups.add_member(group.id, "   ", "carer")
    with pytest.raises(InvalidInput, match="too long"):
        groups.add_member(group.id, "x" * 500, "carer")
    assert groups.members(group.id) == []


def test_only_one_meeting_of_a_group_happens_at_a_time(services, group):
    groups, _ = services
    first = groups.plan_meeting(group.id, "First", date(2026, 1, 6))
    second = groups.plan_meeting(group.id, "Second", date(2026, 1, 20))
    groups.set_meeting_status(first.id, "in_progress")
    groups.set_meeting_status(second.id, "in_progress")
    assert groups.meeting(first.id).status == "finished"
    assert groups.current_meeting(group.id).id == second.id


def test_attendance_is_kept_per_meeting_and_goes_with_a_removed_member(services, group, meeting):
    groups, _ = services
    ali = groups.add_member(group.id, "Ali", "professional")
    bea = groups.add_member(group.id, "Bea", "carer")
    groups.set_attended(meeting.id, ali.id, True)
    groups.set_attended(meeting.id, bea.id, True)
    groups.set_attended(meeting.id, bea.id, False)
    assert groups.attendees(meeting.id) == {ali.id}
    groups.remove_member(ali.id)
    assert groups.attendees(meeting.id) == set()


def test_the_last_group_opened_is_remembered(services, group):
    groups, _ = services
    other = groups.create_group("Housing group")
    groups.remember_group(other.id)
    assert groups.last_group().id == other.id


def test_starting_a_meeting_returns_what_it_changed_so_undo_puts_both_back(services, group):
    groups, _ = services
    first = groups.plan_meeting(group.id, "First", date(2026, 3, 4))
    second = groups.plan_meeting(group.id, "Second", date(2026, 3, 18))
    groups.set_meeting_status(first.id, "in_progress")
    before = groups.change_meeting_status(second.id, "in_progress")
    assert before == {first.id: "in_progress", second.id: "planned"}
    groups.restore_meeting_statuses(before)
    assert (groups.meeting(first.id).status, groups.meeting(second.id).status) == ("in_progress", "planned")


def test_a_removal_that_must_not_touch_used_records_refuses_in_the_same_transaction(services, group, meeting):
    groups, _ = services
    ali = groups.add_member(group.id, "Ali", "professional")
    groups.set_attended(meeting.id, ali.id, True)
    with pytest.raises(LookupError, match="planning it cannot be undone"):
        groups.remove_meeting(meeting.id, unless_referenced="… so planning it cannot be undone.")
    assert groups.meeting(meeting.id) is not None and groups.attendees(meeting.id) == {ali.id}
    unused = groups.plan_meeting(group.id, "Unused", date(2026, 6, 1))
    groups.remove_meeting(unused.id, unless_referenced="never said")
    assert groups.meeting(unused.id) is None
