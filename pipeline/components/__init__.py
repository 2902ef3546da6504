"""The claim layer: spaCy components registered as factories on import.

=========================  ==============================================================
``claims_entities``        actors and places (NER + gazetteers), ``doc._.actors/places``
``claims_quantities``      quantities, normalised and typed, ``doc._.quantities``
``claims_times``           time expressions with resolution recipes, ``doc._.times``
``claims_sources``         attribution cues and sources, ``doc._.sources``
``claims_hedges``          uncertainty cues and their scope, ``doc._.hedges``
``claims_assembly``        claim drafts per quantity / attributed sentence, ``doc._.claims``
``claims_pack``            optionally, only the drafts in a token-less Doc (worker transport)
``claims_sentence_guard``  before a parser/senter: no sentence break without punctuation
=========================  ==============================================================
"""

from . import assembly, entities, hedges, pack, quantities, sentences, sources, times

__all__ = ["assembly", "entities", "hedges", "pack", "quantities", "sentences", "sources", "times"]
