"""Whatever YAML is thrown at it, the loader returns a LoadResult and never raises."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kiosk import BUNDLED_CONTENT
from kiosk.content import LoadResult, load
from kiosk.content.yamlsrc import parse

SAMPLE = Path(__file__).resolve().parent.parent / "sample"
SAMPLE_FILES = sorted((SAMPLE / "exhibits" / "sample").glob("*.yaml"))

_SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


def _check(result: LoadResult) -> None:
    assert isinstance(result, LoadResult)
    for p in [*result.problems, *result.notes]:
        assert isinstance(p.file, str) and p.file
        assert isinstance(p.line, int) and isinstance(p.column, int)
        assert p.line >= 0 and p.column >= 0
        assert "Traceback" not in p.message
        assert p.code != "internal", p.format()


@st.composite
def mutated(draw: st.DrawFn) -> tuple[str, bytes]:
    """A sample file with a few random edits."""
    path = draw(st.sampled_from(SAMPLE_FILES))
    lines = path.read_text(encoding="utf-8").split("\n")
    for _ in range(draw(st.integers(1, 4))):
        if not lines:
            break
        i = draw(st.integers(0, len(lines) - 1))
        op = draw(
            st.sampled_from(
                ["delete", "swap", "indent", "dedent", "tag", "alias", "anchor", "dup", "insert", "tab", "bytes"]
            )
        )
        line = lines[i]
        if op == "delete":
            del lines[i]
        elif op == "swap" and len(line) > 1:
            j = draw(st.integers(0, len(line) - 2))
            lines[i] = line[:j] + line[j + 1] + line[j] + line[j + 2 :]
        elif op == "indent":
            lines[i] = " " * draw(st.integers(1, 6)) + line
        elif op == "dedent":
            lines[i] = line.lstrip()
        elif op == "tag":
            tag = draw(
                st.sampled_from(
                    [
                        "!!python/object:os.system",
                        "!!str",
                        "!foo",
                        "!!binary",
                        "!!python/name:os.getcwd",
                        "!!set",
                        "!!omap",
                    ]
                )
            )
            lines[i] = line.replace(": ", f": {tag} ", 1)
        elif op == "alias":
            lines[i] = line.replace(": ", ": *a ", 1) if ": " in line else line + " *a"
        elif op == "anchor":
            lines[i] = line.replace(": ", ": &a ", 1)
        elif op == "dup":
            lines.insert(i, line)
        elif op == "insert":
            lines.insert(i, draw(st.text(max_size=30)))
        elif op == "tab":
            lines[i] = "\t" + line
    data = "\n".join(lines).encode("utf-8", "surrogatepass")
    if draw(st.booleans()):
        pos = draw(st.integers(0, len(data)))
        data = data[:pos] + draw(st.binary(max_size=4)) + data[pos:]
    return path.name, data


@pytest.fixture(scope="module")
def workdir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("fuzz")
    shutil.copytree(SAMPLE, root, dirs_exist_ok=True)
    return root


@_SETTINGS
@given(edit=mutated())
def test_mutated_sample_never_raises(workdir: Path, edit: tuple[str, bytes]) -> None:
    name, data = edit
    target = workdir / "exhibits" / "sample" / name
    original = (SAMPLE / "exhibits" / "sample" / name).read_bytes()
    target.write_bytes(data)
    try:
        _check(load(workdir))
    finally:
        target.write_bytes(original)


_yaml_text = st.recursive(
    st.one_of(st.text(max_size=10), st.integers(), st.floats(allow_nan=True), st.booleans(), st.none()),
    lambda children: st.one_of(
        st.lists(children, max_size=4), st.dictionaries(st.text(max_size=8), children, max_size=4)
    ),
    max_leaves=20,
)


@_SETTINGS
@given(
    data=st.one_of(
        st.binary(max_size=300),
        st.text(max_size=300).map(str.encode),
        st.text(alphabet=" -:[]{}&*!|>'\"#\n\tabc0", max_size=200).map(str.encode),
    )
)
def test_random_bytes_never_raise(workdir: Path, data: bytes) -> None:
    node, issues = parse(data)
    assert node is not None or issues
    target = workdir / "exhibits" / "sample" / "media.yaml"
    original = (SAMPLE / "exhibits" / "sample" / "media.yaml").read_bytes()
    target.write_bytes(data)
    try:
        _check(load(workdir))
    finally:
        target.write_bytes(original)


@_SETTINGS
@given(value=_yaml_text)
def test_random_structures_as_exhibit_never_raise(workdir: Path, value: object) -> None:
    import json

    target = workdir / "exhibits" / "sample" / "exhibit.yaml"
    original = (SAMPLE / "exhibits" / "sample" / "exhibit.yaml").read_bytes()
    target.write_text(json.dumps(value), encoding="utf-8")  # JSON is YAML
    try:
        _check(load(workdir))
    finally:
        target.write_bytes(original)


def test_sample_loads_with_zero_problems() -> None:
    result = load(SAMPLE)
    assert result.problems == [] and result.notes == []
    (exhibit,) = result.exhibits
    kinds = {p.kind for s in exhibit.sections for p in s.panels}
    from kiosk.content.model import PANEL_KINDS

    assert kinds == set(PANEL_KINDS)


def test_bundled_content_validates() -> None:
    exhibits = BUNDLED_CONTENT / "exhibits"
    if not any(p.is_dir() and (p / "exhibit.yaml").is_file() for p in exhibits.iterdir()):
        pytest.skip("the bundled content has no exhibit yet (exhibits/ is being written)")
    result = load(BUNDLED_CONTENT)
    assert [p.format() for p in result.problems] == []
