import pytest
from sqlmodel import select

from copro_desktop.agreements.tables import AgreementChange
from copro_desktop.db.session import unit_of_work
from copro_desktop.text_rules import InvalidInput


def texts(agreements, group):
    return [(a.text, a.status) for a in agreements.agreements(group.id)]


def test_every_change_keeps_history_with_the_meeting(services, group, meeting):
    _, agreements = services
    listen = agreements.propose(group.id, "We listen", meeting_id=meeting.id)
    agreements.change(listen.id, status="agreed", meeting_id=meeting.id)
    agreements.change(listen.id, text="We listen to each other")
    kinds = [(h.change.kind, h.meeting_title) for h in agreements.history(listen.id)]
    assert kinds == [("proposed", "March meeting"), ("agreed", "March meeting"), ("edited", None)]


def test_reverting_a_change_restores_exactly_what_was_there(services, group):
    _, agreements = services
    listen = agreements.propose(group.id, "We listen")
    change = agreements.change(listen.id, text="We listen well", status="agreed")
    agreements.revert_change(change.id)
    assert texts(agreements, group) == [("We listen", "proposed")]
    assert [h.change.kind for h in agreements.history(listen.id)] == ["proposed"]


def test_reverting_a_proposal_removes_it_and_closes_the_gap(services, group):
    _, agreements = services
    agreements.propose(group.id, "One")
    two = agreements.propose(group.id, "Two")
    agreements.propose(group.id, "Three")
    agreements.revert_change(agreements.history(two.id)[0].change.id)
    assert [(a.text, a.position) for a in agreements.agreements(group.id)] == [("One", 0), ("Three", 1)]


def test_a_proposal_can_come_back_with_the_same_id_and_place(services, group):
    _, agreements = services
    agreements.propose(group.id, "One")
    two = agreements.propose(group.id, "Two")
    agreements.revert_change(agreements.history(two.id)[0].change.id)
    again = agreements.propose(group.id, "Two", agreement_id=two.id, position=two.position)
    assert again.id == two.id
    assert [a.text for a in agreements.agreements(group.id)] == ["One", "Two"]


def test_refused_changes_leave_nothing_behind(services, group):
    _, agreements = services
    listen = agreements.propose(group.id, "We listen")
    agreements.change(listen.id, status="retired")
    with pytest.raises(InvalidInput, match="Bring it back first"):
        agreements.change(listen.id, text="New words")
    with pytest.raises(InvalidInput, match="from “Retired” to “Agreed”"):
        agreements.change(listen.id, status="agreed")
    with pytest.raises(InvalidInput, match="Please write the agreement first"):
        agreements.propose(group.id, "  ")
    assert texts(agreements, group) == [("We listen", "retired")]
    assert agreements.change(listen.id, status="retired") is None  # nothing to change


def test_moving_reorders_the_whole_list(services, group):
    _, agreements = services
    ids = [agreements.propose(group.id, t).id for t in ("A", "B", "C")]
    assert agreements.move(ids[2], 0) == 2
    assert [a.text for a in agreements.agreements(group.id)] == ["C", "A", "B"]


def test_revisit_answers_change_the_agreement_and_can_be_replaced_or_undone(services, group, meeting):
    _, agreements = services
    listen = agreements.propose(group.id, "We listen")
    agreements.change(listen.id, status="agreed")
    first = agreements.record_review(meeting.id, listen.id, "changed", "We listen to each other")
    assert texts(agreements, group) == [("We listen to each other", "agreed")]
    second = agreements.record_review(meeting.id, listen.id, "retired")
    assert texts(agreements, group) == [("We listen", "retired")]
    assert agreements.reviews(meeting.id)[listen.id].outcome == "retired"
    agreements.undo_review(second)
    assert texts(agreements, group) == [("We listen to each other", "agreed")]
    agreements.undo_review(first)
    assert texts(agreements, group) == [("We listen", "agreed")]
    assert agreements.reviews(meeting.id) == {}
    with unit_of_work(agreements.engine) as session:
        left = session.exec(select(AgreementChange.kind)).all()
    assert sorted(left) == ["agreed", "proposed"]  # nothing left over from the revisit


def test_removing_a_member_keeps_their_proposal_without_the_name(services, group):
    groups, agreements = services
    sam = groups.add_member(group.id, "Sam", "lived_experience")
    proposal = agreements.propose(group.id, "We take breaks", proposed_by_id=sam.id)
    groups.remove_member(sam.id)
    assert agreements.get(proposal.id).proposed_by_id is None
