"""A title wrapped over several lines never ends on one word alone (kiosk.languages)."""

import pytest

from kiosk.languages import NO_BREAK_SPACE as NBSP
from kiosk.languages import no_lone_last_word


@pytest.mark.parametrize(
    ("text", "bound"),
    [
        (
            "Điện Biên Phủ 1954 — the view from the other side",
            f"Điện Biên Phủ 1954 — the view from the other{NBSP}side",
        ),
        ("Điện Biên Phủ 1954 — nhìn từ phía bên kia", f"Điện Biên Phủ 1954 — nhìn từ phía bên{NBSP}kia"),
        ("Điện Biên Phủ 1954 — vu de l'autre côté", f"Điện Biên Phủ 1954 — vu de l'autre{NBSP}côté"),
        # a dash between the last two words counts for none: both words stay with it
        ("The siege of the valley — 1954", f"The siege of the valley{NBSP}—{NBSP}1954"),
        ("Điện Biên Phủ", f"Điện Biên{NBSP}Phủ"),  # three words: the least that can leave one alone
    ],
)
def test_the_last_two_words_are_bound_in_every_language(text: str, bound: str) -> None:
    assert no_lone_last_word(text) == bound
    assert no_lone_last_word(bound) == bound  # twice changes nothing


@pytest.mark.parametrize(
    "text",
    [
        "",
        "Two words",
        "A title ending in Antidisestablishmentarianism-and-more",  # too long to keep together
    ],
)
def test_short_titles_and_long_last_words_are_left_as_they_are(text: str) -> None:
    assert no_lone_last_word(text) == text
