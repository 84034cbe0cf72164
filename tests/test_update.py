"""Releases, the atomic switch, the roll-back, and a kill -9 at every step of ``kiosk update``."""

from __future__ import annotations

import os
import random
import re
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from kiosk.update.pipeline import prepare, update
from kiosk.update.releases import CURRENT, KEEP_OTHERS, LAST_GOOD, Releases, write_pointer

SAMPLE = Path(__file__).parent / "sample"
TITLE = "en: A sample exhibit"
KIOSK = [sys.executable, "-c", "from kiosk.cli import main; raise SystemExit(main())"]
#: Every place kiosk.update.releases.fault is called, in the order an update reaches them.
STEPS = ["fetched", "validated", "built", "sealed", "renamed", "pointer-current", "switched", "checked"]
STEPS += ["pointer-last-good", "kept"]


def quiet(_line: str) -> None:
    pass


@pytest.fixture
def source(tmp_path: Path) -> Path:
    folder = tmp_path / "src"
    shutil.copytree(SAMPLE, folder)
    return folder


def retitle(source: Path, title: str) -> None:
    """Give the sample exhibit another English title (whatever it is now)."""
    path = source / "exhibits" / "sample" / "exhibit.yaml"
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    lines[2] = re.sub(r"en: [^,]*", f"en: {title}", lines[2])
    path.write_text("".join(lines), encoding="utf-8")


def title_of(release_content: Path) -> str:
    return (release_content / "exhibits" / "sample" / "exhibit.yaml").read_text(encoding="utf-8")


def test_an_update_makes_a_sealed_read_only_release_and_points_both_pointers_at_it(
    source: Path, tmp_path: Path
) -> None:
    releases = Releases(tmp_path / "state")
    outcome = update(str(source), releases, jobs=1, say=quiet)
    assert outcome.ok, outcome.lines + outcome.problems
    release = releases.current()
    assert release is not None and release.id == outcome.release.id  # type: ignore[union-attr]
    assert releases.last_good() == release
    assert release.problem(deep=True) is None
    assert (release.content / ".derivatives" / "images.json").is_file()  # built inside the release
    assert TITLE in title_of(release.content)
    exhibit = release.content / "exhibits" / "sample" / "exhibit.yaml"
    assert not os.access(exhibit, os.W_OK) or os.geteuid() == 0
    assert not exhibit.stat().st_mode & 0o222  # never written again
    assert releases.start() == (release, f"updates: starting on release {release.id} (current; from {source})")
    # the same content again makes no new release
    again = update(str(source), releases, jobs=1, say=quiet)
    assert again.ok and again.unchanged and len(releases.all()) == 1


def test_invalid_content_changes_nothing_and_says_where(source: Path, tmp_path: Path) -> None:
    releases = Releases(tmp_path / "state")
    assert update(str(source), releases, jobs=1, say=quiet).ok
    before = releases.pointer(CURRENT)
    path = source / "exhibits" / "sample" / "exhibit.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("title:", "titel:", 1), encoding="utf-8")
    outcome = update(str(source), releases, jobs=1, say=quiet)
    assert not outcome.ok
    assert outcome.problems[0].startswith("exhibits/sample/exhibit.yaml:3:1: error: unknown key 'titel'")
    assert releases.pointer(CURRENT) == before and releases.pointer(LAST_GOOD) == before
    assert len(releases.all()) == 1
    assert not [p for p in releases.folder.iterdir() if p.name.startswith(".")]  # no staging left


def test_a_failed_health_check_rolls_back_to_last_good_and_says_why(source: Path, tmp_path: Path) -> None:
    releases = Releases(tmp_path / "state")
    first = update(str(source), releases, jobs=1, say=quiet)
    retitle(source, "Second")
    outcome = update(str(source), releases, jobs=1, check=lambda: "no first frame drawn within 60 s", say=quiet)
    assert not outcome.ok
    assert releases.pointer(CURRENT) == first.release.id == releases.pointer(LAST_GOOD)  # type: ignore[union-attr]
    assert "failed its health check (no first frame drawn within 60 s)" in outcome.lines[0]
    assert f"back on release {first.release.id} (last-good)" in outcome.lines[0]  # type: ignore[union-attr]


def test_a_first_release_that_fails_its_check_leaves_the_configured_content(source: Path, tmp_path: Path) -> None:
    releases = Releases(tmp_path / "state")
    outcome = update(str(source), releases, jobs=1, check=lambda: "content: broken", say=quiet)
    assert not outcome.ok and releases.pointer(CURRENT) is None and releases.start()[0] is None
    assert "the kiosk shows its content folder" in outcome.lines[0]


