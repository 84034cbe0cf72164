"""Spoken narration: the build speaks every track that has no recording, with timed captions.

A track without a ``file`` (see :class:`kiosk.content.model.Track`) is spoken from its transcript
with espeak-ng, chunk by chunk: the text is split into sentences, and a sentence longer than one
caption further at clause punctuation and then between words, so that every chunk fits one caption
cue of at most two lines of :data:`~kiosk.content.webvtt.MAX_LINE` characters. The chunks' audio is
joined with short silences, and each cue starts at the exact sample where its chunk starts, so the
captions are timed exactly.

Where the files go is computed from the text alone (:func:`spoken_files`): the kiosk finds them
without a manifest, and a changed text never plays stale audio. Plain Python, no Qt; the
subprocess, wave and temporary-file work happens in the job function, in a worker process.
"""

from __future__ import annotations

try:  # CPython's own SHA-256: hashlib would load OpenSSL's libcrypto (3 MB) into the running kiosk
    from _sha256 import sha256  # type: ignore[import-not-found]  # Python 3.11 (no stub)
except ImportError:  # pragma: no cover - depends on the Python version
    try:
        from _sha2 import sha256  # type: ignore[import-not-found]  # Python 3.12+ (no stub)
    except ImportError:
        from hashlib import sha256
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from kiosk.content import model as m
from kiosk.content.description import descriptions
from kiosk.content.markup import plain
from kiosk.content.reading import reading
from kiosk.content.webvtt import MAX_LINE, MAX_LINES
from kiosk.languages import language
from kiosk.media.jobs import Job, JobResult, disk_full, write_atomically

if TYPE_CHECKING:
    from kiosk.content.loader import LoadResult

__all__ = [
    "NARRATION_VERSION",
    "Chunk",
    "Voice",
    "chunks",
    "fits",
    "plan",
    "speak",
    "speech_input",
    "spoken_files",
    "spoken_text",
    "unavailable",
    "voice_for",
    "wrap",
]

#: Part of every file name's hash: bump it when the way text becomes audio changes.
NARRATION_VERSION = 1

#: The tool, and the hint when it is missing.
TOOL = "espeak-ng"
INSTALL_HINT = "apt-get install espeak-ng"


@dataclass(frozen=True, slots=True)
class Voice:
    """An espeak-ng voice and how it speaks: words a minute, pitch (0–99), amplitude (0–200)."""

    name: str
    rate: int = 150
    pitch: int = 50
    amplitude: int = 90  # espeak-ng's default of 100 clips on some Vietnamese vowels


#: Silence after a chunk, by what ends it (milliseconds).
PAUSES: dict[str, int] = {"paragraph": 900, "sentence": 550, "clause": 300, "word": 120}

_CLOSERS = "\"'”’»)]"
_OPENERS = "\"'“‘«(["
_SENTENCE_END = re.compile(r"[.!?…]+[" + re.escape(_CLOSERS) + r"]*$")
_CLAUSE_END = re.compile(r"[,;:]+[" + re.escape(_CLOSERS) + r"]*$")
_DASHES = ("—", "–", "-")


def voice_for(lang: str) -> Voice:
    """The voice the language table names (kiosk.languages); an unknown language tries its code."""
    row = language(lang)
    return Voice(row.voice or lang, row.words_per_minute)


# --- the text to speak --------------------------------------------------------------------------


def _source(track: m.Track, lang: str) -> tuple[str, str]:
    """(language actually spoken, its transcript): a missing language falls back like the
    transcript on screen does, and is then spoken with the voice of the text's own language."""
    if lang in track.transcript:
        return lang, track.transcript[lang]
    fallback = next(iter(track.transcript), lang)
    return fallback, track.transcript.get(fallback, "")


def spoken_text(track: m.Track, lang: str) -> str:
    """The plain text spoken for ``lang``: markup removed, spaces normalised, paragraphs kept."""
    text = plain(_source(track, lang)[1])
    return "\n\n".join(" ".join(_SPACES.split(p.strip())) for p in text.split("\n\n") if p.strip())


