import os

# Headless, whatever machine runs the tests. Set before any Qt application exists.
os.environ["QT_QPA_PLATFORM"] = "offscreen"

from datetime import date  # noqa: E402

import pytest  # noqa: E402

from copro_desktop.db.opening import open_database  # noqa: E402
from copro_desktop.paths import DataPaths  # noqa: E402
from tests.fakes import FakePrompts  # noqa: E402


# Fixtures that mean a test needs a QApplication and widgets.
_GUI_FIXTURES = {"qapp", "qtbot", "window"}
# Whole folders whose tests start the real app, which shows windows.
_GUI_FOLDERS = {"e2e"}


def pytest_collection_modifyitems(config, items):
    """Mark every test that needs widgets `gui`, so `-m "not gui"` runs the rules and storage alone."""
    for item in items:
        folder = item.path.parent.name
        if _GUI_FIXTURES & set(getattr(item, "fixturenames", ())) or folder in _GUI_FOLDERS:
            item.add_marker(pytest.mark.gui)


@pytest.fixture(scope="session")
def qapp(qapp):
    """pytest-qt's application, in the facilitator's theme. Only tests that ask for widgets pay for it."""
    from copro_desktop.ui.theme import apply_facilitator_theme

    apply_facilitator_theme(qapp)
    return qapp


# A modal window still open this long has been forgotten by its test (seconds).
STRAY_DIALOG_SECONDS = 30


@pytest.fixture(autouse=True)
def _dialogs_are_answered(request):
    """Widget tests fail, rather than hang, when a modal window opens that nobody answers, and
    when they waited for a dialog that never opened (instead of the wait running into the next test)."""
    if request.node.get_closest_marker("gui") is None or "qapp" not in request.fixturenames:
        yield
        return
    from tests.helpers import StrayDialogWatch, stop_waiting

    watch = StrayDialogWatch(STRAY_DIALOG_SECONDS)
    yield
    closed, never = watch.stop(), stop_waiting()
    if closed:
        pytest.fail(f"A window was left waiting for an answer and was closed: {', '.join(closed)}")
    if never:
        pytest.fail(f"The test waited for a dialog that never opened: {', '.join(never)}")


@pytest.fixture
def paths(tmp_path) -> DataPaths:
    return DataPaths(tmp_path / "data")


@pytest.fixture
def engine(paths):
    engine = open_database(paths)
    yield engine
    engine.dispose()


@pytest.fixture
def prompts() -> FakePrompts:
    return FakePrompts()


@pytest.fixture
def services(engine):
    from copro_desktop.agreements.service import AgreementService
    from copro_desktop.groups.service import GroupService

    return GroupService(engine), AgreementService(engine)


@pytest.fixture
def group(services):
    groups, _ = services
    return groups.create_group("Peer support design group", "To design the new peer support service together.")


@pytest.fixture
def agree(services, group):
    """Propose an agreement in the group and mark it agreed: `agree("We listen")`."""
    _, agreements = services

    def make(text: str, **extra):
        agreement = agreements.propose(group.id, text, **extra)
        agreements.change(agreement.id, status="agreed")
        return agreements.get(agreement.id)

    return make


@pytest.fixture
def agreed_agreements(agree):
    """A group with three agreed agreements, in this order."""
    return [agree(text) for text in ("We listen", "We take breaks", "We use plain words")]


@pytest.fixture
def meeting(services, group):
    groups, _ = services
    planned = groups.plan_meeting(group.id, "March meeting", date(2026, 3, 4), "Community centre", "Plan the service")
    return groups.set_meeting_status(planned.id, "in_progress")


@pytest.fixture
def window(qtbot, engine, prompts):
    from copro_desktop.shell.main_window import MainWindow

    main = MainWindow(engine, prompts)
    qtbot.addWidget(main)
    main.show()
    main.activateWindow()
    # As on a desktop, the window has the keyboard before anyone types. (qtbot.waitActive and
    # waitExposed are context managers: called bare, they do not wait at all.)
    qtbot.waitUntil(main.isActiveWindow)
    yield main
    main.close()
