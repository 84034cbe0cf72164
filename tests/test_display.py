"""kiosk.display.Shaped: items shaped on demand, once each."""

import pytest

from kiosk.display import Shaped


def test_items_are_shaped_when_asked_for_and_only_once() -> None:
    calls: list[int] = []

    def shape(x: int) -> str:
        calls.append(x)
        return f"<{x}>"

    rows = Shaped([10, 20, 30], shape)
    assert len(rows) == 3 and rows.made == 0 and calls == []
    assert rows[1] == "<20>" and rows[1] == "<20>" and calls == [20]
    assert rows[-1] == "<30>" and rows.made == 2
    assert list(rows) == ["<10>", "<20>", "<30>"] and calls == [20, 30, 10]
    assert rows[0:2] == ["<10>", "<20>"]
    with pytest.raises(IndexError):
        rows[3]
