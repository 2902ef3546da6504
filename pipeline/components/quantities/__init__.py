"""Quantities: every number in Italian news found, normalized and typed.

Importing registers the ``claims_quantities`` factory and the extensions
``doc._.quantities`` (list of Spans, text order, non-overlapping) and
``span._.quantity`` (:class:`QuantityInfo`).

How it works: numbers are matched on a tokenizer-independent view of the text
(:mod:`.tokens`, :mod:`.expressions`), then filtered (dates, times, codes, scores,
labels) and typed (:mod:`.extract`); spans are aligned to the Doc's tokens with
``alignment_mode="expand"``. POS, lemmas and the parse are used when the pipeline
has them; without them, lexicons and the Italian lemma tables of morph-it!
(``data/lexicons/lemmas``) stand in for a tagger.

Decisions on ambiguous cases:

* ``un``/``una``/``uno`` are counts only next to another quantity (``uno o più``,
  ``uno/due``, ``6 bombe più una``, ``tre morti e un ferito``), before ``milione``/
  ``miliardo`` or an approximative (``una ventina``), or directly before a casualty noun
  (``un morto``, ``una vittima``); otherwise they are articles/pronouns
  (``una delle vittime``, ``uno dei macchinisti``, ``un solo giorno``).
* ``sei`` is six only before a plural noun or after a bound/approximation cue;
  ``venti`` likewise (``i venti forti`` are winds).
* Fractions after a cardinal (``un terzo``, ``due terzi``) are quantities with the
  fraction as value (0.333…), typed by the noun that follows.
* ``N volte`` has unit ``volta``; category ``factor`` when it multiplies something
  (``tre volte il numero``, ``cinque volte più alto``), else ``other``.
* Multi-word units keep their modifier (``carro armato``, ``dollaro zimbabweano``,
  ``chilometro orario``, ``aereo da combattimento``); speeds and areas are ``other``.
* Elliptical numbers take the previous quantity's noun in the same sentence after
  ``di cui``, ``dei quali``, ``altri/altre``, an article (``agli oltre 200``) or a
  bare ``N milioni`` after money.
* People, personnel and soldiers become ``casualties`` when the clause (split at
  ``; : « »`` and ``mentre``) has a casualty cue (``morti``, ``uccisi``, ``vittime``,
  ``perso la vita``…); ``uomini`` become ``personnel`` in a military clause.
* Relative times (``due anni fa``), ordinals, times of day, days of the month, years,
  results (``3-1``, ``5 a 4``), codes (``G7``, ``F-16``, ``5G``) and labelled numbers
  (``art. 18``, ``legge 40``, ``linee 135 e 309``) are not quantities.
"""

from .factory import QuantityComponent, make_quantities
from .info import CATEGORIES, QuantityInfo

__all__ = ["CATEGORIES", "QuantityComponent", "QuantityInfo", "make_quantities"]
