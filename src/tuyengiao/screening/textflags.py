"""The flags a pledge earns on its own text: too_long, vague, off_theme, off_duty."""

from __future__ import annotations

from typing import Sequence

import numpy as np

from tuyengiao.screening import flags as F
from tuyengiao.screening.analysis import analyze
from tuyengiao.screening.lexicon import load_lexicon
from tuyengiao.screening.records import DEFAULT_SETTINGS, Campaign, Flag, Settings
from tuyengiao.screening.relatedness import (Topics, duty_relation, field_mask, judged, kind_mask,
                                             theme_concept_mask, theme_relation)
from tuyengiao.screening.sketch import Prepared
from tuyengiao.screening.vague import deed_evidence, vague_deeds, vague_scores

TOPICS_SHOWN = 3


class TextScreen:
    """Compiled once per campaign (theme, lexicon); then applied to batches of prepared pledges."""

    def __init__(self, campaign: Campaign, settings: Settings = DEFAULT_SETTINGS):
        self.campaign = campaign
        self.settings = settings
        self.lexicon = load_lexicon(settings.stock_phrases)
        self.theme = Topics.build([campaign.theme], self.lexicon)
        theme_concepts = theme_concept_mask(self.theme, self.lexicon, settings.relatedness)
        self.theme_topics = self.theme.labels(self.lexicon, 0, theme_concepts)
        self._fields = field_mask(self.lexicon)
        self._topical = kind_mask(self.lexicon, "field", "people")

    def flags(self, prepared: Prepared, pledges: Sequence[int], duties: Sequence[str]) -> list[list[Flag]]:
        """Text flags of the given pledges (positions in ``prepared``); ``duties[k]`` belongs to
        ``pledges[k]`` ("" when unknown)."""
        pledges = np.asarray(pledges, dtype=np.int64)
        if len(pledges) == 0:
            return []
        counts = prepared.deed_counts[pledges]
        first = np.concatenate([[0], np.cumsum(prepared.deed_counts)[:-1]])[pledges]
        deeds = np.repeat(first - np.concatenate([[0], np.cumsum(counts)[:-1]]), counts) + np.arange(counts.sum())
        deed_pledge = np.repeat(np.arange(len(pledges)), counts)
        lexicon, rules = self.lexicon, self.settings.relatedness
        features = analyze(prepared.deed_tokens.take(deeds), deed_pledge, len(pledges), lexicon)
        vague = vague_deeds(features, self.settings.vague)
        vague_score = vague_scores(features)
        is_judged = judged(features, lexicon, rules)
        theme_related, theme_weight, theme_shared = theme_relation(features, self.theme, lexicon, rules)
        duty_texts = sorted({d for d in duties if d})
        duty_row = {text: row for row, text in enumerate(duty_texts)}
        pledge_duty = np.array([duty_row.get(d, -1) if d else -1 for d in duties], dtype=np.int64)
        duty_topics = Topics.build(duty_texts, lexicon)
        duty_related, duty_judgeable, duty_weight, duty_shared = duty_relation(
            features, duty_topics, pledge_duty, lexicon, rules)
        deed_texts = prepared.deed_texts(deeds)
        chars = np.fromiter(map(len, deed_texts), dtype=np.int64, count=len(deed_texts))
        deed_base = np.concatenate([[0], np.cumsum(counts)])
        guide = max(self.campaign.length_guide, 1) * self.settings.too_long_factor
        longest = np.zeros(len(pledges), dtype=chars.dtype)
        some = np.flatnonzero(counts > 0)  # reduceat needs a deed at every start (an empty pledge has none)
        if len(some):
            longest[some] = np.maximum.reduceat(chars, deed_base[some])
        total = np.bincount(deed_pledge, weights=chars, minlength=len(pledges))
        long_maybe = (longest >= guide) | (total >= guide * max(self.campaign.max_deeds, 1)) | (
            counts > 2 * max(self.campaign.max_deeds, 1))
        vague_pledge = np.bincount(deed_pledge, weights=vague, minlength=len(pledges)) > 0
        off_theme = is_judged & ~theme_related
        off_duty = duty_judgeable & ~duty_related
        results: list[list[Flag]] = [[] for _ in range(len(pledges))]
        # Relatedness flags' scores and topics for all flagged pledges at once; a duty's topics once per duty.
        theme_score = (1 - 0.3 * np.minimum(1.0, theme_weight / rules.concept_min)
                       - 0.2 * np.minimum(1.0, theme_shared / rules.theme_bigrams_min)).tolist()
        duty_score = (1 - 0.3 * np.minimum(1.0, duty_weight / rules.concept_min)
                      - 0.2 * np.minimum(1.0, duty_shared / rules.duty_bigrams_min)).tolist()
        theme_topics = self._topics_of(features.strong, np.flatnonzero(off_theme), self._topical)
        duty_topics_of = self._topics_of(features.strong, np.flatnonzero(off_duty), self._fields)
        duty_labels: dict[int, list[str]] = {}
        for k in np.flatnonzero(long_maybe | vague_pledge | off_theme | off_duty).tolist():
            found = results[k]
            local = range(deed_base[k], deed_base[k + 1])
            if long_maybe[k]:
                flag = F.too_long([int(chars[d]) for d in local], self.campaign, self.settings.too_long_factor)
                if flag:
                    found.append(flag)
            if vague_pledge[k]:
                items = []
                for d in (d for d in local if vague[d]):
                    text = deed_texts[d]
                    items.append({"deed": int(d - deed_base[k]), "text": text,
                                  **deed_evidence(features, lexicon, d, text)})
                score = float(max(vague_score[d] for d in local if vague[d]))
                found.append(F.vague(items, score, int(counts[k])))
            if off_theme[k]:
                found.append(F.off_theme(theme_topics[k], self.theme_topics, theme_score[k], int(theme_shared[k])))
            if off_duty[k]:
                row = int(pledge_duty[k])
                if row not in duty_labels:
                    duty_labels[row] = duty_topics.labels(lexicon, row, self._fields, rules.duty_field_min)
                found.append(F.off_duty(duties[k], duty_topics_of[k], list(duty_labels[row]), duty_score[k],
                                        int(duty_shared[k])))
        return results

    def _topics_of(self, strong: np.ndarray, rows: np.ndarray, mask: np.ndarray) -> dict[int, list[str]]:
        """{row: labels of its strongest concepts among ``mask``}: weight at least 1, heaviest first
        (the lexicon's order among equals), at most ``TOPICS_SHOWN``."""
        if not len(rows):
            return {}
        columns = np.flatnonzero(mask)
        weights = strong[np.ix_(rows, columns)]
        order = np.argsort(-weights, axis=1, kind="stable")[:, :TOPICS_SHOWN]
        top = np.take_along_axis(weights, order, axis=1)
        labels = [self.lexicon.concepts[c].label for c in columns.tolist()]
        return {row: [labels[i] for i, weight in zip(chosen, heaviest) if weight >= 1.0]
                for row, chosen, heaviest in zip(rows.tolist(), order.tolist(), top.tolist())}
