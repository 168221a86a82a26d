"""Score extraction records against hand annotations (section 6 of the guide).

    from partyhealth_extract.evaluate import load_gold, load_predictions, score, render_table
    scores = score(load_gold("gold.jsonl"), load_predictions("reports.jsonl"))
    scores.fields["people"].f1, scores.overall.f1, scores.subject_accuracy

The rules, from the annotation guide:

* Per report and per field, on sets; tp/fp/fn are summed over all reports
  (micro), then precision, recall and F1 are computed from the sums.
* hospitals: by entity. A predicted entity (its `name` plus `aliases`) matches
  a gold entity when any of its forms equals any of the gold's forms; each gold
  entity is matched at most once (maximum bipartite matching, so the order of
  the entities does not matter).
* people: by name.  roles: by (name, role).
* dates: by value. The time of day is ignored (only the part before `T` is
  compared); a gold `XXXX` year matches any year (gold `XXXX-08-05` matches a
  predicted `2021-08-05`, not the other way round); relative dates, gold or
  predicted, are left out.
* counts: by (category, value); predicted category `other` is ignored.
* `optional` gold items neither add nor subtract: a predicted item that matches
  only an optional gold item is dropped from the prediction before scoring.
  For roles, the (name, role) pairs of a person who is only optional are dropped.
* subject hospital: right when the predicted `hospital` is one of the gold's
  `hospital` names, or both are null.
* overall: micro F1 over hospitals, people, dates and counts together.

Names (hospital forms, person names, roles) are compared after
`normalize.fold` (traditional -> simplified, full-width -> ASCII) with all
white space removed, so traditional-character reports and names broken by
the layout (`孙 雪`) score fairly.

Predictions are matched to a gold `doc` (a file name such as `000_x.txt`) by the
file name of the record's `source`, falling back to its `id` (the path relative
to the input folder without suffix). Records that map to one doc (a newspaper
page the extractor split into stories) are merged before scoring: their items
are pooled, predicted hospital entities that share a form are joined, and the
subject hospital is the first non-null one in file order.
A gold report with no prediction counts all its gold items as missed and is
listed in `Scores.missing`.

Where a field has nothing to find and nothing was predicted, precision, recall
and F1 are 1; where only one side is empty they are 0.
"""

from __future__ import annotations

import json
import math
import operator
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Hashable, Iterable, Mapping, Optional, Sequence

import regex

from .normalize import WHITE_SPACE, fold

FIELDS: tuple[str, ...] = ("hospitals", "people", "roles", "dates", "counts")
OVERALL_FIELDS: tuple[str, ...] = ("hospitals", "people", "dates", "counts")

# A split record's id or file name may carry a part number: `page#2`, `page.txt#2`.
_PART = regex.compile(r"#[^/\\]*$")


class EvalError(Exception):
    """A gold or prediction file that cannot be read or parsed."""


# --------------------------------------------------------------------------- #
# Normalisation of the compared keys
# --------------------------------------------------------------------------- #

def norm_name(text: Any) -> str:
    """A name as compared: folded to simplified/ASCII, without any white space."""
    return WHITE_SPACE.sub("", fold(str(text)))


def norm_date(value: Any) -> str:
    """A date value as compared: the part before the time of day."""
    return str(value).strip().split("T", 1)[0]


def norm_number(value: Any) -> Hashable:
    """A count value as compared: 60000, 60000.0 and "60000" are the same."""
    try:
        x = float(value)
    except (TypeError, ValueError, OverflowError):  # an absurd 400-digit figure stays text
        return str(value).strip()
    if math.isfinite(x) and x == int(x):
        return int(x)
    return round(x, 6)


def date_matches(gold: str, pred: str) -> bool:
    """Gold and predicted (normalised) date values match; a gold `XXXX` year is a wildcard."""
    if gold == pred:
        return True
    if gold.startswith("XXXX") and len(pred) >= 4 and gold[4:] == pred[4:]:
        year = pred[:4]
        return year.isdigit() or year == "XXXX"
    return False


# --------------------------------------------------------------------------- #
# Loaded data
# --------------------------------------------------------------------------- #

