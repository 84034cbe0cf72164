"""Spoken narration: the text cut into caption-sized chunks, espeak-ng really speaking vi, en and
fr with captions timed to the frame, file names that follow the text, and calm failure when the
synthesiser or a voice is missing."""

from __future__ import annotations

import array
import dataclasses
import pickle
import shutil
import wave
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kiosk.content import load
from kiosk.content.model import LText, Severity, Track
from kiosk.content.webvtt import MAX_LINE, read
from kiosk.media import narration
from kiosk.media.narration import (
    PAUSES,
    chunks,
    fits,
    plan,
    speak,
    speech_input,
    spoken_files,
    spoken_text,
    voice_for,
    wrap,
)

SAMPLE = Path(__file__).resolve().parent.parent / "sample"
ESPEAK = shutil.which("espeak-ng")
needs_espeak = pytest.mark.skipif(ESPEAK is None, reason="espeak-ng is not installed")

TEXTS = {
    "vi": "Ngày 13 tháng 3 năm 1954, pháo bắt đầu bắn vào Him Lam, cứ điểm canh giữ con đường "
    "từ phía đông bắc, và đến nửa đêm thì thất thủ. Trận đánh bắt đầu.",
    "en": "On 13 March 1954, in the late afternoon, Viet Minh guns opened fire on Béatrice, the "
    "strongpoint guarding the road from the north-east. It fell around midnight.",
    "fr": "Le 13 mars 1954, en fin d'après-midi, l'artillerie viêt-minh s'abat sur Béatrice, le "
    "point d'appui qui garde la route du nord-est. Il tombe vers minuit.",
}


def track(**texts: str) -> Track:
    return Track(file=None, captions=None, transcript=LText(texts), credit=LText(en="me"), licence="CC0")


def test_spoken_file_names_are_the_sha256_hashlib_gives_without_loading_openssl(tmp_path: Path) -> None:
    import hashlib
    import subprocess
    import sys

    from kiosk.media import narration

    t = track(en="Hello there.")
    wav, _ = spoken_files(tmp_path, t, "en")
    voice = narration.voice_for("en")
    settings = (
        narration.NARRATION_VERSION,
        "en",
        voice.name,
        voice.rate,
        voice.pitch,
        voice.amplitude,
        sorted(narration.PAUSES.items()),
        narration.MAX_LINE,
        narration.MAX_LINES,
    )
    # the same names as builds that used hashlib, so nothing already built is spoken again
    expected = hashlib.sha256(f"{settings!r}\n{narration.spoken_text(t, 'en')}".encode()).hexdigest()[:16]
    assert wav.name == f"{expected}.en.wav"
    # and the kiosk that looks them up does not map OpenSSL's libcrypto (3 MB) for it
    probe = "import sys, kiosk.media.narration; print('_hashlib' in sys.modules)"
    loaded = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True).stdout
    assert loaded.strip() == "False"


def normalised(text: str) -> str:
    return " ".join(text.split())


# --- chunks and lines -----------------------------------------------------------------------------


def test_sentences_that_fit_stay_whole() -> None:
    found = chunks("Hello there. How are you?\n\nA new paragraph, short.")
    assert [(c.text, c.end) for c in found] == [
        ("Hello there.", "sentence"),
        ("How are you?", "paragraph"),
        ("A new paragraph, short.", "paragraph"),
    ]


def test_a_long_sentence_splits_at_clauses_then_between_words() -> None:
    found = chunks(
        TEXTS["en"] + " And this is an extraordinarily long sentence without any clause "
        "punctuation that goes on and on for a very long time until the end."
    )
    assert [c.end for c in found] == ["clause", "sentence", "sentence", "word", "paragraph"]
    assert found[0].text == "On 13 March 1954, in the late afternoon, Viet Minh guns opened fire on Béatrice,"
    last_two = [len(c.text) for c in found[-2:]]
    assert max(last_two) - min(last_two) < 20  # balanced, not one long and one short


