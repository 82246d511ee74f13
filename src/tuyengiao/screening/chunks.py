"""Batch tokenisation through a table of distinct chunks of text.

A chunk is a run of text between whitespace ("hồ", "sơ,", "98%!"). A language has a few thousand
syllables and people reuse them with the same punctuation, so a batch of a million texts holds only
tens of thousands of distinct chunks. Each distinct chunk is normalised and hashed once
(``normalize._chunk_tokens``, ``shingles.TOKEN_HASHES``) and kept in a table; a batch is then one
``split`` of the whole batch, one dictionary lookup per chunk and a numpy gather. The result is
exactly ``syllables_of_clean`` of every document, hashed (tests compare the two).
"""

from __future__ import annotations

from array import array
from itertools import repeat
from typing import Sequence

import numpy as np

from tuyengiao.screening.normalize import LOOKALIKES, _chunk_tokens, nfc_lines, syllables, syllables_of_clean

# Separates documents in the joined batch: a chunk of its own, never inside a document (documents
# holding it go the slow way).
SEPARATOR = "\x00"
_JOIN = f" {SEPARATOR} "


class ChunkTable:
    """chunk -> row; row -> its token hashes (a slice of one flat array)."""

    cap = 500_000  # rows (a row costs ~150 bytes); beyond this the table is started again

    def __init__(self):
        self.rows: dict[str, int] = {SEPARATOR: 0}
        self._start = array("q", [0])
        self._length = array("q", [0])
        self._hashes = array("Q")
        self._arrays: tuple[np.ndarray, np.ndarray, np.ndarray] | None = None

    def _add(self, chunks) -> None:
        from tuyengiao.screening.shingles import TOKEN_HASHES

        for chunk in chunks:
            tokens = _chunk_tokens(chunk)
            self.rows[chunk] = len(self._start)
            self._start.append(len(self._hashes))
            self._length.append(len(tokens))
            self._hashes.extend(map(TOKEN_HASHES.__getitem__, tokens))
        self._arrays = None

    def arrays(self) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        if self._arrays is None:
            self._arrays = (np.array(self._start, dtype=np.int64), np.array(self._length, dtype=np.int64),
                            np.array(self._hashes, dtype=np.uint64))
        return self._arrays

    def lookup(self, chunks: list[str]) -> np.ndarray:
        """The row of every chunk, adding the new ones."""
        if len(self.rows) > self.cap:
            self.__init__()
        rows = np.fromiter(map(self.rows.get, chunks, repeat(-1)), dtype=np.int64, count=len(chunks))
        missing = np.flatnonzero(rows < 0)
        if len(missing) > len(chunks) // 8:  # a first batch: set arithmetic, then look up again
            self._add(set(chunks).difference(self.rows))
            return np.fromiter(map(self.rows.__getitem__, chunks), dtype=np.int64, count=len(chunks))
        if len(missing):
            self._add(dict.fromkeys(chunks[i] for i in missing.tolist()))
            rows[missing] = [self.rows[chunks[i]] for i in missing.tolist()]
        return rows


TABLE = ChunkTable()


def token_hashes(documents: Sequence[str | None], is_clean: bool = False) -> tuple[np.ndarray, np.ndarray]:
    """(hashes, lengths): the hashed ``syllables`` of every document (``syllables_of_clean`` if
    ``is_clean``), end to end, and how many each document has."""
    if not documents:
        return np.zeros(0, np.uint64), np.zeros(0, np.int64)
    joined = _JOIN.join(d or "" for d in documents)
    if not is_clean and not joined.isascii():  # what ``clean`` adds; its spacing is ``split``'s
        joined = nfc_lines(joined)
        for lookalike, letter in LOOKALIKES.items():
            joined = joined.replace(lookalike, letter)
    chunks = joined.lower().split()
    rows = TABLE.lookup(chunks)
    separators = np.flatnonzero(rows == 0)
    if len(separators) != len(documents) - 1:  # a document holds the separator itself
        from tuyengiao.screening.shingles import TOKEN_HASHES

        words = [syllables_of_clean(d or "") if is_clean else syllables(d) for d in documents]
        hashes = np.fromiter((TOKEN_HASHES[w] for ws in words for w in ws), dtype=np.uint64)
        return hashes, np.fromiter(map(len, words), dtype=np.int64, count=len(words))
    start, length, flat = TABLE.arrays()
    sizes = length[rows]
    ends = np.cumsum(sizes)
    positions = np.repeat(start[rows] - (ends - sizes), sizes) + np.arange(ends[-1] if len(ends) else 0)
    # Tokens before each separator, and in all: per-document counts by difference.
    before = np.concatenate([[0], ends[separators], [ends[-1] if len(ends) else 0]])
    return flat[positions], np.diff(before)