@dataclass
class GoldDoc:
    """One annotated report, with its keys already normalised."""

    doc: str
    hospital: Optional[list[str]]
    hospitals: list[list[str]]
    people: list[str]
    roles: list[tuple[str, str]]
    dates: list[tuple[str, str]]            # (value, text)
    counts: list[tuple[str, Hashable, str]]  # (category, value, text)
    opt_hospitals: list[list[str]] = field(default_factory=list)
    opt_people: list[str] = field(default_factory=list)
    opt_dates: list[str] = field(default_factory=list)
    opt_counts: list[tuple[str, Hashable]] = field(default_factory=list)


@dataclass
class PredDoc:
    """The prediction for one report: the merged records that map to it."""

    hospital: Optional[str] = None
    hospitals: list[list[str]] = field(default_factory=list)
    people: list[str] = field(default_factory=list)
    roles: list[tuple[str, str]] = field(default_factory=list)
    dates: list[tuple[str, str]] = field(default_factory=list)
    counts: list[tuple[str, Hashable, str]] = field(default_factory=list)
    records: int = 0


def _forms(entry: Any) -> list[str]:
    """Gold hospital entity: a list of forms (or a single string)."""
    items = [entry] if isinstance(entry, str) else list(entry or [])
    return _unique(norm_name(x) for x in items if str(x).strip())


def _unique(items: Iterable[Any]) -> list[Any]:
    return list(dict.fromkeys(items))


def _person_name(entry: Any) -> str:
    return norm_name(entry.get("name", "") if isinstance(entry, Mapping) else entry)


def _gold_from_dict(obj: Mapping[str, Any]) -> GoldDoc:
    doc = obj.get("doc")
    if not isinstance(doc, str) or not doc.strip():
        raise ValueError('no "doc" (the report\'s file name)')
    hosp = obj.get("hospital")
    if isinstance(hosp, str):
        hosp = [hosp]
    people, roles = [], []
    for p in obj.get("people") or []:
        name = _person_name(p)
        if not name:
            continue
        people.append(name)
        for r in (p.get("roles") or []) if isinstance(p, Mapping) else []:
            roles.append((name, norm_name(r)))
    dates = [
        (norm_date(d["value"]), str(d.get("text", "")))
        for d in obj.get("dates") or []
        if not d.get("relative") and d.get("value") is not None
    ]
    counts = [
        (str(c["category"]), norm_number(c["value"]), str(c.get("text", "")))
        for c in obj.get("counts") or []
        if c.get("category") is not None and c.get("value") is not None
    ]
    opt = obj.get("optional") or {}
    return GoldDoc(
        doc=doc.strip(),
        hospital=None if hosp is None else _unique(norm_name(h) for h in hosp),
        hospitals=[f for f in (_forms(h) for h in obj.get("hospitals") or []) if f],
        people=_unique(people),
        roles=_unique(roles),
        dates=dates,
        counts=counts,
        opt_hospitals=[f for f in (_forms(h) for h in opt.get("hospitals") or []) if f],
        opt_people=_unique(n for n in (_person_name(p) for p in opt.get("people") or []) if n),
        opt_dates=_unique(
            norm_date(d["value"])
            for d in opt.get("dates") or []
            if not d.get("relative") and d.get("value") is not None
        ),
        opt_counts=_unique(
            (str(c["category"]), norm_number(c["value"]))
            for c in opt.get("counts") or []
            if c.get("category") is not None and c.get("value") is not None
        ),
    )


def _read_jsonl(path: Path, what: str) -> list[tuple[int, Any]]:
    try:
        with open(path, encoding="utf-8-sig") as fh:
            lines = fh.readlines()
    except FileNotFoundError:
        raise EvalError(f"{what} file {path} does not exist") from None
    except IsADirectoryError:
        raise EvalError(f"{what} file {path} is a directory, not a JSON Lines file") from None
    except UnicodeDecodeError as exc:
        raise EvalError(f"{what} file {path} is not UTF-8 text ({exc.reason})") from None
    except OSError as exc:
        raise EvalError(f"cannot read {what} file {path}: {exc.strerror or exc}") from None
    rows = []
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            raise EvalError(f"{path}:{n}: not valid JSON ({exc.msg}, column {exc.colno})") from None
        if not isinstance(obj, dict):
            raise EvalError(f"{path}:{n}: expected a JSON object per line, got {type(obj).__name__}")
        rows.append((n, obj))
    return rows


