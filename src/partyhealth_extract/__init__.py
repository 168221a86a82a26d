"""partyhealth-extract: facts from Chinese hospital news reports, with exact source offsets.

    from partyhealth_extract import extract_text
    record = extract_text(open("report.txt", encoding="utf-8").read())
    record.hospital, record.people, record.counts
"""

from importlib.metadata import PackageNotFoundError, version

from .models import Report
from .pipeline import extract_text

try:
    __version__ = version("partyhealth-extract")
except PackageNotFoundError:  # pragma: no cover - running from a source tree
    __version__ = "0.0.0"

__all__ = ["Report", "extract_text", "__version__"]
