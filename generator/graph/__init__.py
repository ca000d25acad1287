"""Graph: corpus-wide facts over the resolved knowledge base (co-mentions, associations,
timelines, related articles), computed once and read by every page of the render stage."""

from generator.graph.associations import Association, associations, log_likelihood
from generator.graph.corpus import CorpusGraph, trusted_date

__all__ = ["Association", "CorpusGraph", "associations", "log_likelihood", "trusted_date"]
