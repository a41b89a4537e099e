import sqlite3

from sqlalchemy.exc import OperationalError

from copro_desktop.errors import friendly_message
from copro_desktop.text_rules import InvalidInput


def test_a_full_disk_is_named_plainly_and_says_what_is_safe():
    error = OperationalError("INSERT", {}, sqlite3.OperationalError("database or disk is full"))
    message = friendly_message(error)
    assert "disk is full" in message and "Everything before it is safe" in message
    assert "OperationalError" not in message and "INSERT" not in message


def test_an_unexpected_error_points_to_the_log_without_details(tmp_path):
    message = friendly_message(RuntimeError("secret feedback text"), tmp_path / "copro-desktop.log")
    assert "secret feedback text" not in message
    assert str(tmp_path / "copro-desktop.log") in message


def test_refused_input_is_shown_as_it_is():
    assert friendly_message(InvalidInput("Please write the agreement first.")) == "Please write the agreement first."


def test_the_log_is_private_and_a_folder_that_cannot_be_made_logs_nowhere(tmp_path):
    import logging
    import os

    from copro_desktop.errors import set_up_logging
    from copro_desktop.paths import DataPaths

    logger = logging.getLogger("copro_desktop")
    before = list(logger.handlers)
    try:
        log_file = set_up_logging(DataPaths(tmp_path / "data"))
        logger.info("written")
        if os.name != "nt":
            assert log_file.stat().st_mode & 0o777 == 0o600
        (tmp_path / "a-file").write_text("")
        assert set_up_logging(DataPaths(tmp_path / "a-file" / "data")) is None  # no traceback either
    finally:
        for handler in set(logger.handlers) - set(before):
            logger.removeHandler(handler)
            handler.close()
