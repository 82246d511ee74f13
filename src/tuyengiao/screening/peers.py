"""Copies between owners in a batch: groups of identical texts, near-duplicate edges, clusters.

Pledges whose shingle sets are identical form a group and only the group's first pledge takes
part in LSH, so a text shared by thousands costs one search, not millions of pairs. Verified
near-duplicate edges join groups; connected components are the clusters reported.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from tuyengiao.screening.lsh import components, near_pairs
from tuyengiao.screening.sketch import Sketch

TOP_OWNERS = 6  # candidates kept per group: enough that one is always a valid peer
TOP_EDGES = 16  # near-duplicate neighbours looked at per group


@dataclass
class PledgeTable:
    """Who wrote what and when, per pledge position."""

    owner: np.ndarray  # int codes
    unit: np.ndarray  # int codes (-1: none)
    year: np.ndarray
    collective: np.ndarray  # bool
    screened: np.ndarray  # bool


@dataclass
class PeerResult:
    match: dict[int, tuple[int, float]]  # screened position -> (peer position, jaccard)
    component: np.ndarray  # cluster label of every pledge (smallest member position)
    edges: int  # verified near-duplicate pairs between groups
    candidates: int  # LSH candidate pairs, summed over bands (a pair in several bands counts in each)


def exact_groups(sketch: Sketch) -> np.ndarray:
    """Group label (first member's position) of every pledge: equal shingle sets, one group."""
    n = len(sketch.sets)
    fingerprint = sketch.sets.fingerprints()
    empty = sketch.sets.sizes == 0
    fingerprint[empty] = np.arange(n, dtype=np.uint64)[empty] + np.uint64(1)  # never grouped (~collision-free)
    order = np.lexsort((np.arange(n), fingerprint))
    first = np.ones(n, dtype=bool)
    first[1:] = fingerprint[order][1:] != fingerprint[order][:-1]
    first[empty[order]] = True
    label = np.empty(n, dtype=np.int64)
    label[order] = order[np.maximum.accumulate(np.where(first, np.arange(n), 0))]
    return label


def find_peers(sketch: Sketch, table: PledgeTable, threshold: float, window: int) -> PeerResult:
    n = len(sketch.sets)
    group = exact_groups(sketch)
    is_rep = group == np.arange(n)
    nonempty = sketch.sets.sizes > 0
    group_screened = np.zeros(n, dtype=bool)
    group_screened[group[table.screened]] = True
    eligible = is_rep & nonempty
    left, right, jaccard, candidates = near_pairs(sketch, eligible, eligible & group_screened, threshold, window)

    members = np.flatnonzero(~is_rep & nonempty)
    component = components(n, np.concatenate([left, members]), np.concatenate([right, group[members]]))

    # Members of every group, earliest year first; neighbours of every group, most similar first.
    by_group = np.lexsort((np.arange(n), table.year, group))
    group_sorted = group[by_group]
    sizes = np.bincount(group, minlength=n)
    src = np.concatenate([left, right])
    dst = np.concatenate([right, left])
    sim = np.concatenate([jaccard, jaccard])
    by_src = np.lexsort((dst, -sim, src))
    src, dst, sim = src[by_src], dst[by_src], sim[by_src]
    top_cache: dict[int, list[int]] = {}
    # Python lists for the loops below: a numpy scalar per lookup costs more than the lookup.
    owner, year, unit = table.owner.tolist(), table.year.tolist(), table.unit.tolist()
    collective, group_of, size_of = table.collective.tolist(), group.tolist(), sizes.tolist()

    def top(g: int) -> list[int]:
        found = top_cache.get(g)
        if found is None:
            begin = int(np.searchsorted(group_sorted, g))
            found, owners = [], set()
            for m in by_group[begin : begin + size_of[g]].tolist():
                if owner[m] not in owners:
                    owners.add(owner[m])
                    found.append(m)
                    if len(found) >= TOP_OWNERS:
                        break
            top_cache[g] = found
        return found

    def allowed(p: int, m: int) -> bool:
        if owner[m] == owner[p]:
            return False  # the owner's own pledges: copied_past, not a peer
        # An individual and a collective pledge of the same unit: overlap, not a peer.
        return not (collective[p] != collective[m] and unit[p] >= 0 and unit[p] == unit[m])

    match: dict[int, tuple[int, float]] = {}
    has_edges = np.zeros(n, dtype=bool)
    has_edges[src] = True
    interesting = np.flatnonzero(table.screened & ((sizes[group] >= 2) | has_edges[group]))
    edge_begin = np.searchsorted(src, group[interesting]).tolist()
    edge_end = np.searchsorted(src, group[interesting], "right").tolist()
    dst_list, sim_list = dst.tolist(), sim.tolist()
    for p, begin, end in zip(interesting.tolist(), edge_begin, edge_end):
        g = group_of[p]
        options = [(1.0, m) for m in top(g) if m != p] if size_of[g] >= 2 else []
        for k in range(begin, min(end, begin + TOP_EDGES)):
            options.extend((sim_list[k], m) for m in top(dst_list[k]))
        options.sort(key=lambda item: (-item[0], year[item[1]], item[1]))
        for similarity, m in options:
            if allowed(p, m):
                match[p] = (m, similarity)
                break
    return PeerResult(match, component, len(left), candidates)


def cluster_summaries(component: np.ndarray, table: PledgeTable, flagged: list[int], ids: list,
                      sample: int = 10) -> dict[int, dict]:
    """Per cluster holding a flagged pledge: size, distinct owners, screened pledges, sample ids."""
    if not flagged:
        return {}
    labels = np.unique(component[np.asarray(flagged)])
    inside = np.flatnonzero(np.isin(component, labels))
    comp = component[inside]
    sizes = dict(zip(*np.unique(comp, return_counts=True)))
    pairs = np.unique(np.stack([comp, table.owner[inside]]), axis=1)
    owners = dict(zip(*np.unique(pairs[0], return_counts=True)))
    screened = dict(zip(*np.unique(comp[table.screened[inside]], return_counts=True)))
    summaries = {}
    order = np.argsort(comp, kind="stable")
    bounds = np.searchsorted(comp[order], labels)
    for label, begin in zip(labels, bounds):
        positions = inside[order[begin : begin + min(sample, int(sizes[label]))]]
        summaries[int(label)] = {"id": f"C{int(label)}", "size": int(sizes[label]), "owners": int(owners[label]),
                                 "screened": int(screened.get(label, 0)),
                                 "sample_ids": [ids[p] for p in positions]}
    return summaries
