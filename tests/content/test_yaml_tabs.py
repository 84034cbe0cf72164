"""Tabs in YAML (review §4, yaml-test-suite): valid inside a | block or a quoted scalar, refused as
indentation, with the tab's place."""

from __future__ import annotations

from kiosk.content.yamlsrc import parse


def test_a_tab_inside_a_literal_block_is_text() -> None:
    root, issues = parse(b"a: |\n  code:\n  \tindented\nb: 1\n")
    assert issues == [] and root is not None
    assert root.value["a"].value == "code:\n\tindented\n" and root.value["b"].value == 1


def test_a_tab_inside_a_quoted_scalar_is_valid() -> None:
    root, issues = parse(b'a: "one\n  \ttwo"\n')
    assert issues == [] and root is not None and root.value["a"].value == "one two"


def test_tab_indentation_is_still_refused_where_it_is() -> None:
    for data, place in ((b"a:\n\tb: 1\n", (1, 0)), (b"a:\n  b: 1\n  \tc: 2\n", (2, 2))):
        root, issues = parse(data)
        assert root is None
        assert [(i.line, i.col, i.code) for i in issues] == [(*place, "tab")]
