"""Realistic pledge texts for the demo province, written the way members and units write them.

A concrete deed says what will be done, for whom and where, how it is checked, a measurable target
and a time frame, tied to the person's job. Real members write about the same things in their own
words, so a deed is composed from many independent parts, each drawn from its own pool:

* a *kind* of deed for the member's role (``ROLE_DEEDS``: a topic with several wordings, targets
  and the duty it serves); about two deeds in three take up a key point of the year's theme
  (``YEAR_THEMES`` in ``pledges.demo``), the others stay with the person's own duties;
* where and for whom: places built from the demo's villages, communes and streets ("thôn Bút
  Đông", "tổ dân phố số 3", "ngõ 5 phố Lê Lợi"), people's names, classes, wards of a hospital;
* how: 0 to 3 concrete ``STEPS``, a purpose ("để ..."), a scope ("ưu tiên ..."), an occasion,
  with whom ("phối hợp với Chi hội Phụ nữ"), how it is recorded ("có sổ theo dõi");
* the target, a time frame, and a last pass of ``SYNONYMS`` (the same thing in other words).

Two members therefore almost never write near-identical deeds, as in real registrations; copies
show up only where the demo copies on purpose. Vague deeds (the formalism seed 001 complains
about) are composed the same way from the stock formulas members really use.

Templates: ``{name}`` is a slot, a number or a phrase from a pool, drawn once per deed (a place
named twice is the same place); ``{a|b|c}`` picks one alternative (an empty one makes a part
optional). Only the ``random.Random`` given to the public functions supplies randomness.

Modules: ``common`` (the template machinery); ``places``, ``phrases`` and ``steps`` (shared pools); the
deed tables per group of roles (``village``, ``village_themes``, ``school``, ``health``, ``civil``,
``commune``, ``security``, ``others``, ``workplace``, ``collective``); ``pools`` (the pools per role);
``units`` (who writes, ``role_of``); ``compose`` and ``vague`` (the deeds themselves).
"""

from tuyengiao.pledges.demo_texts.compose import collective_deed, concrete_deed
from tuyengiao.pledges.demo_texts.units import role_of
from tuyengiao.pledges.demo_texts.vague import vague_deed

__all__ = ["collective_deed", "concrete_deed", "role_of", "vague_deed"]