def load_gold(path: str | Path) -> list[GoldDoc]:
    """Read a gold JSON Lines file (guide, section 6). Raises EvalError with file:line."""
    path = Path(path)
    out: list[GoldDoc] = []
    seen: dict[str, int] = {}
    for n, obj in _read_jsonl(path, "gold"):
        try:
            gd = _gold_from_dict(obj)
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise EvalError(f"{path}:{n}: not a gold record in the guide's format ({_explain(exc)})") from None
        if gd.doc in seen:
            raise EvalError(f"{path}:{n}: doc {gd.doc!r} is annotated twice (also on line {seen[gd.doc]})")
        seen[gd.doc] = n
        out.append(gd)
    return out


def load_predictions(path: str | Path) -> list[dict[str, Any]]:
    """Read extraction records (JSON Lines written by `extract`), as plain dicts."""
    path = Path(path)
    rows = _read_jsonl(path, "prediction")
    for n, obj in rows:
        if not any(k in obj for k in ("id", "source")):
            raise EvalError(f"{path}:{n}: not an extraction record (no \"id\" or \"source\")")
    return [obj for _, obj in rows]


def _explain(exc: Exception) -> str:
    if isinstance(exc, KeyError):
        return f"missing key {exc.args[0]!r}"
    return str(exc)


# --------------------------------------------------------------------------- #
# Predictions: map to gold docs and merge
# --------------------------------------------------------------------------- #

_PATH_SEP = regex.compile(r"[/\\]")


def _basename(p: str) -> str:
    return _PATH_SEP.split(p.strip())[-1]


def _stem(name: str) -> str:
    i = name.rfind(".")
    return name[:i] if i > 0 else name


def _as_dict(rec: Any) -> dict[str, Any]:
    if isinstance(rec, Mapping):
        return dict(rec)
    if hasattr(rec, "model_dump"):
        return rec.model_dump()
    raise TypeError(f"not an extraction record: {type(rec).__name__}")


def _doc_key(rec: Mapping[str, Any], names: Mapping[str, str], stems: Mapping[str, str]) -> Optional[str]:
    """The gold doc a record belongs to: by its source's file name, else by its id."""
    candidates = []
    source = str(rec.get("source") or "")
    if source and source != "-":
        base = _basename(source)
        candidates += [base, _PART.sub("", base)]
    rid = str(rec.get("id") or "")
    if rid:
        base = _basename(rid)
        candidates += [base, _PART.sub("", base)]
    for c in candidates:
        if c in names:
            return names[c]
    for c in candidates:
        for key in (c, _stem(c)):
            if key in stems:
                return stems[key]
    return None