def spoken_files(out: Path, track: m.Track, lang: str, kind: str = "narration") -> tuple[Path, Path]:
    """The audio and caption files the build writes for a spoken ``track`` in ``lang``.

    ``<out>/<kind>/<hash>.<lang>.wav`` and ``.vtt`` (``kind``: ``narration``, or ``description``
    for audio description, :mod:`kiosk.content.description`), where the hash covers the language, the
    spoken text, the voice settings and :data:`NARRATION_VERSION`: it changes whenever the audio
    would. The caption file is written last, so when it exists both are complete.
    """
    speak_lang = _source(track, lang)[0]
    text = spoken_text(track, lang)
    voice = voice_for(speak_lang)
    settings = (
        NARRATION_VERSION,
        speak_lang,
        voice.name,
        voice.rate,
        voice.pitch,
        voice.amplitude,
        sorted(PAUSES.items()),
        MAX_LINE,
        MAX_LINES,
    )
    digest = sha256(f"{settings!r}\n{text}".encode()).hexdigest()[:16]
    folder = Path(out) / kind
    return folder / f"{digest}.{speak_lang}.wav", folder / f"{digest}.{speak_lang}.vtt"


# --- chunks that fit one caption ----------------------------------------------------------------


def _len(text: str) -> int:
    return len(unicodedata.normalize("NFC", text))


def wrap(text: str, width: int = MAX_LINE) -> list[str]:
    """``text`` on one line, or on two balanced lines broken between words.

    Of the breaks that keep both lines within ``width``, the one that makes the longer line
    shortest wins, with a preference for breaking after punctuation and not inside a name. When
    none does (the text is longer than two lines, or holds a word longer than a line), the most
    balanced break is used.
    """
    if _len(text) <= width:
        return [text]
    words = text.split(" ")
    best: tuple[float, int] | None = None
    for i in range(1, len(words)):
        top, bottom = " ".join(words[:i]), " ".join(words[i:])
        longest = max(_len(top), _len(bottom))
        score: float = longest + (1000 if longest > width else 0)
        if _CLAUSE_END.search(top) or _SENTENCE_END.search(top):
            score -= 6
        elif words[i - 1][:1].isupper() and words[i][:1].isupper():
            score += 4  # keep a name such as "Điện Biên Phủ" or "Henri Navarre" on one line
        score += 0.5 if _len(top) > _len(bottom) else 0  # a bottom-heavy pair reads better
        if best is None or score < best[0]:
            best = (score, i)
    if best is None:
        return [text]
    i = best[1]
    return [" ".join(words[:i]), " ".join(words[i:])]


def fits(text: str, width: int = MAX_LINE, lines: int = MAX_LINES) -> bool:
    """Whether ``text`` fits one caption: at most ``lines`` lines of ``width`` characters."""
    wrapped = wrap(text, width)
    return len(wrapped) <= lines and all(_len(line) <= width for line in wrapped)


@dataclass(frozen=True, slots=True)
class Chunk:
    """A piece of text spoken in one go and shown as one caption; ``end`` is what follows it:
    ``paragraph``, ``sentence``, ``clause`` or ``word`` (a break between words)."""

    text: str
    end: str


_NBSP = "\u00a0"
_GLUE_BEFORE = set("?!:;»%…")  # in French these follow a space, but never start a line
_SPACES = re.compile(r"[ \t\r\n]+")  # a no-break space the curator typed stays inside its word


def _words(paragraph: str) -> list[str]:
    """The words of a paragraph, with French spaced punctuation ("vaincre ?", "« Sortie »")
    held to its word by a no-break space, so no caption line starts with it."""
    words: list[str] = []
    for word in _SPACES.split(paragraph.strip()):
        if not word:
            continue
        punctuation = word[0] in _GLUE_BEFORE and not any(c.isalnum() for c in word)
        if words and (punctuation or words[-1] == "«"):
            words[-1] += _NBSP + word
        else:
            words.append(word)
    return words


def _kind(words: list[str], i: int, last_of_paragraph: bool) -> str:
    """What ends after ``words[i]``: a paragraph, a sentence, a clause, or just a word."""
    if last_of_paragraph:
        return "paragraph"
    word = words[i]
    nxt = words[i + 1] if i + 1 < len(words) else ""
    if _SENTENCE_END.search(word):
        first = nxt.lstrip(_OPENERS + _NBSP)[:1]
        if not first or first.isupper() or first.isdigit():
            return "sentence"
    if _CLAUSE_END.search(word) or word in _DASHES:
        return "clause"
    return "word"


def _balanced(words: list[str]) -> list[str]:
    """``words`` in the fewest pieces that each fit a caption, as even in length as possible."""
    n = len(words)
    window = MAX_LINE * MAX_LINES // 2 + 1  # no caption holds more words than this
    inf = float("inf")
    # best[j] = (pieces, longest piece) for words[:j]; prev[j] = where its last piece starts
    best: list[tuple[float, float]] = [(0, 0)] + [(inf, inf)] * n
    prev = [0] * (n + 1)
    for j in range(1, n + 1):
        for i in range(j - 1, max(0, j - window) - 1, -1):
            piece = " ".join(words[i:j])
            if i < j - 1 and not fits(piece):
                break  # a longer piece ending at j cannot fit either
            if best[i][0] < inf:
                cand = (best[i][0] + 1, max(best[i][1], _len(piece)))
                if cand < best[j]:
                    best[j], prev[j] = cand, i
    pieces = []
    j = n
    while j > 0:
        pieces.append(" ".join(words[prev[j] : j]))
        j = prev[j]
    return pieces[::-1]


