"""The last claim pipe: optionally replace the Doc by a token-less one carrying the drafts.

With ``nlp.pipe(n_process=N)`` every Doc is serialised in its worker and rebuilt in the
main process, tokens, arrays and all, though ``extract_many`` only reads the claim drafts
(``doc._.claims``, plain JSON). Called with ``pack=True``
(``component_cfg={"claims_pack": {"pack": True}}``), this component returns an empty Doc
whose ``user_data`` holds the drafts, the other claim-layer values that are plain data,
and the length of the text; without it (the default) it returns the Doc unchanged.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

LENGTH_KEY = "claims_text_length"


class PackComponent:
    """Return a token-less Doc with the claim layer's plain data when ``pack`` is set."""

    def __call__(self, doc: Doc, pack: bool = False) -> Doc:
        if not pack:
            return doc
        packed = Doc(doc.vocab, words=[])
        packed.user_data.update(doc.user_data)
        packed.user_data[LENGTH_KEY] = text_length(doc)
        return packed


def text_length(doc: Doc) -> int:
    """Length of the text a Doc was made from, packed or not (without building ``doc.text``)."""
    if LENGTH_KEY in doc.user_data:
        return doc.user_data[LENGTH_KEY]
    return doc[-1].idx + len(doc[-1].text_with_ws) if doc else 0


@Language.factory("claims_pack")
def make_pack(nlp: Language, name: str) -> PackComponent:
    """Factory of ``claims_pack`` (no settings)."""
    return PackComponent()
