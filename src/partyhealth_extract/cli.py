"""Command line: a thin layer over the library (batch.py, evaluate.py, schema.py)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import List, Optional

import typer

from . import __version__
from .reading import DEFAULT_MAX_BYTES

app = typer.Typer(
    name="partyhealth-extract",
    help=(
        "Extract hospitals, people, dates and figures from Chinese hospital news reports "
        "as JSON Lines, one validated record per report, with exact source offsets.\n\n"
        "Example: partyhealth-extract extract data/raw -o data/out/reports.jsonl"
    ),
    add_completion=False,
    no_args_is_help=True,
    rich_markup_mode="rich",
)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"partyhealth-extract {__version__}")
        raise typer.Exit()


@app.callback()
def _main(
    version: bool = typer.Option(
        False, "--version", callback=_version, is_eager=True, help="Print the version and exit."
    ),
) -> None:
    """Extract facts from Chinese hospital news reports."""


def _parse_ref_date(value: Optional[str]) -> Optional[dt.date]:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise typer.BadParameter(f"{value!r} is not a date in the form YYYY-MM-DD") from None


@app.command()
def extract(
    paths: List[Path] = typer.Argument(
        ..., help="Report files and folders (folders are searched recursively); '-' reads standard input."
    ),
    output: Optional[Path] = typer.Option(
        None, "-o", "--output", help="Write JSON Lines here (written atomically). Default: standard output."
    ),
    ref_date: Optional[str] = typer.Option(
        None, "--ref-date", help="Resolve relative dates (今年, 去年6月) against this date, YYYY-MM-DD."
    ),
    errors: Optional[Path] = typer.Option(
        None, "--errors", help="Also write the inputs that are not reports here, as JSON Lines {source, error}."
    ),
    skip_existing: bool = typer.Option(
        False, "--skip-existing", "--update",
        help="Keep the records already in the -o file and extract only reports whose sha256 is not there yet.",
    ),
    jobs: Optional[int] = typer.Option(
        None, "-j", "--jobs", help="Worker processes. Default: all cores.", show_default=False
    ),
    glob: str = typer.Option("*.txt", "--glob", help="Which files to take from folders."),
    max_bytes: int = typer.Option(
        DEFAULT_MAX_BYTES, "--max-bytes", help="Refuse files larger than this many bytes (an error entry)."
    ),
    quiet: bool = typer.Option(False, "-q", "--quiet", help="No progress bar and no closing summary (errors are still shown)."),
) -> None:
    """Extract one JSON record per report, as JSON Lines sorted by path.

    Reads UTF-8, GB18030/GBK, Big5 and UTF-16 files. A file that is not a report
    (binary, empty, undecodable, too large, unreadable) gets a message on stderr
    and an --errors entry, and the run goes on. The -o file is replaced only when
    the run ends, so an interrupted run leaves the previous output intact.

    Exit status: 0 every report written, 1 some inputs failed or the run was
    aborted, 2 usage error (e.g. a path that does not exist), 130 Ctrl-C, 143 SIGTERM.

    Example: partyhealth-extract extract data/raw -o data/out/reports.jsonl --errors data/out/errors.jsonl

    Example (incremental): partyhealth-extract extract data/raw -o data/out/reports.jsonl --update
    """
    from . import batch

    raise typer.Exit(
        batch.run_extract(
            paths,
            output=output,
            ref_date=_parse_ref_date(ref_date),
            errors=errors,
            skip_existing=skip_existing,
            jobs=jobs,
            glob=glob,
            max_bytes=max_bytes,
            quiet=quiet,
        )
    )


@app.command()
def schema() -> None:
    """Print the JSON Schema of the record (schema version 1).

    Example: partyhealth-extract schema > report.schema.json
    """
    from .schema import schema_json

    typer.echo(schema_json())


@app.command()
def evaluate(
    gold: Path = typer.Argument(..., help="Hand annotations, JSON Lines in the extraction guide's format."),
    pred: Path = typer.Argument(..., help="Records written by `partyhealth-extract extract`."),
    as_json: bool = typer.Option(False, "--json", help="Print the scores as JSON instead of a table."),
    errors: bool = typer.Option(False, "--errors", help="List every false positive and false negative."),
) -> None:
    """Score extraction records against hand annotations: precision, recall, F1 per field.

    Example: partyhealth-extract evaluate gold.jsonl data/out/reports.jsonl --errors
    """
    from .evaluate import cli_main

    raise typer.Exit(cli_main(gold, pred, as_json=as_json, show_errors=errors))


def main() -> None:
    app()


if __name__ == "__main__":  # pragma: no cover
    main()
