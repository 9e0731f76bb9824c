"""A process that types into the interview recorder until it is killed (the kill test).

    python -m tests.ui.autosave_child DATA_DIR CASE_NUMBER USERNAME

The raw database key comes hex-encoded in the environment variable
``PANA_TEST_KEY`` (never on the command line, where other users could see it).
Prints, one per line and flushed at once:

    READY             the recorder is open
    TYPED <n>         after each chunk; n = characters of the answer typed so far
    SAVED <n>         the status label says the draft was saved, with all n characters
    IDLE              the extra typing is done; waiting to be killed
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

QUESTION = "Why did you leave your country?"
#: Typed one chunk at a time, with pauses shorter than the autosave delay.
ANSWER_CHUNKS = [
    "In 2018 the police came to our house ",
    "and took my brother away. ",
    "Nobody told us where he was. ",
    "A month later I was called to the township office ",
    "and told I would go for study. ",
]
#: Typed after the draft with everything above was saved; may be lost at the kill.
EXTRA_CHUNKS = ["I left ", "the same ", "week."]
CHUNK_PAUSE_MS = 300
SAVE_TIMEOUT_MS = 15000


def _say(*parts) -> None:
    print(*parts, flush=True)


def main(argv: list[str]) -> int:
    data_dir, number, username = argv[:3]
    from PySide6.QtCore import QElapsedTimer
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication
    from sqlalchemy import select

    from app.db.audit import Actor
    from app.db.keyfile import KeyFile
    from app.db.models import User
    from app.db.store import Store, StorePaths
    from app.ui.casefile.interviews import InterviewRecorder
    from app.ui.casefile.section import CaseContext

    app = QApplication(["autosave-child"])
    paths = StorePaths(Path(data_dir))
    store = Store.open_with_key(paths, KeyFile.load(paths.keys),
                                bytes.fromhex(os.environ["PANA_TEST_KEY"]))
    with store.uow(readonly=True) as uow:
        user = uow.session.execute(select(User).where(User.username == username)).scalar_one()
        actor = Actor(user.id, user.username, user.role)
    recorder = InterviewRecorder(CaseContext(store, actor, number))
    recorder.show()
    QTest.qWaitForWindowExposed(recorder)
    entry = recorder.entries[0]
    _say("READY")
    QTest.keyClicks(entry.question, QUESTION)
    typed = 0
    for chunk in ANSWER_CHUNKS:
        QTest.keyClicks(entry.answer, chunk)
        typed += len(chunk)
        _say("TYPED", typed)
        QTest.qWait(CHUNK_PAUSE_MS)

    # Wait for the draft that holds everything typed so far (the delayed save).
    clock = QElapsedTimer()
    clock.start()
    while recorder.autosave.stale or not recorder.status.text().startswith("Draft saved"):
        if clock.elapsed() > SAVE_TIMEOUT_MS:
            _say("NOT-SAVED", recorder.status.text())
            return 1
        QTest.qWait(50)
    _say("SAVED", typed)

    # Keep typing for about a second, then wait to be killed mid-work.
    for chunk in EXTRA_CHUNKS:
        QTest.keyClicks(entry.answer, chunk)
        typed += len(chunk)
        _say("TYPED", typed)
        QTest.qWait(1000 // len(EXTRA_CHUNKS))
    _say("IDLE")
    return app.exec()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