def _sentence_chunks(words: list[str], kinds: list[str]) -> Iterator[Chunk]:
    """One sentence's chunks: whole if it fits, else clauses packed greedily, else words."""
    text = " ".join(words)
    if fits(text):
        yield Chunk(text, kinds[-1])
        return
    clauses: list[tuple[list[str], str]] = []
    start = 0
    for i, kind in enumerate(kinds):
        if kind != "word" or i == len(words) - 1:
            clauses.append((words[start : i + 1], kinds[i]))
            start = i + 1
    current: list[str] = []
    current_end = "word"
    for clause_words, end in clauses:
        if current and fits(" ".join(current + clause_words)):
            current += clause_words
            current_end = end
            continue
        if current:
            yield Chunk(" ".join(current), current_end)
        if fits(" ".join(clause_words)):
            current, current_end = list(clause_words), end
            continue
        pieces = _balanced(clause_words)
        for piece in pieces[:-1]:
            yield Chunk(piece, "word")
        current, current_end = pieces[-1].split(" "), end
    if current:
        yield Chunk(" ".join(current), current_end)


def chunks(text: str) -> list[Chunk]:
    """``text`` (plain, paragraphs separated by a blank line) as chunks that each fit a caption.

    Joining the chunks' texts with single spaces gives back the text with its whitespace
    normalised (and French spaced punctuation held by a no-break space): no word is lost, added
    or changed.
    """
    out: list[Chunk] = []
    for paragraph in re.split(r"\n\s*\n", text):
        words = _words(paragraph)
        if not words:
            continue
        kinds = [_kind(words, i, i == len(words) - 1) for i in range(len(words))]
        start = 0
        for i, kind in enumerate(kinds):
            if kind in ("sentence", "paragraph"):
                out.extend(_sentence_chunks(words[start : i + 1], kinds[start : i + 1]))
                start = i + 1
    return out


# --- what each voice can pronounce ----------------------------------------------------------------

_FRENCH_LETTERS = set("àâäæçéèêëîïôœùûüÿÀÂÄÆÇÉÈÊËÎÏÔŒÙÛÜŸ")
_FOLD = str.maketrans({"đ": "d", "Đ": "D", "œ": "oe", "Œ": "Oe", "æ": "ae", "Æ": "Ae", "ß": "ss"})


def _fold(word: str) -> str:
    decomposed = unicodedata.normalize("NFD", word.translate(_FOLD))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def speech_input(text: str, lang: str) -> str:
    """The text handed to the synthesiser for ``lang``.

    The English and French voices spell out letters they do not know ("d with stroke…"), so in
    words holding such letters (Vietnamese names, mostly) the diacritics are dropped for the
    voice, as French and English writers often do: "Điện Biên Phủ" is read as "Dien Bien Phu".
    Captions keep the text as written.
    """
    if lang == "vi":
        return text
    known = _FRENCH_LETTERS if lang == "fr" else set()

    def fold(match: re.Match[str]) -> str:
        word = match.group()
        if all(c.isascii() or c in known for c in word):
            return word
        return _fold(word)

    return re.sub(r"\w+", fold, text)


# --- the job --------------------------------------------------------------------------------------


def _warning(where: tuple[str, int, int], message: str, hint: str, code: str) -> m.Problem:
    file, line, col = where
    return m.Problem(file, line, col, message, hint, "", m.Severity.WARNING, code)


def unavailable(where: tuple[str, int, int], message: str, hint: str) -> JobResult:
    """The job run when the synthesiser or a voice is missing: a warning, no files. The kiosk
    then shows the transcript without audio."""
    return JobResult(problems=(_warning(where, message, hint, "narration-tool"),))


def _synthesise(exe: str, voice: Voice, text: str, target: Path) -> None:
    import subprocess

    command = [
        exe,
        "-v",
        voice.name,
        "-s",
        str(voice.rate),
        "-p",
        str(voice.pitch),
        "-a",
        str(voice.amplitude),
        "-b",
        "1",
        "-z",
        "--stdin",
        "-w",
        str(target),
    ]
    done = subprocess.run(command, input=text.encode("utf-8"), capture_output=True, timeout=120, check=False)
    if done.returncode != 0 or not target.is_file():
        detail = done.stderr.decode("utf-8", "replace").strip().splitlines()
        raise RuntimeError(f"{TOOL} failed ({detail[-1] if detail else f'exit {done.returncode}'})")