def _merge_entities(entities: list[list[str]]) -> list[list[str]]:
    """Join predicted hospital entities that share a form (union-find)."""
    parent = list(range(len(entities)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    owner: dict[str, int] = {}
    for i, forms in enumerate(entities):
        for f in forms:
            if f in owner:
                parent[find(i)] = find(owner[f])
            else:
                owner[f] = i
    groups: dict[int, list[str]] = {}
    for i, forms in enumerate(entities):
        groups.setdefault(find(i), []).extend(forms)
    return [_unique(g) for g in groups.values()]


def _add_record(pd: PredDoc, rec: Mapping[str, Any]) -> None:
    pd.records += 1
    if pd.hospital is None and rec.get("hospital"):
        pd.hospital = norm_name(rec["hospital"]) or None
    for h in rec.get("hospitals") or []:
        forms = _unique(
            norm_name(x) for x in [h.get("name", "")] + list(h.get("aliases") or []) if str(x).strip()
        )
        if forms:
            pd.hospitals.append(forms)
    for p in rec.get("people") or []:
        name = norm_name(p.get("name", ""))
        if not name:
            continue
        pd.people.append(name)
        for r in p.get("roles") or []:
            pd.roles.append((name, norm_name(r)))
    for d in rec.get("dates") or []:
        if d.get("relative") or d.get("value") is None:
            continue
        pd.dates.append((norm_date(d["value"]), str(d.get("text", ""))))
    for c in rec.get("counts") or []:
        cat = c.get("category")
        if cat is None or cat == "other" or c.get("value") is None:
            continue
        pd.counts.append((str(cat), norm_number(c["value"]), str(c.get("text", ""))))


def group_predictions(
    gold: Sequence[GoldDoc], records: Iterable[Any]
) -> tuple[dict[str, PredDoc], list[str]]:
    """Merge prediction records per gold doc. Returns (doc -> PredDoc, ids of unmatched records)."""
    names = {g.doc: g.doc for g in gold}
    stems: dict[str, str] = {}
    for g in gold:
        stems.setdefault(_stem(g.doc), g.doc)
    out: dict[str, PredDoc] = {}
    unmatched: list[str] = []
    for rec in records:
        rec = _as_dict(rec)
        key = _doc_key(rec, names, stems)
        if key is None:
            unmatched.append(str(rec.get("source") or rec.get("id") or "?"))
            continue
        _add_record(out.setdefault(key, PredDoc()), rec)
    for pd in out.values():
        pd.hospitals = _merge_entities(pd.hospitals)
    return out, unmatched


# --------------------------------------------------------------------------- #
# Scores
# --------------------------------------------------------------------------- #

@dataclass
class FieldScore:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        if self.tp + self.fp:
            return self.tp / (self.tp + self.fp)
        return 1.0 if self.fn == 0 else 0.0

    @property
    def recall(self) -> float:
        if self.tp + self.fn:
            return self.tp / (self.tp + self.fn)
        return 1.0 if self.fp == 0 else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def add(self, other: "FieldScore") -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn

    def to_dict(self) -> dict[str, Any]:
        return {
            "tp": self.tp, "fp": self.fp, "fn": self.fn,
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
        }


@dataclass
class ErrorItem:
    """One scoring error: `kind` is fp (predicted, not in gold), fn (missed) or wrong (subject)."""

    doc: str
    field: str
    kind: str
    item: str
    text: str = ""

    def to_dict(self) -> dict[str, str]:
        d = {"doc": self.doc, "field": self.field, "kind": self.kind, "item": self.item}
        if self.text:
            d["text"] = self.text
        return d


@dataclass
class Scores:
    fields: dict[str, FieldScore]
    overall: FieldScore
    subject_correct: int
    subject_total: int
    reports: int
    errors: list[ErrorItem]
    missing: list[str]                 # gold docs with no prediction record
    unmatched_predictions: list[str]   # prediction records that match no gold doc

    @property
    def subject_accuracy(self) -> Optional[float]:
        return self.subject_correct / self.subject_total if self.subject_total else None

    def to_dict(self, with_errors: bool = True) -> dict[str, Any]:
        acc = self.subject_accuracy
        d: dict[str, Any] = {
            "reports": self.reports,
            "fields": {k: v.to_dict() for k, v in self.fields.items()},
            "overall": self.overall.to_dict(),
            "subject": {
                "correct": self.subject_correct,
                "total": self.subject_total,
                "accuracy": None if acc is None else round(acc, 4),
            },
            "missing": list(self.missing),
            "unmatched_predictions": list(self.unmatched_predictions),
        }
        if with_errors:
            d["errors"] = [e.to_dict() for e in self.errors]
        return d


def _max_matching(n_pred: int, n_gold: int, ok: Callable[[int, int], bool]) -> dict[int, int]:
    """Maximum bipartite matching (Kuhn): returns pred index -> gold index."""
    adj = [[g for g in range(n_gold) if ok(p, g)] for p in range(n_pred)]
    gold_of: dict[int, int] = {}  # gold -> pred

    def augment(p: int, seen: set[int]) -> bool:
        for g in adj[p]:
            if g in seen:
                continue
            seen.add(g)
            if g not in gold_of or augment(gold_of[g], seen):
                gold_of[g] = p
                return True
        return False

    for p in range(n_pred):
        if adj[p]:
            augment(p, set())
    return {p: g for g, p in gold_of.items()}


def _score_field(
    doc: str,
    name: str,
    gold: Sequence[Any],
    pred: Sequence[Any],
    optional: Sequence[Any],
    errors: list[ErrorItem],
    show: Callable[[Any], str] = str,
    ok: Callable[[Any, Any], bool] = operator.eq,
    text: Mapping[Any, str] | None = None,
) -> FieldScore:
    """Score one field of one report (gold and pred without duplicates).

    `ok(pred_item, gold_item)` says whether two items match; each gold item takes
    at most one prediction. A prediction that matches only optional items is dropped.
    """
    pred = [p for p in pred if any(ok(p, g) for g in gold) or not any(ok(p, o) for o in optional)]
    match = _max_matching(len(pred), len(gold), lambda i, j: ok(pred[i], gold[j]))
    matched_gold = set(match.values())
    for i, p in enumerate(pred):
        if i not in match:
            errors.append(ErrorItem(doc, name, "fp", show(p), text.get(("pred", p), "") if text else ""))
    for j, g in enumerate(gold):
        if j not in matched_gold:
            errors.append(ErrorItem(doc, name, "fn", show(g), text.get(("gold", g), "") if text else ""))
    return FieldScore(tp=len(match), fp=len(pred) - len(match), fn=len(gold) - len(match))


def _texts(gold: Iterable[tuple[Hashable, str]], pred: Iterable[tuple[Hashable, str]]) -> dict[Any, str]:
    """(side, key) -> the first text written for that key, for the error lists."""
    out: dict[Any, str] = {}
    for side, pairs in (("gold", gold), ("pred", pred)):
        for k, t in pairs:
            if t:
                out.setdefault((side, k), t)
    return out


def score_doc(g: GoldDoc, p: PredDoc, errors: list[ErrorItem]) -> dict[str, FieldScore]:
    """Score one report; appends its errors. Returns field -> FieldScore."""
    doc = g.doc
    opt_only = set(g.opt_people) - set(g.people)
    gold_counts = [((c, v), t) for c, v, t in g.counts]
    pred_counts = [((c, v), t) for c, v, t in p.counts]
    return {
        "hospitals": _score_field(
            doc, "hospitals", g.hospitals, p.hospitals, g.opt_hospitals, errors,
            show=" / ".join, ok=lambda a, b: not set(a).isdisjoint(b),
        ),
        "people": _score_field(doc, "people", g.people, _unique(p.people), g.opt_people, errors),
        "roles": _score_field(
            doc, "roles", g.roles, _unique(p.roles), [r for r in p.roles if r[0] in opt_only], errors,
            show=lambda r: f"{r[0]}: {r[1]}",
        ),
        "dates": _score_field(
            doc, "dates", _unique(v for v, _ in g.dates), _unique(v for v, _ in p.dates), g.opt_dates, errors,
            ok=lambda pv, gv: date_matches(gv, pv), text=_texts(g.dates, p.dates),
        ),
        "counts": _score_field(
            doc, "counts", _unique(k for k, _ in gold_counts), _unique(k for k, _ in pred_counts),
            g.opt_counts, errors, show=lambda k: f"{k[0]}={k[1]}", text=_texts(gold_counts, pred_counts),
        ),
    }


def subject_right(g: GoldDoc, p: Optional[PredDoc]) -> bool:
    pred = p.hospital if p is not None else None
    if g.hospital is None or not g.hospital:
        return pred is None
    return pred is not None and pred in g.hospital


def score(gold: Sequence[GoldDoc], predictions: Iterable[Any]) -> Scores:
    """Score prediction records (dicts or Report objects) against gold docs."""
    by_doc, unmatched = group_predictions(gold, predictions)
    fields = {f: FieldScore() for f in FIELDS}
    errors: list[ErrorItem] = []
    missing: list[str] = []
    correct = 0
    for g in gold:
        p = by_doc.get(g.doc)
        if p is None:
            missing.append(g.doc)
        per = score_doc(g, p if p is not None else PredDoc(), errors)
        for f, fs in per.items():
            fields[f].add(fs)
        if subject_right(g, p):
            correct += 1
        else:
            expected = " | ".join(g.hospital) if g.hospital else "null"
            got = (p.hospital if p is not None else None) or "null"
            errors.append(ErrorItem(g.doc, "subject", "wrong", got, f"expected {expected}"))
    overall = FieldScore()
    for f in OVERALL_FIELDS:
        overall.add(fields[f])
    return Scores(
        fields=fields, overall=overall, subject_correct=correct, subject_total=len(gold),
        reports=len(gold), errors=errors, missing=missing, unmatched_predictions=unmatched,
    )


# --------------------------------------------------------------------------- #
# Output
# --------------------------------------------------------------------------- #

def render_table(scores: Scores, console: Any = None, title: str | None = None) -> None:
    """Print the scores as a rich table (and the subject accuracy beneath it)."""
    from rich.console import Console
    from rich.table import Table

    console = console or Console()
    table = Table(title=title or f"Extraction scores on {scores.reports} annotated reports")
    table.add_column("field")
    for col in ("precision", "recall", "F1", "tp", "fp", "fn"):
        table.add_column(col, justify="right")

    def row(name: str, fs: FieldScore, **kw: Any) -> None:
        table.add_row(
            name, f"{fs.precision:.3f}", f"{fs.recall:.3f}", f"{fs.f1:.3f}",
            str(fs.tp), str(fs.fp), str(fs.fn), **kw,
        )

    for f in FIELDS:
        row(f, scores.fields[f])
    table.add_section()
    row("overall", scores.overall, style="bold")
    console.print(table)
    acc = scores.subject_accuracy
    acc_s = "n/a" if acc is None else f"{acc:.3f}"
    console.print(
        f"subject hospital accuracy: {acc_s} ({scores.subject_correct}/{scores.subject_total})",
        highlight=False,
    )
    console.print(
        "overall: micro over hospitals, people, dates, counts (not roles); relative dates, optional items unscored",
        style="dim", highlight=False,
    )
    if scores.missing:
        console.print(
            f"{len(scores.missing)} gold report(s) have no prediction; all their items count as missed: "
            + ", ".join(scores.missing),
            style="yellow", highlight=False,
        )
    if scores.unmatched_predictions:
        console.print(
            f"{len(scores.unmatched_predictions)} prediction record(s) match no gold report and are not scored",
            style="dim", highlight=False,
        )


def render_errors(scores: Scores, console: Any = None) -> None:
    """Print every false positive, false negative and wrong subject, by report and field."""
    from rich.console import Console
    from rich.markup import escape

    console = console or Console()
    if not scores.errors:
        console.print("no errors")
        return
    labels = {"fp": "[red]FP[/red]", "fn": "[yellow]FN[/yellow]", "wrong": "[magenta]WRONG[/magenta]"}
    order = {f: i for i, f in enumerate(FIELDS + ("subject",))}
    by_doc: dict[str, list[ErrorItem]] = {}
    for e in scores.errors:
        by_doc.setdefault(e.doc, []).append(e)
    for doc, errs in by_doc.items():
        console.print(f"[bold]{escape(doc)}[/bold]")
        for e in sorted(errs, key=lambda e: (order.get(e.field, 99), e.kind)):
            text = f"  [dim]({escape(e.text)})[/dim]" if e.text and e.text != e.item else ""
            console.print(f"  {e.field:<10} {labels.get(e.kind, e.kind)} {escape(e.item)}{text}", highlight=False)


def cli_main(gold: Path, pred: Path, as_json: bool = False, show_errors: bool = False) -> int:
    """`partyhealth-extract evaluate`: 0 on success, 1 when a file cannot be read or parsed."""
    from rich.console import Console

    try:
        gold_docs = load_gold(gold)
        records = load_predictions(pred)
    except EvalError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    if not gold_docs:
        print(f"warning: {gold} holds no annotated reports", file=sys.stderr)
    try:
        scores = score(gold_docs, records)
    except (TypeError, ValueError, AttributeError, KeyError) as exc:
        print(f"error: {pred}: a record is not in the extractor's format ({_explain(exc)})", file=sys.stderr)
        return 1
    if scores.missing:
        print(
            f"warning: {len(scores.missing)} gold report(s) have no prediction, all their items count as missed: "
            + ", ".join(scores.missing),
            file=sys.stderr,
        )
    if as_json:
        sys.stdout.write(json.dumps(scores.to_dict(with_errors=show_errors), ensure_ascii=False, indent=2) + "\n")
        return 0
    console = Console()
    render_table(scores, console)
    if show_errors:
        console.print()
        render_errors(scores, console)
    return 0