def test_a_damaged_current_release_is_passed_over_for_last_good(source: Path, tmp_path: Path) -> None:
    releases = Releases(tmp_path / "state")
    good = update(str(source), releases, jobs=1, say=quiet).release
    retitle(source, "Second")
    made = prepare(str(source), releases, jobs=1, say=quiet).release
    assert good is not None and made is not None
    releases.point(CURRENT, made)
    victim = next(made.content.glob(".derivatives/img/*"))
    os.chmod(victim, 0o644)
    victim.unlink()
    release, note = releases.start()
    assert release == good
    assert f"the current release {made.id} is not whole (" in note and "is missing" in note
    write_pointer(releases.state_dir / CURRENT, "../../etc")  # a pointer never leaves releases/
    assert releases.start()[0] == good


def test_old_releases_are_pruned_but_never_current_or_last_good(source: Path, tmp_path: Path) -> None:
    releases = Releases(tmp_path / "state")
    ids = []
    for n in range(KEEP_OTHERS + 3):
        retitle(source, f"Title {n}")
        outcome = update(str(source), releases, jobs=1, say=quiet)
        assert outcome.ok and outcome.release is not None
        ids.append(outcome.release.id)
    assert [r.id for r in releases.all()] == ids[-(KEEP_OTHERS + 1) :]  # current and the newest others
    write_pointer(releases.state_dir / LAST_GOOD, ids[-3])  # an operator pointed last-good back
    retitle(source, "One more")
    newest = prepare(str(source), releases, jobs=1, say=quiet).release
    assert newest is not None
    releases.prune()
    kept = [r.id for r in releases.all()]
    assert ids[-1] in kept and ids[-3] in kept and newest.id in kept  # current, last-good, newest
    assert len(kept) == KEEP_OTHERS + 2


def test_an_update_from_a_git_bundle_and_from_a_branch(source: Path, tmp_path: Path) -> None:
    repo = tmp_path / "repo"
    shutil.copytree(source, repo)
    git = ["git", "-C", str(repo), "-c", "user.name=t", "-c", "user.email=t@example.org"]
    subprocess.run(["git", "init", "-q", "-b", "main", str(repo)], check=True)
    subprocess.run([*git, "add", "-A"], check=True)
    subprocess.run([*git, "commit", "-qm", "first"], check=True)
    subprocess.run([*git, "checkout", "-qb", "autumn"], check=True)
    retitle(repo, "Autumn")
    subprocess.run([*git, "commit", "-qam", "autumn"], check=True)
    bundle = tmp_path / "usb" / "exhibit.bundle"
    bundle.parent.mkdir()
    subprocess.run([*git, "bundle", "create", str(bundle), "main", "autumn"], check=True, capture_output=True)
    releases = Releases(tmp_path / "state")
    from_usb = update(str(bundle), releases, branch="main", jobs=1, say=quiet)
    assert from_usb.ok and from_usb.release is not None
    assert TITLE in title_of(from_usb.release.content) and not (from_usb.release.content / ".git").exists()
    assert from_usb.release.source == f"{bundle}@main"
    autumn = update(str(repo), releases, branch="autumn", jobs=1, say=quiet)
    assert autumn.ok and "en: Autumn" in title_of(autumn.release.content)  # type: ignore[union-attr]
    missing = update(str(repo), releases, branch="winter", jobs=1, say=quiet)
    assert not missing.ok and "git clone failed" in missing.lines[0]


def _child(source: Path, state: Path, fault: str | None) -> subprocess.Popen[bytes]:
    env = {**os.environ, "PYTHONSAFEPATH": "1"}
    env.pop("KIOSK_UPDATE_FAULT", None)
    if fault:
        env["KIOSK_UPDATE_FAULT"] = fault
    command = [*KIOSK, "update", str(source), "--state-dir", str(state), "--jobs", "1", "--no-check"]
    return subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def _assert_whole(releases: Releases, allowed: set[str]) -> str:
    release, note = releases.start()
    assert release is not None, note
    assert release.id in allowed, (release.id, allowed)
    assert release.problem(deep=True) is None
    assert releases.pointer(CURRENT) == release.id  # current itself is whole, never passed over
    return release.id