def speak(
    text: str, lang: str, voice: Voice, exe: str, wav: str, vtt: str, out: str, where: tuple[str, int, int]
) -> JobResult:
    """Speak ``text`` with ``voice`` into ``wav``, with captions in ``vtt`` timed to the sample.

    Runs in a worker process; reports a warning instead of raising (the kiosk then shows the
    transcript alone).
    """
    import tempfile
    import wave

    from kiosk.content.webvtt import Cue, write

    wav_path, vtt_path = Path(wav), Path(vtt)
    try:
        pieces = chunks(text)
        if not pieces:
            return JobResult(
                problems=(
                    _warning(
                        where,
                        f"the {lang} transcript is empty: nothing to speak",
                        "write the text to be spoken in transcript:",
                        "narration-empty",
                    ),
                )
            )
        params = None
        audio: list[bytes] = []
        onsets: list[int] = []
        frames = 0
        with tempfile.TemporaryDirectory(prefix="kiosk-narration-") as tmp:
            for k, piece in enumerate(pieces):
                target = Path(tmp) / f"{k}.wav"
                _synthesise(exe, voice, speech_input(piece.text, lang), target)
                with wave.open(str(target), "rb") as w:
                    p = (w.getnchannels(), w.getsampwidth(), w.getframerate())
                    data = w.readframes(w.getnframes())
                if params is None:
                    params = p
                elif p != params:
                    raise RuntimeError(f"{TOOL} changed the audio format between sentences")
                if k:  # the silence after the previous chunk
                    pause = round(params[2] * PAUSES[pieces[k - 1].end] / 1000)
                    audio.append(b"\0" * pause * params[0] * params[1])
                    frames += pause
                onsets.append(frames)
                audio.append(data)
                frames += len(data) // (params[0] * params[1])
        assert params is not None
        channels, width, rate = params

        def ms(frame: int) -> int:
            return round(frame * 1000 / rate)

        bounds = [*onsets, frames]
        cues = [Cue(ms(bounds[k]), ms(bounds[k + 1]), "\n".join(wrap(piece.text))) for k, piece in enumerate(pieces)]

        def write_wav(f: IO[bytes]) -> None:
            with wave.open(f, "wb") as w:
                w.setnchannels(channels)
                w.setsampwidth(width)
                w.setframerate(rate)
                w.setnframes(frames)
                for data in audio:
                    w.writeframesraw(data)

        write_atomically(wav_path, write_wav)
        write_atomically(vtt_path, lambda f: f.write(write(cues).encode("utf-8")))
        return JobResult(record=_record(lang, wav_path, vtt_path, Path(out), ms(frames), len(cues)))
    except Exception as exc:  # a job reports, it never raises
        if disk_full(exc, wav_path.parent if wav_path.parent.is_dir() else None):
            file, line, col = where
            full = m.Problem(
                file,
                line,
                col,
                f"could not write the {lang} narration: the disk holding {wav_path.parent} is full",
                "free some space (or build to a larger disk with --out) and run `kiosk assets build` again",
                "",
                m.Severity.ERROR,
                "disk-full",
            )
            return JobResult(problems=(full,))
        return JobResult(
            problems=(
                _warning(
                    where,
                    f"could not speak the {lang} narration: {exc}",
                    f"check that '{exe} -v {voice.name} \"test\"' works; if not: {INSTALL_HINT}",
                    "narration-failed",
                ),
            )
        )


def _record(lang: str, wav: Path, vtt: Path, out: Path, duration_ms: int, cues: int) -> dict[str, Any]:
    def rel(p: Path) -> str:
        try:
            return p.relative_to(out).as_posix()
        except ValueError:
            return p.as_posix()

    return {"lang": lang, "audio": rel(wav), "captions": rel(vtt), "duration_ms": duration_ms, "cues": cues}


def _existing_record(lang: str, wav: Path, vtt: Path, out: Path) -> dict[str, Any] | None:
    """The record of a narration built by an earlier run (read from the files' headers)."""
    import wave

    from kiosk.content.webvtt import read

    try:
        with wave.open(str(wav), "rb") as w:
            duration = round(w.getnframes() * 1000 / w.getframerate())
    except (OSError, EOFError, wave.Error):
        return None
    return _record(lang, wav, vtt, out, duration, len(read(vtt).cues))


