import os

# Headless, whatever machine runs the tests. Set before any Qt application exists.
os.environ["QT_QPA_PLATFORM"] = "offscreen"

from datetime import date  # noqa: E402

import pytest  # noqa: E402

from copro_desktop.db.opening import open_database  # noqa: E402
from copro_desktop.paths import DataPaths  # noqa: E402
from tests.fakes import FakePrompts  # noqa: E402


@pytest.fixture(scope="session", autouse=True)
def _theme(qapp):
    from copro_desktop.ui.theme import apply_facilitator_theme

    apply_facilitator_theme(qapp)


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
    qtbot.waitExposed(main)
    yield main
    main.close()
