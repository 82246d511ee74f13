"""Vietnamese text normalisation.

Three forms, each idempotent and identical for NFC and NFD input:

* ``clean``: what we store for display: NFC, look-alike letters fixed, spaces collapsed. The
  user's own tone placement ("hoà" or "hòa") is kept.
* ``canonical``: what we compare: ``clean`` plus one tone placement per syllable, lower case,
  punctuation turned into spaces.
* ``fold``: what diacritic-free search compares: ``canonical`` without any diacritics, đ as d.

For screening, ``syllables`` gives the canonical words with every number folded to "0", and
``syllable_spans`` where each of them sits in the displayed text.
"""

import re
import unicodedata
from itertools import repeat

# Letters that look like Đ/đ but are not (Icelandic eth, African D with stroke).
LOOKALIKES = {"\u00d0": "\u0110", "\u0189": "\u0110", "\u00f0": "\u0111", "\u0256": "\u0111"}

# Combining marks for the five tones; the other marks (breve, circumflex, horn) belong to the letter.
_TONE_MARKS = {"\u0300": 1, "\u0309": 2, "\u0303": 3, "\u0301": 4, "\u0323": 5}
_TONE_BY_NUMBER = {number: mark for mark, number in _TONE_MARKS.items()}
_VOWELS = set("aăâeêioôơuưy")
_MARKED_VOWELS = set("ăâêôơư")
# Runs of letters and digits; punctuation and "_" separate words.
_WORD = re.compile(r"[^\W_]+")
# Screening tokens: a number with its separators ("1.500", "30/9/2024", "98") or a word.
_TOKEN = re.compile(r"(\d+(?:[.,/:\-]\d+)*)(?![^\W_])|[^\W_]+")


def clean(text: str | None) -> str:
    """NFC, look-alikes replaced, whitespace collapsed and trimmed."""
    if not text:
        return ""
    text = unicodedata.normalize("NFC", text)
    if not text.isascii():
        for lookalike, letter in LOOKALIKES.items():
            if lookalike in text:
                text = text.replace(lookalike, letter)
    return " ".join(text.split())


def nfc_lines(text: str) -> str:
    """NFC of a long text (a whole batch), line by line, normalising only the lines that need it
    (a new line never composes with its neighbours). Checking the whole text at once is slow as
    soon as one line is not NFC: the check then normalises everything."""
    if text.isascii():
        return text
    lines = text.split("\n")
    normal = list(map(unicodedata.is_normalized, repeat("NFC", len(lines)), lines))  # a loop in C
    if all(normal):
        return text
    for i in [i for i, ok in enumerate(normal) if not ok]:
        lines[i] = unicodedata.normalize("NFC", lines[i])
    return "\n".join(lines)


def _split_tone(syllable: str) -> tuple[str, int]:
    """Return the syllable without its tone mark (NFC) and the tone number (0 = none)."""
    tone = 0
    kept = []
    for char in unicodedata.normalize("NFD", syllable):
        if char in _TONE_MARKS:
            tone = _TONE_MARKS[char]
        else:
            kept.append(char)
    return unicodedata.normalize("NFC", "".join(kept)), tone


def _tone_position(base: str) -> int | None:
    """Index of the letter that carries the tone in a lower-case toneless syllable."""
    start = 0
    if base.startswith("qu") or (base.startswith("gi") and len(base) > 2 and base[2] in _VOWELS):
        start = 2
    while start < len(base) and base[start] not in _VOWELS:
        start += 1
    end = start
    while end < len(base) and base[end] in _VOWELS:
        end += 1
    if start == end:
        if base.startswith("gi") and len(base) >= 2:  # "gì", "gìn": i is the only vowel
            return 1
        return None
    cluster = base[start:end]
    marked = [i for i, letter in enumerate(cluster) if letter in _MARKED_VOWELS]
    if marked:
        return start + marked[-1]
    if end < len(base) or len(cluster) == 1:
        return end - 1 if end < len(base) else start
    if len(cluster) == 3:
        return start + 1
    # Two open vowels with no final consonant: "hòa", "khỏe", "thúy", "mùa", "tài".
    return start


def _place_tone(word: str) -> str:
    base, tone = _split_tone(word)
    if tone == 0 or not base.isalpha():
        return unicodedata.normalize("NFC", word)
    position = _tone_position(base)
    if position is None:
        return unicodedata.normalize("NFC", word)
    decomposed = unicodedata.normalize("NFD", base[position]) + _TONE_BY_NUMBER[tone]
    return base[:position] + unicodedata.normalize("NFC", decomposed) + base[position + 1 :]


