"""Vietnamese normalisation: examples and properties (hypothesis)."""

import unicodedata

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tuyengiao.screening.normalize import canonical, clean, fold, query_matches, search_keys, syllables

NFD = lambda s: unicodedata.normalize("NFD", s)  # noqa: E731
NFC = lambda s: unicodedata.normalize("NFC", s)  # noqa: E731

# Building blocks of Vietnamese syllables, to generate realistic words with every tone placement.
ONSETS = ["", "b", "c", "ch", "d", "đ", "g", "gh", "gi", "h", "k", "kh", "l", "m", "n", "ng", "ngh", "nh",
          "p", "ph", "qu", "r", "s", "t", "th", "tr", "v", "x"]
RHYMES = ["a", "ai", "am", "an", "ang", "anh", "ao", "au", "ay", "ăm", "ăn", "ăng", "âm", "ân", "âng", "âu", "ây",
          "e", "em", "en", "eo", "ê", "êm", "ên", "ênh", "êu", "i", "ia", "iêm", "iên", "iêng", "iêu", "in", "inh",
          "iu", "o", "oa", "oai", "oan", "oang", "oanh", "oay", "oe", "oen", "oi", "om", "on", "ong", "ô", "ôi",
          "ôm", "ôn", "ông", "ơ", "ơi", "ơm", "ơn", "u", "ua", "uân", "uê", "ui", "um", "un", "ung", "uy", "uya",
          "uyên", "uyết", "uôi", "uôn", "uông", "ư", "ưa", "ưi", "ưng", "ươi", "ươm", "ươn", "ương", "ươu", "y",
          "yên", "yêu", "ac", "ach", "at", "ap", "ich", "iêt", "oc", "ôc", "ơt", "uc", "ưc", "ươc", "uyêt", "oat"]
TONES = ["", "\u0300", "\u0309", "\u0303", "\u0301", "\u0323"]
VOWELS = set("aăâeêioôơuưy")


@st.composite
def syllable_spellings(draw):
    """A syllable and the same syllable with its tone mark on any other vowel."""
    onset = draw(st.sampled_from(ONSETS))
    rhyme = draw(st.sampled_from(RHYMES))
    tone = draw(st.sampled_from(TONES[1:]))
    word = onset + rhyme
    positions = [i for i, ch in enumerate(word) if ch in VOWELS and i >= len(onset)]
    if not positions:
        positions = [len(word) - 1]
    spell = lambda i: NFC(NFD(word[: i + 1]) + tone + word[i + 1:])  # noqa: E731
    first, second = draw(st.sampled_from(positions)), draw(st.sampled_from(positions))
    return spell(first), spell(second)


viet_text = st.lists(
    st.one_of(syllable_spellings().map(lambda pair: pair[0]), st.sampled_from([",", ".", " ", "\n", "-", "5", "2024", "%"])),
    max_size=30,
).map(" ".join)
any_text = st.one_of(st.text(max_size=40), viet_text)


def test_examples():
    assert canonical("Hoà  bình,  KHOẺ mạnh; Thuý") == canonical("hòa bình khỏe mạnh thúy") == "hòa bình khỏe mạnh thúy"
    assert canonical(NFD("Làm theo Bác")) == "làm theo bác"
    assert canonical("\u00d0oàn kết") == canonical("Đoàn kết") == "đoàn kết"  # Icelandic eth looks like Đ
    assert clean("  Hoà\u00a0bình \n") == "Hoà bình"  # display form keeps the user's tone placement
    assert fold("Đoàn Thị Thuý") == "doan thi thuy"
    assert search_keys("Nguyễn Văn Ân") == ("nguyễn văn ân", "nguyen van an")
    assert query_matches("lam theo bac") == ("fold", "lam theo bac")
    assert query_matches("làm theo Bác") == ("canonical", "làm theo bác")
    assert syllables("Số hoá 1.500 hồ sơ, đạt 98%!") == ["số", "hóa", "0", "hồ", "sơ", "đạt", "0"]


@given(syllable_spellings())
def test_any_tone_placement_is_one_word(pair):
    first, second = pair
    assert canonical(first) == canonical(second)
    assert canonical(first.upper()) == canonical(second)
    assert canonical(NFD(first)) == canonical(second)


@settings(max_examples=400)
@given(any_text)
def test_idempotent_and_form_independent(text):
    for function in (clean, canonical, fold):
        once = function(text)
        assert function(once) == once
        assert function(NFD(text)) == once
        assert function(NFC(text)) == once
        assert NFC(once) == once


@settings(max_examples=300)
@given(viet_text)
def test_case_and_spacing_do_not_matter(text):
    assert canonical(text.upper()) == canonical(text)
    assert canonical("  " + text.replace(" ", "  \t") + " ") == canonical(text)
    assert fold(text).isascii()


@settings(max_examples=300)
@given(any_text)
def test_syllables_are_canonical_words(text):
    words = syllables(text)
    assert words == syllables(NFD(text))
    assert all(word and " " not in word for word in words)


# The batch paths (one pass over a whole batch, ``records.split_deeds_batch`` and
# ``chunks.token_hashes``) must give exactly what the per-text functions give.
pledge_text = st.lists(
    st.one_of(syllable_spellings().map(lambda pair: pair[1]), st.sampled_from(["\n", "\r\n", "; ", ". ", "2. ", "b) ", "- ", "• ", "Ð) ", "\u00a0",
                                          "\t", "1.", "a)", "\x0b", "\u2028", "\x00", " \x00 ", " ", ","]), st.text(max_size=4)),
    max_size=16,
).map("".join)


def test_batch_deed_split_knows_every_whitespace():
    import sys

    from tuyengiao.screening.records import OTHER_SPACES

    assert not any(chr(c).isspace() for c in range(0x3001, sys.maxunicode + 1))
    assert "\t" in OTHER_SPACES and "\u3000" in OTHER_SPACES and " " not in OTHER_SPACES


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.one_of(st.none(), pledge_text), max_size=6))
def test_batch_deed_split_is_split_deeds(texts):
    from tuyengiao.screening.normalize import syllables_of_clean
    from tuyengiao.screening.records import clean_spaces, deed_lines_batch, split_deeds, split_deeds_batch

    deeds, counts = split_deeds_batch(texts)
    assert deeds == [deed for text in texts for deed in split_deeds(text)]
    assert counts == [len(split_deeds(text)) for text in texts]
    # Deeds before spacing is cleaned: the same deeds, the same words.
    lines, line_counts = deed_lines_batch(texts)
    assert line_counts == counts and clean_spaces(lines) == deeds
    assert [syllables_of_clean(line) for line in lines] == [syllables_of_clean(deed) for deed in deeds]


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(pledge_text, max_size=6), st.booleans())
def test_batch_token_hashes_are_syllables(texts, is_clean):
    from tuyengiao.screening.chunks import token_hashes
    from tuyengiao.screening.normalize import syllables_of_clean
    from tuyengiao.screening.shingles import token_hash

    if is_clean:
        texts = [clean(text) for text in texts]
    words = [syllables_of_clean(text) if is_clean else syllables(text) for text in texts]
    hashes, lengths = token_hashes(texts, is_clean)
    assert hashes.tolist() == [token_hash(word) for each in words for word in each]
    assert lengths.tolist() == [len(each) for each in words]