# --- the plan -------------------------------------------------------------------------------------


def _voices(exe: str) -> set[str] | None:
    """The voice and language names espeak-ng knows, or None when it cannot say."""
    import subprocess

    try:
        done = subprocess.run([exe, "--voices"], capture_output=True, timeout=30, check=False)
    except (OSError, subprocess.SubprocessError):
        return None
    if done.returncode != 0:
        return None
    names: set[str] = set()
    # Columns: Pty Language Age/Gender VoiceName File Other-languages
    for line in done.stdout.decode("utf-8", "replace").splitlines()[1:]:
        cols = line.split()
        if len(cols) >= 5:
            names.update((cols[1], cols[3], cols[4]))
    return names or None


def _spoken_tracks(ex: m.Exhibit) -> Iterator[tuple[str, m.Track, str, object]]:
    """(key prefix, track, kind, where it was written) for every spoken track of an exhibit, in
    reading order, then its audio descriptions (kind ``description``, :mod:`kiosk.content.description`)."""
    for section in ex.sections:
        base = f"{ex.id}/{section.id}"
        if section.narration is not None and section.narration.spoken:
            yield f"{base}/narration", section.narration, "narration", section.narration
        for panel in section.panels:
            if panel.narration is not None and panel.narration.spoken:
                yield f"{base}/{panel.id}/narration", panel.narration, "narration", panel.narration
            elif panel.narration is None:
                read = reading(panel, ex.languages)  # what "Listen" says on a panel with no narration
                if read is not None:
                    yield f"{base}/{panel.id}/reading", read, "narration", panel
            track = getattr(panel, "track", None)
            if isinstance(track, m.Track) and track.spoken:
                yield f"{base}/{panel.id}/track", track, "narration", track
    if ex.sections:
        for key, track, origin in descriptions(ex):
            yield key, track, "description", origin


def plan(result: LoadResult, out: Path) -> list[Job]:
    """One job per spoken track and language of the loaded content (``result``: a
    :class:`kiosk.content.LoadResult`), writing under ``out/narration``, and one per audio
    description and language under ``out/description`` (their records go to
    ``description.json``, the build's manifest of kind ``"description"``).

    Tracks with the same text share a job. A job whose files exist already is ``done()`` and
    carries the record read from them. When espeak-ng or a voice is missing, the jobs still
    come, and each reports a warning with the hint to install it.
    """
    import shutil

    out = Path(out)
    exe = shutil.which(TOOL)
    voices: set[str] | None = None  # None: not asked yet, or espeak-ng could not say
    asked = False
    jobs: list[Job] = []
    seen: set[Path] = set()
    for ex in result.exhibits:
        for key, track, kind, origin in _spoken_tracks(ex):
            loc = result.where(track) or result.where(origin)
            where = (loc.file, *loc.key("transcript")) if loc is not None else ("", 0, 0)
            for lang in ex.languages:
                wav, vtt = spoken_files(out, track, lang, kind)
                if wav in seen:
                    continue
                seen.add(wav)
                speak_lang = _source(track, lang)[0]
                voice = voice_for(speak_lang)
                label = f"{key} ({speak_lang})"
                common: dict[str, Any] = {
                    "kind": kind,
                    "key": f"{key}.{speak_lang}",
                    "label": label,
                    "outputs": (wav, vtt),
                }
                record = None
                if wav.exists() and vtt.exists():
                    record = _existing_record(speak_lang, wav, vtt, out)
                if exe is None:
                    jobs.append(
                        Job(
                            **common,
                            func=unavailable,
                            record=record,
                            args=(
                                where,
                                f"cannot speak the {speak_lang} narration: {TOOL} is not installed",
                                INSTALL_HINT,
                            ),
                        )
                    )
                    continue
                if not asked:
                    voices, asked = _voices(exe), True
                if voices is not None and voice.name not in voices:
                    jobs.append(
                        Job(
                            **common,
                            func=unavailable,
                            record=record,
                            args=(
                                where,
                                f"cannot speak the {speak_lang} narration: {TOOL} has no '{voice.name}' voice",
                                f"{INSTALL_HINT} (or espeak-ng-data for more "
                                "voices); the kiosk shows the transcript meanwhile",
                            ),
                        )
                    )
                    continue
                jobs.append(
                    Job(
                        **common,
                        func=speak,
                        record=record,
                        args=(spoken_text(track, lang), speak_lang, voice, exe, str(wav), str(vtt), str(out), where),
                    )
                )
    return jobs
