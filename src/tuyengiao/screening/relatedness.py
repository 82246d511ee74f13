"""Is a pledge about the campaign's theme? About the member's own duties?

Texts are compared through concepts (``data/concepts.txt``): a theme, a member's duties and a
pledge are each mapped to the concepts whose phrases they contain, and through content-word
bigrams (syllable pairs outside stop words and stock phrases), for what the lexicon does not know.

* A pledge is judged only if it is about something identifiable: concept phrases of weight at
  least ``judge_min``. A purely generic pledge is left to the ``vague`` flag.
* Theme: related if the pledge's weight on the theme's concepts reaches ``concept_min``, or it
  shares ``theme_bigrams_min`` content bigrams with the theme. The theme's concepts are the
  fields of work it names (``theme_field_min``) and the people-facing concepts central to it
  (named ``theme_people_min`` times): "chăm lo ... cho nhân dân" said once in passing does not
  make every deed that serves somebody "on theme".
* Duties: related if the pledge's weight on the duties' field and place concepts reaches ``concept_min``,
  or it shares ``duty_bigrams_min`` content bigrams with the duties. Duties that map to no field
  and share nothing measurable are not judged (nothing to compare with).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from tuyengiao.screening.analysis import Features, analyze, shared_bigrams
from tuyengiao.screening.lexicon import Lexicon
from tuyengiao.screening.shingles import U64, Tokens

_HASH_BITS = U64((1 << 40) - 1)


@dataclass(frozen=True)
class RelatednessRule:
    judge_min: float = 1.0
    concept_min: float = 1.0
    theme_field_min: float = 1.0  # a field of work the theme names belongs to the theme
    theme_people_min: float = 2.0  # a people-facing concept must be central to the theme (named twice)
    theme_bigrams_min: int = 2
    duty_bigrams_min: int = 1
    duty_field_min: float = 0.5  # a concept belongs to the duties from this weight on


@dataclass
class Topics:
    """A batch of reference texts (the theme, or distinct duty texts) as concepts and bigrams."""

    texts: list[str]
    concepts: np.ndarray  # (topics, concepts)
    bigram_keys: np.ndarray  # sorted uint64: topic << 40 | bigram hash

    @classmethod
    def build(cls, texts: list[str], lexicon: Lexicon) -> "Topics":
        tokens = Tokens.from_texts(texts)
        features = analyze(tokens, np.arange(len(texts)), len(texts), lexicon)
        return cls(list(texts), features.concepts, features.bigram_keys)

    def labels(self, lexicon: Lexicon, index: int, mask: np.ndarray | None = None, minimum: float = 1.0) -> list[str]:
        weights = self.concepts[index]
        chosen = np.flatnonzero((weights >= minimum) & (True if mask is None else mask))
        return [lexicon.concepts[c].label for c in chosen[np.argsort(-weights[chosen], kind="stable")]]


def kind_mask(lexicon: Lexicon, *kinds: str) -> np.ndarray:
    return np.array([concept.kind in kinds for concept in lexicon.concepts], dtype=bool)


def field_mask(lexicon: Lexicon) -> np.ndarray:
    return kind_mask(lexicon, "field")


def judged(features: Features, lexicon: Lexicon, rule: RelatednessRule = RelatednessRule()) -> np.ndarray:
    """About something identifiable: unambiguous field or people phrases of weight judge_min."""
    return features.strong[:, kind_mask(lexicon, "field", "people")].sum(axis=1) >= rule.judge_min


def _shared_counts(pledge_keys: np.ndarray, retag: np.ndarray, topic_keys: np.ndarray, pledges: int) -> np.ndarray:
    """Per pledge, content bigrams it shares with its topic (``retag[p]``: topic of pledge p, -1: none)."""
    if len(pledge_keys) == 0:
        return np.zeros(pledges, dtype=np.int64)
    pledge = (pledge_keys >> U64(40)).astype(np.int64)
    topic = retag[pledge]
    usable = topic >= 0
    keys = (topic[usable].astype(U64) << U64(40)) | (pledge_keys[usable] & _HASH_BITS)
    hit = shared_bigrams(keys, topic_keys)
    return np.bincount(pledge[usable][hit], minlength=pledges)[:pledges]


def theme_concept_mask(theme: Topics, lexicon: Lexicon, rule: RelatednessRule = RelatednessRule()) -> np.ndarray:
    weights = theme.concepts[0]
    return ((field_mask(lexicon) & (weights >= rule.theme_field_min))
            | (kind_mask(lexicon, "people") & (weights >= rule.theme_people_min)))


def theme_relation(features: Features, theme: Topics, lexicon: Lexicon, rule: RelatednessRule = RelatednessRule()):
    """(related, concept weight, shared bigrams) per pledge, against theme topic 0."""
    pledges = len(features.concepts)
    theme_concepts = theme_concept_mask(theme, lexicon, rule)
    weight = features.concepts[:, theme_concepts].sum(axis=1) if theme_concepts.any() else np.zeros(pledges)
    shared = _shared_counts(features.bigram_keys, np.zeros(pledges, dtype=np.int64), theme.bigram_keys, pledges)
    related = (weight >= rule.concept_min) | (shared >= rule.theme_bigrams_min)
    return related, weight, shared


def duty_relation(features: Features, duties: Topics, pledge_duty: np.ndarray, lexicon: Lexicon,
                  rule: RelatednessRule = RelatednessRule()):
    """(related, judgeable, concept weight, shared bigrams) per pledge; pledge_duty -1: no duties."""
    pledges = len(features.concepts)
    has_duty = pledge_duty >= 0
    fields = field_mask(lexicon)
    places = kind_mask(lexicon, "field", "place")
    duty_fields = (duties.concepts >= rule.duty_field_min) & places if len(duties.texts) else np.zeros((0, len(fields)), bool)
    mask = np.zeros_like(features.concepts, dtype=bool)
    mask[has_duty] = duty_fields[pledge_duty[has_duty]]
    weight = (features.concepts * mask).sum(axis=1)
    shared = _shared_counts(features.bigram_keys, pledge_duty, duties.bigram_keys, pledges)
    duty_known = np.zeros(pledges, dtype=bool)
    if len(duties.texts):
        duty_bigrams = np.bincount((duties.bigram_keys >> U64(40)).astype(np.int64), minlength=len(duties.texts))
        known = ((duties.concepts * places).max(axis=1) >= rule.concept_min) | (duty_bigrams >= 2)
        general = kind_mask(lexicon, "general")
        if general.any():  # a position over every field: any deed may be within its duties
            known &= duties.concepts[:, general].max(axis=1) < rule.concept_min
        duty_known[has_duty] = known[pledge_duty[has_duty]]
    related = (weight >= rule.concept_min) | (shared >= rule.duty_bigrams_min)
    judgeable = duty_known & (features.strong[:, fields].sum(axis=1) >= rule.judge_min)
    return related, judgeable, weight, shared
