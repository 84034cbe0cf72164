"""What Qt says goes into the kiosk's log at the right level: routine messages do not raise alarms."""

from __future__ import annotations

import logging

from PySide6.QtCore import QtMsgType

from kiosk.ui.app import qt_log_level

HOLDER = "qt.multimedia.ffmpeg.mediadataholder"


def test_a_player_closed_while_its_file_opens_is_routine_not_a_warning() -> None:
    message = "Could not open media. FFmpeg error description: Immediate exit requested"
    assert qt_log_level(QtMsgType.QtWarningMsg, HOLDER, message) == logging.DEBUG


def test_a_file_that_cannot_be_opened_is_still_a_warning() -> None:
    message = "Could not open media. FFmpeg error description: Invalid data found when processing input"
    assert qt_log_level(QtMsgType.QtWarningMsg, HOLDER, message) == logging.WARNING
    # The same words from another source are not routine either.
    assert qt_log_level(QtMsgType.QtWarningMsg, "qml", "Immediate exit requested") == logging.WARNING


def test_qt_levels_map_to_log_levels() -> None:
    assert qt_log_level(QtMsgType.QtInfoMsg, "qml", "x") == logging.INFO
    assert qt_log_level(QtMsgType.QtCriticalMsg, "qml", "x") == logging.ERROR