# Memos: a language has a few thousand syllables and people reuse the same words with the same
# punctuation, so caching per whitespace-separated chunk makes ``canonical`` and ``syllables`` several
# times faster. The cap only bounds memory on junk input (numbers, codes, typos).
_MEMO_CAP = 300_000
_WORD_MEMO: dict[str, str] = {}
_CHUNK_CANONICAL: dict[str, str] = {}
_CHUNK_TOKENS: dict[str, tuple[str, ...]] = {}


def _remember(memo: dict, key: str, value):
    if len(memo) >= _MEMO_CAP:
        memo.clear()
    memo[key] = value
    return value


def _canonical_word(word: str) -> str:
    placed = _WORD_MEMO.get(word)
    if placed is None:
        placed = _remember(_WORD_MEMO, word, word if word.isascii() else _place_tone(word))
    return placed


def _canonical_chunk(chunk: str) -> str:
    """Canonical words of one lower-case chunk of text with no whitespace in it."""
    words = _CHUNK_CANONICAL.get(chunk)
    if words is None:
        words = _remember(_CHUNK_CANONICAL, chunk, " ".join(map(_canonical_word, _WORD.findall(chunk))))
    return words


def _chunk_tokens(chunk: str) -> tuple[str, ...]:
    tokens = _CHUNK_TOKENS.get(chunk)
    if tokens is None:
        tokens = _remember(_CHUNK_TOKENS, chunk, tuple(
            "0" if match.group(1) else _canonical_word(match.group(0)) for match in _TOKEN.finditer(chunk)
        ))
    return tokens


def canonical(text: str | None) -> str:
    """Comparison form: one tone placement, lower case, words separated by single spaces."""
    # Words never span whitespace, so the text can be handled chunk by chunk.
    return " ".join(filter(None, map(_canonical_chunk, clean(text).lower().split())))


def fold(text: str | None) -> str:
    """Diacritic-free comparison form: "Làm theo Bác" -> "lam theo bac"."""
    decomposed = unicodedata.normalize("NFD", canonical(text).replace("đ", "d"))
    stripped = "".join(char for char in decomposed if not unicodedata.combining(char))
    return stripped if stripped.isascii() else unicodedata.normalize("NFC", stripped)


def search_keys(text: str | None) -> tuple[str, str]:
    """(canonical, folded) keys to store beside a searchable name."""
    return canonical(text), fold(text)


def query_matches(query: str) -> tuple[str, str]:
    """Which stored key a query should be matched against, and the normalised query.

    A query typed without diacritics ("lam theo bac") searches the folded key; one with
    diacritics searches the canonical key, so that "Bác" does not also find "bắc".
    """
    folded = fold(query)
    key = canonical(query)
    return ("fold", folded) if key == folded else ("canonical", key)


# Vietnamese alphabetical order, with the foreign letters where dictionaries put them.
_ALPHABET = "aăâbcdđeêfghijklmnoôơpqrstuưvwxyz"
_LETTER_CODE = {letter: f"{20 + index:02d}" for index, letter in enumerate(_ALPHABET)}


def _letters_and_tones(word: str) -> tuple[str, str]:
    codes, tones = [], []
    for char in canonical(word).replace(" ", ""):
        base, tone = _split_tone(char)
        if base in _LETTER_CODE:
            codes.append(_LETTER_CODE[base])
        elif base.isdigit():
            codes.append(f"1{base}")
        else:
            continue
        tones.append(str(tone))
    return "".join(codes), "".join(tones)


def name_sort_key(full_name: str | None) -> str:
    """A digits-only key that sorts people as Vietnamese lists do.

    Given name first, then middle names, then family name ("Nguyễn Văn An" sorts as "An Văn
    Nguyễn"); letters in Vietnamese order (a < ă < â, d < đ); tones only break ties. Digits only,
    so any database collation orders it the same way.
    """
    words = canonical(full_name).split()
    if not words:
        return ""
    ordered = [words[-1], *words[1:-1], words[0]] if len(words) > 1 else words
    parts = [_letters_and_tones(word) for word in ordered]
    primary = "00".join(code for code, _ in parts)
    secondary = "".join(tones for _, tones in parts)
    return f"{primary}000{secondary}"[:250]



def syllables(text: str | None) -> list[str]:
    """Canonical syllables for screening, every number ("1.500", "98", "30/9/2024") folded to "0"."""
    return syllables_of_clean(clean(text))


def syllables_of_clean(text: str) -> list[str]:
    """``syllables`` of a text that is already ``clean`` (saves normalising it twice)."""
    tokens: list[str] = []
    for chunk in text.lower().split():
        tokens.extend(_chunk_tokens(chunk))
    return tokens


def syllable_spans(text: str | None) -> tuple[str, list[tuple[int, int]]]:
    """``clean(text)`` and the character span in it of every token ``syllables`` returns, in
    order: to quote words as the user wrote them ("Hồ Chí Minh", not "hồ chí minh")."""
    shown = clean(text)
    return shown, [match.span() for match in _TOKEN.finditer(shown)]
