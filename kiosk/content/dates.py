"""Dates as curators write them (``1954-05-07``, ``1954-05``, ``~1954``, ``1954-03-30/1954-04-05``)
and as visitors read them, in each language."""

from __future__ import annotations

import re
from datetime import date

from kiosk.content.model import DatePoint, DateSpec
from kiosk.languages import Language, language

_POINT = r"([0-9]{4})(?:-([0-9]{2})(?:-([0-9]{2}))?)?"  # [0-9], not \d: no other scripts\' digits
_DATE = re.compile(rf"(~)?{_POINT}(?:/{_POINT})?")

_SCHEMA_POINT = r"[0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?"
#: The pattern the JSON Schema uses for dates: months 01-12, days 01-31, '~' only without a range
#: (the loader also checks each month's days and that a range goes forwards).
DATE_PATTERN = rf"^(~{_SCHEMA_POINT}|{_SCHEMA_POINT}(/{_SCHEMA_POINT})?)$"


_DAYS = (31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def _month_days(year: int, month: int) -> int:
    leap = year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)
    return 29 if month == 2 and leap else _DAYS[month - 1]


def _point(year: str, month: str | None, day: str | None) -> DatePoint | None:
    y, m, d = int(year), int(month or 0), int(day or 0)
    if month is not None and not 1 <= m <= 12:
        return None
    if day is not None and not 1 <= d <= _month_days(y, m):
        return None
    return DatePoint(y, m, d)


def parse_date(s: object) -> DateSpec | None:
    """The :class:`DateSpec` for a date as written in the format, or None if it is not one.

    Accepts ``datetime.date`` and integer years too (what a YAML reader might hand over).
    A range must go forwards and cannot be approximate.
    """
    if isinstance(s, date):
        return DateSpec(DatePoint(s.year, s.month, s.day), raw=s.isoformat())
    if isinstance(s, int) and not isinstance(s, bool):
        s = str(s)
    if not isinstance(s, str):
        return None
    text = s.strip()
    match = _DATE.fullmatch(text)
    if match is None:
        return None
    approx, y1, m1, d1, y2, m2, d2 = match.groups()
    start = _point(y1, m1, d1)
    if start is None:
        return None
    if y2 is None:
        return DateSpec(start, None, approximate=bool(approx), raw=text)
    end = _point(y2, m2, d2)
    if end is None or approx or not _before(start, end):
        return None
    return DateSpec(start, end, raw=text)


def _before(a: DatePoint, b: DatePoint) -> bool:
    """True when ``a`` starts before ``b`` ends (so a range from a to b goes forwards)."""
    first = (a.year, a.month or 1, a.day or 1)
    last = (b.year, b.month or 12, b.day or 31)
    return first < last and (a.year, a.month, a.day) != (b.year, b.month, b.day)


_DASH = " – "


def _in_words(p: DatePoint, lang: Language, year: bool = True) -> str:
    parts: list[str] = []
    if p.day:
        parts.append(lang.first_day if p.day == 1 else str(p.day))
    if p.month:
        parts.append(lang.months[p.month - 1])
    if year:
        parts.append(str(p.year))
    return " ".join(parts)


def _in_numbers(p: DatePoint, lang: Language, year: bool = True) -> str:
    if p.day:
        return f"{p.day}/{p.month}/{p.year}" if year else f"{p.day}/{p.month}"
    if p.month:
        return lang.month_year.format(month=p.month, year=p.year)
    return str(p.year)


def format_date(spec: DateSpec, lang: str) -> str:
    """A date as a visitor reads it in ``lang``, written as the language table says
    (kiosk.languages; a language it does not know gets English conventions).

    en: "7 May 1954", "May 1954", "c. 15 April 1954", "30 March – 5 April 1954";
    fr: "1er mai 1954", "vers le 15 avril 1954", "30 mars – 5 avril 1954";
    vi: "7/5/1954", "tháng 5/1954", "khoảng 15/4/1954", "30/3 – 5/4/1954".
    """
    conventions = language(lang)
    write = _in_words if conventions.months else _in_numbers
    start, end = spec.start, spec.end
    if end is None:
        text = write(start, conventions)
        if not spec.approximate:
            return text
        return (conventions.about_day if start.day else conventions.about_month).format(text)
    if conventions.months:
        same_year = start.year == end.year and bool(start.month) and bool(end.month)
    else:
        same_year = bool(start.day and end.day) and start.year == end.year
    return f"{write(start, conventions, year=not same_year)}{_DASH}{write(end, conventions)}"
