"""`evaluate` on hand-made gold and prediction files (tests/fixtures/eval/).

Expected scores, worked out by hand from section 6 of the guide:

a_county.txt (one record)
  hospitals  pred {县人民医院/平川县人民医院} = gold 1 (alias) tp; 城南分院 matches only an
             optional entity -> dropped; 东湖镇卫生院 tp; 发热门诊 fp; 省第二人民医院 fn
             -> tp 2, fp 1, fn 1
  people     周明远 tp, 林小燕 tp, 雷锋 optional -> dropped, 陈刚 fp, 高建 fn -> 2/1/1
  roles      (周明远, 党委书记) (周明远, 院长) tp; (林小燕, 通讯员) fp, (陈刚, 副院长) fp,
             (雷锋, 同志) dropped; (林小燕, 记者) fn -> 2/2/1
  dates      gold set {2022-05, XXXX-08-05, 2021} (2021 twice counts once, 今年 relative);
             pred 2022-05 tp, 2023-08-05T09:30 tp (XXXX year, time ignored),
             2021-08-04 matches only optional XXXX-08-04 -> dropped, 2024 relative -> out,
             2021 tp, 2019-03 fp -> 3/1/0
  counts     staff 30 tp, beds 1200.0 tp, money 5000 fp (gold 50000 fn), staff 2 optional
             -> dropped, other 12 ignored -> 2/1/1
  subject    县人民医院 is one of the gold names -> right
b_trad.txt (traditional characters, full-width brackets, a space inside a name,
  a Windows path as source) -> everything matches:
  hospitals 2/0/0, people 2/0/0, roles 2/0/0, dates 1/0/0, counts 1/0/0, subject right
c_page.txt (split into two records; the second has no source and id `news/c_page#2`);
  merged: the two predicted forms of 河口区人民医院 share a form -> one entity
  hospitals 2/0/0, people 2/0/0, roles 2/0/0, dates 2/0/0 (gold XXXX-03-02 = pred
  XXXX-03-02; 2023-03-01 predicted twice counts once), counts 2/0/0;
  subject = first record's 河口区人民医院 -> right
d_missing.txt (no prediction): hospitals 0/0/1, people 0/0/1, roles 0/0/1,
  dates 0/0/1 (去年 relative), counts 0/0/1, subject wrong
e_none.txt: hospitals 0/1/0 (人民医院), people 1/0/0, roles 1/0/0; subject null = null -> right
z_other (prediction without gold) is not scored.

Totals
  hospitals tp 6 fp 2 fn 2   P 6/8  R 6/8  F1 0.75
  people    tp 7 fp 1 fn 2   P 7/8  R 7/9  F1 14/17
  roles     tp 7 fp 2 fn 2   P 7/9  R 7/9  F1 7/9
  dates     tp 6 fp 1 fn 1   P 6/7  R 6/7  F1 6/7
  counts    tp 5 fp 1 fn 2   P 5/6  R 5/7  F1 10/13
  overall (hospitals+people+dates+counts) tp 24 fp 5 fn 7  P 24/29  R 24/31  F1 48/60 = 0.8
  subject   4/5
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from partyhealth_extract.evaluate import (
    EvalError,
    cli_main,
    date_matches,
    load_gold,
    load_predictions,
    render_table,
    score,
)
from partyhealth_extract.models import CountMention, DateMention, Hospital, Person, Report

FIX = Path(__file__).parent / "fixtures" / "eval"
GOLD = FIX / "gold.jsonl"
PRED = FIX / "pred.jsonl"

EXPECTED = {
    "hospitals": (6, 2, 2),
    "people": (7, 1, 2),
    "roles": (7, 2, 2),
    "dates": (6, 1, 1),
    "counts": (5, 1, 2),
}


@pytest.fixture(scope="module")
def scores():
    return score(load_gold(GOLD), load_predictions(PRED))


@pytest.mark.parametrize("field", list(EXPECTED))
def test_field_counts(scores, field):
    fs = scores.fields[field]
    assert (fs.tp, fs.fp, fs.fn) == EXPECTED[field]


def test_field_ratios(scores):
    f = scores.fields
    assert f["hospitals"].precision == pytest.approx(0.75)
    assert f["hospitals"].f1 == pytest.approx(0.75)
    assert f["people"].precision == pytest.approx(7 / 8)
    assert f["people"].recall == pytest.approx(7 / 9)
    assert f["people"].f1 == pytest.approx(14 / 17)
    assert f["roles"].f1 == pytest.approx(7 / 9)
    assert f["dates"].f1 == pytest.approx(6 / 7)
    assert f["counts"].precision == pytest.approx(5 / 6)
    assert f["counts"].recall == pytest.approx(5 / 7)
    assert f["counts"].f1 == pytest.approx(10 / 13)


def test_overall_is_micro_over_four_fields(scores):
    o = scores.overall
    assert (o.tp, o.fp, o.fn) == (24, 5, 7)
    assert o.precision == pytest.approx(24 / 29)
    assert o.recall == pytest.approx(24 / 31)
    assert o.f1 == pytest.approx(0.8)


def test_subject_accuracy(scores):
    assert (scores.subject_correct, scores.subject_total) == (4, 5)
    assert scores.subject_accuracy == pytest.approx(0.8)


def test_missing_and_unmatched_reported(scores):
    assert scores.missing == ["d_missing.txt"]
    assert scores.unmatched_predictions == ["in/z_other.txt"]


def _errs(scores, doc, field, kind):
    return sorted(e.item for e in scores.errors if e.doc == doc and e.field == field and e.kind == kind)


def test_error_lists(scores):
    assert _errs(scores, "a_county.txt", "hospitals", "fp") == ["发热门诊"]
    assert _errs(scores, "a_county.txt", "hospitals", "fn") == ["省第二人民医院"]
    assert _errs(scores, "a_county.txt", "people", "fp") == ["陈刚"]
    assert _errs(scores, "a_county.txt", "people", "fn") == ["高建"]
    assert _errs(scores, "a_county.txt", "roles", "fp") == ["林小燕: 通讯员", "陈刚: 副院长"]
    assert _errs(scores, "a_county.txt", "roles", "fn") == ["林小燕: 记者"]
    assert _errs(scores, "a_county.txt", "dates", "fp") == ["2019-03"]
    assert _errs(scores, "a_county.txt", "counts", "fp") == ["money=5000"]
    assert _errs(scores, "a_county.txt", "counts", "fn") == ["money=50000"]
    assert _errs(scores, "d_missing.txt", "people", "fn") == ["罗海"]
    assert _errs(scores, "d_missing.txt", "subject", "wrong") == ["null"]
    assert _errs(scores, "e_none.txt", "hospitals", "fp") == ["人民医院"]
    # Nothing is wrong in the traditional-character report or the split page.
    assert [e for e in scores.errors if e.doc in ("b_trad.txt", "c_page.txt")] == []
    # FP and FN together are exactly the error counts of the table.
    for field, (_, fp, fn) in EXPECTED.items():
        assert sum(1 for e in scores.errors if e.field == field and e.kind == "fp") == fp
        assert sum(1 for e in scores.errors if e.field == field and e.kind == "fn") == fn


# --- single rules, on tiny inline cases ------------------------------------------------


def _gold(tmp_path, *docs):
    p = tmp_path / "gold.jsonl"
    p.write_text("".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs), encoding="utf-8")
    return load_gold(p)


def _doc(**kw):
    d = {"doc": "r.txt", "hospital": None, "hospitals": [], "people": [], "dates": [], "counts": []}
    d.update(kw)
    return d


def test_date_year_wildcard_only_on_gold_side():
    assert date_matches("XXXX-08-05", "2021-08-05")
    assert date_matches("XXXX-08-05", "XXXX-08-05")
    assert not date_matches("2021-08-05", "XXXX-08-05")
    assert not date_matches("XXXX-08-05", "2021-08-06")
    assert not date_matches("XXXX-08", "2021-08-05")


def test_one_gold_date_takes_one_prediction(tmp_path):
    gold = _gold(tmp_path, _doc(dates=[{"text": "8月5日", "value": "XXXX-08-05"}]))
    s = score(gold, [{"id": "r", "dates": [{"value": "2021-08-05"}, {"value": "2022-08-05"}]}])
    fs = s.fields["dates"]
    assert (fs.tp, fs.fp, fs.fn) == (1, 1, 0)


def test_hospital_matching_is_maximal_not_greedy(tmp_path):
    # The first predicted entity could take either gold entity; a greedy pass that gives it
    # the first gold entity leaves the second prediction unmatched. The best assignment
    # matches both (the predicted entities share no form, so they are not merged).
    gold = _gold(tmp_path, _doc(hospitals=[["北山医院", "北院"], ["南山医院", "南院"]]))
    pred = {"id": "r", "hospitals": [{"name": "北山医院", "aliases": ["南院"]}, {"name": "北院"}]}
    fs = score(gold, [pred]).fields["hospitals"]
    assert (fs.tp, fs.fp, fs.fn) == (2, 0, 0)


def test_predicted_entities_sharing_a_form_are_one(tmp_path):
    gold = _gold(tmp_path, _doc(hospitals=[["北山医院", "北院"], ["南山医院"]]))
    pred = {"id": "r", "hospitals": [{"name": "北山医院"}, {"name": "北院", "aliases": ["北山医院"]}]}
    fs = score(gold, [pred]).fields["hospitals"]
    assert (fs.tp, fs.fp, fs.fn) == (1, 0, 1)


def test_duplicate_entity_for_one_gold_hospital_is_a_false_positive(tmp_path):
    # Two predicted entities with no form in common, both forms of one gold entity.
    gold = _gold(tmp_path, _doc(hospitals=[["平安县中医院", "县中医院"]]))
    pred = {"id": "r", "hospitals": [{"name": "平安县中医院"}, {"name": "县中医院"}]}
    fs = score(gold, [pred]).fields["hospitals"]
    assert (fs.tp, fs.fp, fs.fn) == (1, 1, 0)


def test_entity_matching_required_and_optional_counts(tmp_path):
    gold = _gold(
        tmp_path,
        _doc(hospitals=[["安和医院"]], optional={"hospitals": [["安和医院分院", "分院"]]}),
    )
    # Matches the required entity too, so it is scored (and is a tp).
    pred = {"id": "r", "hospitals": [{"name": "安和医院", "aliases": ["分院"]}]}
    fs = score(gold, [pred]).fields["hospitals"]
    assert (fs.tp, fs.fp, fs.fn) == (1, 0, 0)
    # Matches only the optional one: neither adds nor subtracts.
    pred = {"id": "r", "hospitals": [{"name": "分院"}]}
    fs = score(gold, [pred]).fields["hospitals"]
    assert (fs.tp, fs.fp, fs.fn) == (0, 0, 1)


def test_relative_dates_left_out_on_both_sides(tmp_path):
    gold = _gold(tmp_path, _doc(dates=[{"text": "今年", "value": "XXXX", "relative": True}]))
    s = score(gold, [{"id": "r", "dates": [{"value": "2024", "relative": True}]}])
    fs = s.fields["dates"]
    assert (fs.tp, fs.fp, fs.fn) == (0, 0, 0)
    assert fs.f1 == 1.0  # nothing to find, nothing claimed


def test_counts_compare_category_and_value(tmp_path):
    gold = _gold(tmp_path, _doc(counts=[{"text": "20名医生", "category": "staff", "value": 20}]))
    pred = {"id": "r", "counts": [{"category": "served", "value": 20}, {"category": "staff", "value": 20.0}]}
    fs = score(gold, [pred]).fields["counts"]
    assert (fs.tp, fs.fp, fs.fn) == (1, 1, 0)


def test_report_objects_are_accepted(tmp_path):
    gold = _gold(
        tmp_path,
        _doc(
            doc="q.txt",
            hospital=["江北区人民医院"],
            hospitals=[["江北区人民医院"]],
            people=[{"name": "马东", "roles": ["院长"]}],
            dates=[{"text": "2020年9月", "value": "2020-09"}],
            counts=[{"text": "12万元", "category": "money", "value": 120000}],
        ),
    )
    rec = Report(
        id="q",
        source="/data/q.txt",
        hospital="江北区人民医院",
        hospitals=[Hospital(name="江北区人民医院")],
        people=[Person(name="马东", roles=["院长"])],
        dates=[DateMention(text="2020年9月", start=0, end=7, value="2020-09", granularity="month")],
        counts=[CountMention(text="12万元", start=9, end=13, category="money", value=120000, unit="万元")],
    )
    s = score(gold, [rec])
    assert s.overall.f1 == 1.0 and s.overall.tp == 4
    assert s.subject_correct == 1


def test_match_by_id_when_source_unknown(tmp_path):
    gold = _gold(tmp_path, _doc(doc="sub.txt", people=[{"name": "方圆", "roles": []}]))
    s = score(gold, [{"id": "2021/sub", "source": "-", "people": [{"name": "方圆"}]}])
    assert s.missing == [] and s.fields["people"].tp == 1


# --- loading errors and the command ---------------------------------------------------


def test_bad_json_line_is_reported_with_line_number(tmp_path):
    p = tmp_path / "g.jsonl"
    p.write_text('{"doc": "a.txt"}\n{"doc": \n', encoding="utf-8")
    with pytest.raises(EvalError, match=r"g\.jsonl:2"):
        load_gold(p)


def test_gold_without_doc_is_an_error(tmp_path):
    p = tmp_path / "g.jsonl"
    p.write_text('{"hospital": null}\n', encoding="utf-8")
    with pytest.raises(EvalError, match="doc"):
        load_gold(p)


def test_cli_exit_1_on_unreadable_file(tmp_path, capsys):
    assert cli_main(GOLD, tmp_path / "nope.jsonl", as_json=False, show_errors=False) == 1
    err = capsys.readouterr().err
    assert "nope.jsonl" in err and "does not exist" in err


def test_cli_json(capsys):
    assert cli_main(GOLD, PRED, as_json=True, show_errors=False) == 0
    out, err = capsys.readouterr()
    data = json.loads(out)
    assert data["fields"]["people"]["tp"] == 7
    assert data["fields"]["people"]["f1"] == round(14 / 17, 4)
    assert data["overall"]["f1"] == 0.8
    assert data["subject"] == {"correct": 4, "total": 5, "accuracy": 0.8}
    assert data["missing"] == ["d_missing.txt"]
    assert "errors" not in data
    assert "d_missing.txt" in err  # the missing report is named on stderr


def test_cli_json_with_errors(capsys):
    assert cli_main(GOLD, PRED, as_json=True, show_errors=True) == 0
    data = json.loads(capsys.readouterr().out)
    fns = [e for e in data["errors"] if e["kind"] == "fn" and e["field"] == "counts"]
    assert {(e["doc"], e["item"]) for e in fns} == {("a_county.txt", "money=50000"), ("d_missing.txt", "beds=80")}


def test_cli_table_and_errors(capsys):
    assert cli_main(GOLD, PRED, as_json=False, show_errors=True) == 0
    out = capsys.readouterr().out
    assert "hospitals" in out and "overall" in out
    assert "0.800" in out  # overall F1 and subject accuracy
    assert "省第二人民医院" in out and "发热门诊" in out and "高建" in out


def test_render_table_into_a_console():
    from io import StringIO

    from rich.console import Console

    buf = StringIO()
    render_table(score(load_gold(GOLD), load_predictions(PRED)), Console(file=buf, width=120))
    text = buf.getvalue()
    for field in EXPECTED:
        assert field in text
    assert "4/5" in text


def test_through_the_command_line():
    from typer.testing import CliRunner

    from partyhealth_extract.cli import app

    result = CliRunner().invoke(app, ["evaluate", str(GOLD), str(PRED), "--json"])
    assert result.exit_code == 0
    data = json.loads(result.stdout)
    assert data["fields"]["hospitals"]["tp"] == 6
    assert data["overall"]["tp"] == 24
    bad = CliRunner().invoke(app, ["evaluate", str(GOLD), str(FIX / "no-such-file.jsonl")])
    assert bad.exit_code == 1


def test_an_absurdly_large_count_is_compared_as_text_not_a_crash():
    from partyhealth_extract.evaluate import norm_number

    huge = int("9" * 400)
    assert norm_number(huge) == str(huge)
    assert norm_number("60000") == norm_number(60000.0) == 60000
