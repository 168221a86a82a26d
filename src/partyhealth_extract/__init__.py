"""partyhealth-extract: facts from Chinese hospital news reports, with exact source offsets.

    from partyhealth_extract import extract_text
    record = extract_text(open("report.txt", encoding="utf-8").read())
    record.hospital, record.people, record.counts
"""

# The one place the version is written (pyproject.toml reads it from here).
__version__ = "0.1.0"

from .models import Report  # noqa: E402
from .pipeline import extract_text  # noqa: E402

__all__ = ["Report", "extract_text", "__version__"]
