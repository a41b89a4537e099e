"""Only one copy of the app works on a data folder at a time; a second start brings the first forward."""

import enum
import getpass
import hashlib
import logging
import os
from pathlib import Path

from PySide6.QtCore import QEventLoop, QLockFile, QObject, QTimer, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

log = logging.getLogger(__name__)

LOCK_NAME = "copro.lock"
REQUEST = b"come-forward\n"
ANSWER = b"ok\n"
RETRY_MS = 100


class Outcome(enum.StrEnum):
    ACQUIRED = "acquired"  # this copy owns the folder
    BROUGHT_FORWARD = "brought_forward"  # another copy owns it and said it came forward
    NOT_ANSWERING = "not_answering"  # another copy owns it but did not answer in time
    CANNOT_LOCK = "cannot_lock"  # the folder cannot be written: go on read-only


def server_name(folder: Path) -> str:
    """Same folder and user give the same name; hashed so it is a valid name on every platform."""
    try:
        user = getpass.getuser()
    except Exception:  # no login name (odd containers): the folder alone still works
        user = ""
    key = f"{os.path.normcase(str(folder.resolve()))}\0{user}"
    return "copro-desktop-" + hashlib.sha256(key.encode()).hexdigest()[:16]


class SingleInstance(QObject):
    """Holds the folder's lock file and listens for later copies asking this one to come forward."""

    comeForward = Signal()

    def __init__(self, folder: Path, answer_timeout_ms: int = 3000, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.folder = folder
        self.name = server_name(folder)
        self.answer_timeout_ms = answer_timeout_ms
        self._lock = QLockFile(str(folder / LOCK_NAME))
        # The app holds the lock for hours, so age must never make it stale; a dead PID on this
        # host (or a reboot) still does: QLockFile checks that by itself.
        self._lock.setStaleLockTime(0)
        self._server: QLocalServer | None = None

    @property
    def holds_lock(self) -> bool:
        return self._lock.isLocked()

    def acquire(self) -> Outcome:
        """Take the folder, or ask the copy that has it to come forward. Never raises."""
        if self._lock.isLocked():
            return Outcome.ACQUIRED
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
        except OSError as problem:
            log.warning("Cannot create %s: %s", self.folder, problem)
            return Outcome.CANNOT_LOCK
        if self._lock.tryLock(0):
            self._listen()
            return Outcome.ACQUIRED
        if self._lock.error() != QLockFile.LockError.LockFailedError:
            # Permission denied, read-only disk, ...: no lock can be made, not a sign of another copy.
            log.warning("Cannot lock %s: %s", self.folder, self._lock.error())
            return Outcome.CANNOT_LOCK
        return self._ask_owner()

    def release(self) -> None:
        if self._server is not None:
            self._server.close()
            self._server.deleteLater()
            self._server = None
        self._lock.unlock()  # does nothing if not locked

    # The copy that owns the folder.

    def _listen(self) -> None:
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)  # only this user may ask
        if not server.listen(self.name) and server.serverError() == QLocalSocket.LocalSocketError.AddressInUseError:
            # A crashed copy left its socket file behind. We hold the lock, so no live copy owns it.
            QLocalServer.removeServer(self.name)
            server.listen(self.name)
        if not server.isListening():
            # Still usable: a later copy will say this one is not answering.
            log.warning("Cannot listen on %s: %s", self.name, server.errorString())
        server.newConnection.connect(self._on_new_connection)
        self._server = server

    def _on_new_connection(self) -> None:
        while self._server is not None and (socket := self._server.nextPendingConnection()) is not None:
            socket.disconnected.connect(socket.deleteLater)
            received = bytearray()

            def on_ready_read(socket=socket, received=received) -> None:
                received.extend(socket.readAll().data())
                if b"\n" not in received:
                    if len(received) > 256:  # not one of ours
                        socket.abort()
                    return
                if bytes(received) == REQUEST:
                    self.comeForward.emit()
                    socket.write(ANSWER)
                    socket.flush()
                socket.disconnectFromServer()

            socket.readyRead.connect(on_ready_read)
            if socket.bytesAvailable():
                on_ready_read()

    # A later copy.

    def _ask_owner(self) -> Outcome:
        """Waits in a local event loop, not waitFor*(), so an owner in this same thread can answer too."""
        loop = QEventLoop()
        deadline = QTimer()
        deadline.setSingleShot(True)
        deadline.timeout.connect(loop.quit)
        deadline.start(self.answer_timeout_ms)
        while deadline.isActive():
            answered = self._ask_once(loop)
            if answered is not None:
                return Outcome.BROUGHT_FORWARD if answered else Outcome.NOT_ANSWERING
            # No server yet: the owner may have just taken the lock. Try again shortly.
            pause = QEventLoop()
            QTimer.singleShot(RETRY_MS, pause.quit)
            pause.exec()
        return Outcome.NOT_ANSWERING

    def _ask_once(self, loop: QEventLoop) -> bool | None:
        """True if heard "ok", False if connected but no answer, None if nothing listens yet."""
        socket = QLocalSocket(self)
        reply = bytearray()
        state = {"connected": False, "finished": False}

        def on_connected() -> None:
            state["connected"] = True
            socket.write(REQUEST)

        def finish(*_args) -> None:
            state["finished"] = True
            loop.quit()

        def on_ready_read() -> None:
            reply.extend(socket.readAll().data())
            if ANSWER in reply:
                finish()

        socket.connected.connect(on_connected)
        socket.readyRead.connect(on_ready_read)
        socket.disconnected.connect(finish)
        socket.errorOccurred.connect(finish)
        socket.connectToServer(self.name)  # may connect or fail before it returns
        if not state["finished"] and socket.state() != QLocalSocket.LocalSocketState.UnconnectedState:
            loop.exec()  # ends on answer, hang-up, error or the overall deadline
        socket.abort()
        socket.deleteLater()
        if ANSWER in reply:
            return True
        return False if state["connected"] else None