def test_french_spaced_punctuation_never_starts_a_line() -> None:
    found = chunks(
        "Pourquoi la France s'est-elle battue ici, dans une vallée isolée près du Laos, "
        "à près de trois cents kilomètres de Hà Nội ? « Sortie manquée », dit-il : 78 %."
    )
    assert [c.text for c in found] == [
        "Pourquoi la France s'est-elle battue ici, dans une vallée isolée près du Laos,",
        "à près de trois cents kilomètres de Hà Nội\u00a0?",
        "«\u00a0Sortie manquée\u00a0», dit-il\u00a0: 78\u00a0%.",
    ]
    assert wrap(found[1].text) == ["à près de trois cents", "kilomètres de Hà Nội\u00a0?"]


def test_an_abbreviation_or_lower_case_after_a_full_stop_is_not_a_sentence_end() -> None:
    assert [c.text for c in chunks("It cost about 1.2 billion dollars, i.e. a lot. Then peace.")] == [
        "It cost about 1.2 billion dollars, i.e. a lot.",
        "Then peace.",
    ]


def test_a_word_longer_than_a_line_is_kept_whole() -> None:
    word = "x" * 60
    found = chunks(f"Some words before it, {word} and after.")
    assert [c.text for c in found] == ["Some words before it,", word, "and after."]


_WORDS = st.text(alphabet=st.sampled_from("abcdeéĐđiện"), min_size=1, max_size=14)
_PUNCT = st.sampled_from(["", "", "", ",", ".", ";", ":", "!", "?", " —", "…", ".»", "\n\n", " ?", " :", " »,", " %."])


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(_WORDS, _PUNCT, st.booleans()), min_size=1, max_size=80))
def test_chunks_fit_a_caption_and_lose_no_word(parts: list[tuple[str, str, bool]]) -> None:
    text = " ".join((w.capitalize() if cap else w) + p for w, p, cap in parts)
    found = chunks(text)
    assert " ".join(c.text for c in found).split() == text.split()
    for c in found:
        assert fits(c.text), c.text
        lines = wrap(c.text)
        assert 1 <= len(lines) <= 2 and all(len(line) <= MAX_LINE for line in lines)
        assert " ".join(lines) == c.text


def test_wrap_balances_two_lines_and_prefers_punctuation() -> None:
    assert wrap("Short.") == ["Short."]
    lines = wrap("On 13 March 1954, in the late afternoon, Viet Minh guns opened fire")
    assert lines == ["On 13 March 1954, in the late afternoon,", "Viet Minh guns opened fire"]
    lines = wrap("aaaa bbbb cccc dddd eeee ffff gggg hhhh iiii jjjj kkkk")
    assert [len(line) for line in lines] == [24, 29]
    assert not fits("word " * 20)


def test_english_and_french_voices_get_vietnamese_names_without_diacritics() -> None:
    text = "Điện Biên Phủ, Võ Nguyên Giáp, Béatrice, Geneviève, Hồng Cúm, cœur."
    assert speech_input(text, "en") == "Dien Bien Phu, Vo Nguyen Giap, Beatrice, Genevieve, Hong Cum, coeur."
    assert speech_input(text, "fr") == "Dien Biên Phu, Vo Nguyên Giap, Béatrice, Geneviève, Hong Cum, cœur."
    assert speech_input(text, "vi") == text


# --- file names -------------------------------------------------------------------------------------


def test_the_files_follow_the_text(tmp_path: Path) -> None:
    a = track(en="Hello there.", fr="Bonjour.")
    wav, vtt = spoken_files(tmp_path, a, "en")
    assert wav.parent == tmp_path / "narration" and wav.name.endswith(".en.wav")
    assert vtt == wav.with_suffix(".vtt") and len(wav.name.split(".")[0]) == 16
    assert spoken_files(tmp_path, track(en="Hello  there.\n", fr="x"), "en") == (wav, vtt)
    assert spoken_files(tmp_path, track(en="*Hello* there.", fr="x"), "en") == (wav, vtt)
    assert spoken_files(tmp_path, track(en="Hello here.", fr="Bonjour."), "en")[0] != wav
    assert spoken_files(tmp_path, track(fr="Hello there.", en="x"), "fr")[0].name != wav.name
    assert spoken_files(tmp_path, a, "fr")[0].name.endswith(".fr.wav")


