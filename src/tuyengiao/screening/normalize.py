"""Vietnamese text normalisation.

Three forms, each idempotent and identical for NFC and NFD input:

* ``clean``: what we store for display: NFC, look-alike letters fixed, spaces collapsed. The
  user's own tone placement ("hoà" or "hòa") is kept.
* ``canonical``: what we compare: ``clean`` plus one tone placement per syllable, lower case,
  punctuation turned into spaces.
* ``fold``: what diacritic-free search compares: ``canonical`` without any diacritics, đ as d.
"""

import re
import unicodedata

# Letters that look like Đ/đ but are not (Icelandic eth, African D with stroke).
_LOOKALIKES = str.maketrans({"\u00d0": "\u0110", "\u0189": "\u0110", "\u00f0": "\u0111", "\u0256": "\u0111"})

# Combining marks for the five tones; the other marks (breve, circumflex, horn) belong to the letter.
_TONE_MARKS = {"\u0300": 1, "\u0309": 2, "\u0303": 3, "\u0301": 4, "\u0323": 5}
_TONE_BY_NUMBER = {number: mark for mark, number in _TONE_MARKS.items()}
_VOWELS = set("aăâeêioôơuưy")
_MARKED_VOWELS = set("ăâêôơư")
_WORD = re.compile(r"\w+", re.UNICODE)
_SPACES = re.compile(r"\s+")
_NON_WORD = re.compile(r"[^\w]+", re.UNICODE)


def clean(text: str | None) -> str:
    """NFC, look-alikes replaced, whitespace collapsed and trimmed."""
    if not text:
        return ""
    text = unicodedata.normalize("NFC", text).translate(_LOOKALIKES)
    return _SPACES.sub(" ", text).strip()


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


def canonical(text: str | None) -> str:
    """Comparison form: one tone placement, lower case, words separated by single spaces."""
    text = clean(text).lower()
    text = _NON_WORD.sub(" ", text).replace("_", " ")
    return " ".join(_place_tone(word) for word in text.split())


def fold(text: str | None) -> str:
    """Diacritic-free comparison form: "Làm theo Bác" -> "lam theo bac"."""
    decomposed = unicodedata.normalize("NFD", canonical(text).replace("đ", "d"))
    return "".join(char for char in decomposed if not unicodedata.combining(char))


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
