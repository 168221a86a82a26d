"""The pipeline: decoded text -> normalised text -> one extractor per field -> record.

    read/decode (reading.py) -> NormText (normalize.py)
      -> title.py, fields/hospitals.py, fields/people.py, fields/dates.py, fields/counts.py
      -> Report (models.py), validated by pydantic

Everything here works on text; files, encodings and batches are in reading.py
and batch.py.
"""

from __future__ import annotations

import datetime as dt
import hashlib

import regex

from .fields import counts, dates, hospitals, people
from .models import Report
from .normalize import NormText
from .title import find_title

_HAN = regex.compile(r"\p{Han}")


def _warnings(text: str) -> list[str]:
    """What a reader of the record should know about the text itself."""
    found = []
    if "\ufffd" in text:
        found.append("the text holds U+FFFD replacement characters: the file may be damaged "
                     "or was decoded with the wrong encoding")
    if not _HAN.search(text):
        found.append("the text holds no Chinese characters: nothing to extract")
    return found


def extract_text(
    text: str,
    *,
    ref_date: dt.date | None = None,
    id: str = "",
    source: str = "",
    encoding: str = "utf-8",
    sha256: str | None = None,
) -> Report:
    """Extract one report from its decoded text.

    `ref_date` resolves relative dates (今年, 去年6月) to absolute values.
    The file-level fields (id, source, sha256, encoding) are filled by the
    caller that read the file; for bare text sha256 is that of its UTF-8 bytes.
    """
    doc = NormText(text)
    title = find_title(text)
    found_hospitals, subject = hospitals.analyse(doc, title)
    avoid = [(m.start, m.end) for h in found_hospitals for m in h.mentions]
    record = Report(
        id=id,
        source=source,
        sha256=sha256 if sha256 is not None else hashlib.sha256(text.encode("utf-8")).hexdigest(),
        encoding=encoding,
        chars=len(text),
        title=title,
        hospital=subject,
        hospitals=found_hospitals,
        people=people.extract(doc, avoid),
        dates=dates.extract(doc, ref_date),
        counts=counts.extract(doc),
        warnings=_warnings(text),
    )
    return record