@pytest.mark.parametrize("step", STEPS)
def test_a_kill_9_at_each_step_leaves_a_whole_release(step: str, source: Path, tmp_path: Path) -> None:
    state = tmp_path / "state"
    releases = Releases(state)
    first = update(str(source), releases, jobs=1, say=quiet).release
    assert first is not None
    retitle(source, "Second")
    child = _child(source, state, f"kill:{step}")
    assert child.wait(timeout=120) == -signal.SIGKILL, f"the update did not reach {step}"
    shown = _assert_whole(releases, {first.id, *(r.id for r in releases.all())})
    after_switch = STEPS.index(step) >= STEPS.index("switched")
    assert (shown != first.id) == after_switch
    # the next update cleans up and completes
    again = update(str(source), releases, jobs=1, say=quiet)
    assert again.ok and "en: Second" in title_of(again.release.content)  # type: ignore[union-attr]
    assert not [p for p in releases.folder.iterdir() if p.name.startswith(".")]
    assert not [p for p in state.iterdir() if ".tmp-" in p.name]


def test_kill_9_at_random_moments_always_leaves_a_whole_release(source: Path, tmp_path: Path) -> None:
    state = tmp_path / "state"
    releases = Releases(state)
    assert update(str(source), releases, jobs=1, say=quiet).ok
    rng = random.Random(15)
    for n in range(4):
        retitle(source, f"Round {n}")
        child = _child(source, state, None)
        time.sleep(rng.uniform(0.05, 1.5))
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=60)
        _assert_whole(releases, {r.id for r in releases.all()})


def test_the_health_check_starts_the_kiosk_on_current_not_on_the_configured_folder(
    source: Path, tmp_path: Path
) -> None:
    from kiosk.update.health import check_by_running

    state = tmp_path / "state"
    releases = Releases(state)
    made = update(str(source), releases, jobs=1, say=quiet).release
    assert made is not None
    path = source / "exhibits" / "sample" / "exhibit.yaml"
    path.write_text("title: [broken\n", encoding="utf-8")  # the folder is broken; the release is not
    config = tmp_path / "settings.yaml"
    config.write_text(f"content: {source}\n", encoding="utf-8")
    assert check_by_running(state, config, seconds=60) is None
    # a release damaged in place (same size, so only loading it finds out) fails its check
    inside = made.content / "exhibits" / "sample" / "exhibit.yaml"
    os.chmod(inside, 0o644)
    text = inside.read_text(encoding="utf-8")
    inside.write_text(text.replace("title:", "titel:", 1), encoding="utf-8")
    why = check_by_running(state, config, seconds=60)
    assert why is not None and "unknown key 'titel'" in why


def test_a_new_release_starts_from_the_last_ones_built_media_and_leaves_it_whole(source: Path, tmp_path: Path) -> None:
    releases = Releases(tmp_path / "state")
    first = update(str(source), releases, jobs=1, say=quiet).release
    assert first is not None
    victim = next(first.content.glob(".derivatives/img/*"))
    os.chmod(victim, 0o644)
    victim.write_bytes(victim.read_bytes()[:100] + b"\0" * (victim.stat().st_size - 100))  # damaged, same size
    retitle(source, "Second")
    said: list[str] = []
    second = update(str(source), releases, jobs=1, say=said.append).release
    assert second is not None
    assert any("built file(s) taken from release" in line for line in said), said
    assert second.problem(deep=True) is None  # the damaged file was made again, not linked
    made_again = second.content / ".derivatives" / victim.relative_to(first.content / ".derivatives")
    assert made_again.stat().st_ino != victim.stat().st_ino
    untouched = [p for p in first.content.glob(".derivatives/img/*") if p != victim]
    assert untouched and all(p.stat().st_nlink == 2 for p in untouched)  # shared, never rewritten


def test_a_usb_update_is_found_on_the_first_stick_that_has_one(tmp_path: Path) -> None:
    from kiosk.update.usb import find_update, mounted

    media = tmp_path / "media" / "kiosk"
    assert find_update([media]) is None  # nothing mounted
    (media / "A-photos").mkdir(parents=True)
    (media / "B-stick" / "kiosk-content" / "exhibits").mkdir(parents=True)
    assert find_update([media]) == media / "B-stick" / "kiosk-content"
    (media / "B-stick" / "autumn.bundle").write_bytes(b"# v2 git bundle\n")
    assert find_update([media]) == media / "B-stick" / "autumn.bundle"  # a bundle before a folder
    (media / "B-stick" / "kiosk-update.bundle").write_bytes(b"# v2 git bundle\n")
    assert find_update([media]) == media / "B-stick" / "kiosk-update.bundle"  # the agreed name first
    assert mounted({"USER": "guide"}, "linux")[:2] == [Path("/media/guide"), Path("/run/media/guide")]
    assert mounted({}, "win32")[0] == Path("D:\\")
