"""Answers over the store, as pandas DataFrames: who is aligning with whom, which blocs are
forming, what changed, and which events show it.

    from accord.analyse import dyad, alignment, network, blocs, shifts, coparticipation
    dyad("accord.duckdb", "PRK", "RUS", by="month")
    alignment("accord.duckdb", "PRK", "RUS", since="2025-01-01")

Every function takes a store (an open :class:`accord.store.Store` or the path of a DuckDB file)
and reads it only. Actors are given as countries (``PRK``) or actor codes (``PRKGOV``, which
also matches longer codes that start with it). By default only asserted events count: what
was threatened, denied or planned is not what happened (``modalities=`` changes that). The
methods are documented in docs/analysis.md.
"""
from __future__ import annotations

from .alignment import alignment, alignment_items
from .network import blocs, network, shifts
from .overview import places, timeline
from .series import dyad
from .together import coparticipation

__all__ = ["alignment", "alignment_items", "blocs", "coparticipation", "dyad", "network", "places", "shifts",
           "timeline"]