def test_a_missing_language_is_spoken_in_the_language_of_its_text(tmp_path: Path) -> None:
    only_french = track(fr="Bonjour.")
    assert spoken_files(tmp_path, only_french, "en") == spoken_files(tmp_path, only_french, "fr")
    assert spoken_text(only_french, "en") == "Bonjour."


def test_the_version_is_part_of_the_name(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    before = spoken_files(tmp_path, track(en="Hello."), "en")
    monkeypatch.setattr(narration, "NARRATION_VERSION", narration.NARRATION_VERSION + 1)
    assert spoken_files(tmp_path, track(en="Hello."), "en") != before


# --- speaking -----------------------------------------------------------------------------------------


def _frames(path: Path) -> tuple[int, int, array.array]:
    with wave.open(str(path), "rb") as w:
        assert (w.getnchannels(), w.getsampwidth()) == (1, 2)
        samples = array.array("h", w.readframes(w.getnframes()))
        return w.getnframes(), w.getframerate(), samples


@needs_espeak
@pytest.mark.parametrize("lang", ["vi", "en", "fr"])
def test_speaks_with_captions_timed_to_the_frame(tmp_path: Path, lang: str) -> None:
    t = track(**{lang: TEXTS[lang]})
    wav, vtt = spoken_files(tmp_path, t, lang)
    result = speak(
        spoken_text(t, lang),
        lang,
        voice_for(lang),
        ESPEAK,
        str(wav),
        str(vtt),
        str(tmp_path),
        ("exhibits/x/s.yaml", 3, 5),
    )
    assert result.problems == ()
    frames, rate, samples = _frames(wav)
    captions = read(vtt)
    assert captions.problems == ()
    cues = captions.cues
    assert len(cues) >= 3
    duration = round(frames * 1000 / rate)
    assert result.record == {
        "lang": lang,
        "audio": f"narration/{wav.name}",
        "captions": f"narration/{vtt.name}",
        "duration_ms": duration,
        "cues": len(cues),
    }
    assert cues[0].start_ms == 0 and cues[-1].end_ms == duration
    assert " ".join(c.text.replace("\n", " ") for c in cues) == normalised(TEXTS[lang])
    pieces = chunks(spoken_text(t, lang))
    for before, after, piece in zip(cues, cues[1:], pieces, strict=False):
        assert before.end_ms == after.start_ms  # contiguous: a caption stays up through the pause
        # …and the switch comes right at the end of the silence inserted after the chunk
        boundary = round(after.start_ms * rate / 1000)
        silence = round(PAUSES[piece.end] * rate / 1000)
        slack = rate // 1000 + 1  # a millisecond, the resolution of WebVTT times
        assert not any(samples[boundary - silence + slack : boundary - slack]), piece
        assert any(samples[boundary + slack : boundary + rate // 5])
    for cue in cues:
        lines = cue.text.split("\n")
        assert len(lines) <= 2 and all(len(line) <= MAX_LINE for line in lines)
    assert 1000 < duration < 30000
    assert sorted(p.name for p in wav.parent.iterdir()) == sorted([wav.name, vtt.name])


@needs_espeak
def test_a_failing_synthesiser_is_a_warning_and_writes_nothing(tmp_path: Path) -> None:
    wav, vtt = tmp_path / "n" / "a.wav", tmp_path / "n" / "a.vtt"
    result = speak("Hello.", "en", voice_for("en"), "/bin/false", str(wav), str(vtt), str(tmp_path), ("s.yaml", 3, 5))
    (problem,) = result.problems
    assert problem.severity is Severity.WARNING and problem.code == "narration-failed"
    assert (problem.file, problem.line, problem.column) == ("s.yaml", 3, 5)
    assert not wav.exists() and not vtt.exists() and result.record is None


# --- the plan -----------------------------------------------------------------------------------------


def test_plan_a_job_per_spoken_track_and_language(tmp_path: Path) -> None:
    result = load(SAMPLE)
    everything = [j for j in plan(result, tmp_path) if j.kind == "narration"]
    jobs = [j for j in everything if "/reading." not in j.key]
    assert [j.key for j in jobs] == [
        "sample/media/narration.vi",
        "sample/media/narration.en",
        "sample/media/narration.fr",
    ]
    # and each panel with no narration of its own is read aloud ("Listen" on it), in each language
    exhibit = result.exhibits[0]
    silent = [p for s in exhibit.sections for p in s.panels if p.narration is None and p.kind not in ("audio", "video")]
    readings = [j.key for j in everything if "/reading." in j.key]
    assert len(readings) == 3 * len(silent) and all(any(f"/{p.id}/reading." in k for k in readings) for p in silent)
    section = next(s for s in result.exhibits[0].sections if s.id == "media")
    assert jobs[1].outputs == spoken_files(tmp_path, section.narration, "en")
    assert all(j.kind == "narration" and not j.done() and j.record is None for j in jobs)
    clone = pickle.loads(pickle.dumps(jobs[0]))  # a job crosses into a worker process
    assert clone.func is jobs[0].func and clone.args == jobs[0].args


@needs_espeak
def test_a_second_plan_finds_the_jobs_done(tmp_path: Path) -> None:
    result = load(SAMPLE)
    records = [job.run().record for job in plan(result, tmp_path)]
    again = plan(result, tmp_path)
    assert all(job.done() for job in again)
    assert [job.record for job in again] == records


def test_without_espeak_the_jobs_warn_and_never_raise(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PATH", str(tmp_path / "empty"))
    jobs = [j for j in plan(load(SAMPLE), tmp_path) if "/reading." not in j.key and j.kind == "narration"]
    assert len(jobs) == 3
    for job in jobs:
        (problem,) = job.run().problems
        assert problem.severity is Severity.WARNING
        assert problem.hint == "apt-get install espeak-ng"
        assert problem.file == "exhibits/sample/media.yaml" and problem.line == 10
    assert not (tmp_path / "narration").exists()


def test_a_missing_voice_warns_for_its_language_only(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(shutil, "which", lambda name: "/usr/bin/espeak-ng")
    monkeypatch.setattr(narration, "_voices", lambda exe: {"vi", "en-gb"})
    jobs = {j.key.rsplit(".", 1)[1]: j for j in plan(load(SAMPLE), tmp_path) if j.kind == "narration"}
    assert jobs["vi"].func is speak and jobs["en"].func is speak
    (problem,) = jobs["fr"].run().problems
    assert "no 'fr-fr' voice" in problem.message and problem.severity is Severity.WARNING


def test_tracks_with_the_same_text_share_a_job(tmp_path: Path) -> None:
    result = load(SAMPLE)
    exhibit = result.exhibits[0]
    section = next(s for s in exhibit.sections if s.id == "media")
    twin = dataclasses.replace(section, id="twin")
    alone = len([j for j in plan(result, tmp_path) if j.kind == "narration"])
    result.exhibits[0] = dataclasses.replace(exhibit, sections=(*exhibit.sections, twin))
    assert (
        len([j for j in plan(result, tmp_path) if j.kind == "narration"]) == alone
    )  # the twin's narration and readings say the same


def test_every_screen_has_a_description_job_per_language(tmp_path: Path) -> None:
    """Audio description (kiosk.content.description) is spoken by the build, never at run time:
    the home screen, each section's card and each panel, in each language, under description/."""
    result = load(SAMPLE)
    exhibit = result.exhibits[0]
    every = [j for j in plan(result, tmp_path) if j.kind == "description"]
    jobs = [j for j in every if "/controls/" not in j.key]
    panels = sum(len(s.panels) for s in exhibit.sections)
    assert len(jobs) == len(exhibit.languages) * (1 + len(exhibit.sections) + panels)
    # and the name of each control focus can reach, once per language (kiosk.ui.focusspeech)
    names = {j.args[0] for j in every if j.key.startswith("sample/controls/") and j.key.endswith(".fr")}
    assert {"Accueil", "Suivant", "Fermer", "Français", "English"} <= names, sorted(names)[:20]
    assert all(j.outputs[0].parent == tmp_path / "description" for j in jobs)
    first = exhibit.sections[0].panels[0]
    job = next(j for j in jobs if j.key == f"sample/{exhibit.sections[0].id}/{first.id}/description.en")
    assert "Section 1 of" in job.args[0] and "Panel 1 of" in job.args[0]
    assert job.args[-1][0].startswith("exhibits/sample/")  # a problem points to the panel's file
