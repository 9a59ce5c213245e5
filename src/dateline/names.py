"""Name normalisation shared by group matching, country lookup and importers."""

from __future__ import annotations

import re
import unicodedata

_NON_WORD = re.compile(r"[^\w]+")


def normalize_name(name: str) -> str:
    """Case-, accent- and punctuation-insensitive key for a name.

    >>> normalize_name("Movimiento Revolucionario Túpac Amaru")
    'movimiento revolucionario tupac amaru'
    >>> normalize_name("Hay'at Tahrir al-Sham")
    'hayat tahrir al sham'
    """
    decomposed = unicodedata.normalize("NFKD", name)
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    stripped = stripped.replace("'", "").replace("\u2019", "").replace("`", "")
    return _NON_WORD.sub(" ", stripped.casefold()).strip()


def slugify(text: str, max_length: int = 60) -> str:
    """Lowercase ASCII slug: ``Túpac Amaru`` → ``tupac-amaru``."""
    slug = normalize_name(text).replace("_", " ")
    slug = re.sub(r"[^a-z0-9]+", "-", slug.encode("ascii", "ignore").decode()).strip("-")
    return slug[:max_length].rstrip("-") or "x"
