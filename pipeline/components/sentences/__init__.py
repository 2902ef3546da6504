"""``claims_sentence_guard``: no sentence break where the text gives no sign of one."""

from .factory import SentenceGuard, may_start_sentence

__all__ = ["SentenceGuard", "may_start_sentence"]
