"""reading.py: every encoding a report arrives in, and every kind of file that is not a report."""

from __future__ import annotations

import codecs
import hashlib
import os

import pytest

from partyhealth_extract import reading
from partyhealth_extract.reading import ReadError, decode_report, read_report

# Our own sentences in the genre (never copied from the seeds).
SIMPLIFIED = [
    "县人民医院党委书记王建国带领医护人员深入乡村开展义诊活动。",
    "今年以来，我院累计完成核酸检测12万人次。",
    "疫情就是命令，防控就是责任。",
    "护理部主任李红说：大家辛苦了！",
    "5月12日上午，市中医院召开党史学习教育动员大会，全院200余名党员参加。",
    "驻村工作队帮扶贫困户38户，投入资金50万元，建成标准化卫生室3个。",
    "记者 张伟 通讯员 刘芳",
    "院长讲话",
    "发热门诊24小时开放",
    "感谢白衣天使守护我们的健康",
]
# The same in traditional characters, as a Hong Kong or Taiwan page would write them.
TRADITIONAL = [
    "縣人民醫院黨委書記王建國帶領醫護人員深入鄉村開展義診活動。",
    "今年以來，我院累計完成核酸檢測12萬人次。",
    "疫情就是命令，防控就是責任。",
    "護理部主任李紅說：大家辛苦了！",
    "5月12日上午，市中醫院召開黨史學習教育動員大會，全院200餘名黨員參加。",
    "駐村工作隊幫扶貧困戶38戶，投入資金50萬元，建成標準化衛生室3個。",
    "記者 張偉 通訊員 劉芳",
    "院長講話",
    "發熱門診24小時開放",
    "感謝白衣天使守護我們的健康",
]


def write(tmp_path, name: str, data: bytes):
    path = tmp_path / name
    path.write_bytes(data)
    return path


@pytest.mark.parametrize("text", SIMPLIFIED)
def test_utf8(tmp_path, text):
    data = text.encode("utf-8")
    got, encoding, sha = read_report(write(tmp_path, "r.txt", data))
    assert (got, encoding) == (text, "utf-8")
    assert sha == hashlib.sha256(data).hexdigest()


@pytest.mark.parametrize("text", SIMPLIFIED)
def test_utf8_with_bom_drops_the_bom(tmp_path, text):
    data = codecs.BOM_UTF8 + text.encode("utf-8")
    got, encoding, sha = read_report(write(tmp_path, "r.txt", data))
    assert (got, encoding) == (text, "utf-8-sig")
    assert sha == hashlib.sha256(data).hexdigest()  # of the raw bytes, BOM included


@pytest.mark.parametrize("codec", ["gbk", "gb2312", "gb18030"])
@pytest.mark.parametrize("text", SIMPLIFIED)
def test_gbk_family(tmp_path, text, codec):
    data = text.encode(codec)
    got, encoding, _ = read_report(write(tmp_path, "r.txt", data))
    assert (got, encoding) == (text, "gb18030")


@pytest.mark.parametrize("text", TRADITIONAL)
def test_big5(tmp_path, text):
    data = text.encode("big5")
    got, encoding, _ = read_report(write(tmp_path, "r.txt", data))
    assert (got, encoding) == (text, "big5")


@pytest.mark.parametrize("text", TRADITIONAL)
def test_traditional_written_in_gbk_stays_gbk(tmp_path, text):
    # GBK also holds traditional characters; such a file must not be taken for Big5.
    data = text.encode("gbk")
    got, encoding, _ = read_report(write(tmp_path, "r.txt", data))
    assert (got, encoding) == (text, "gb18030")


def test_big5_extension_falls_back_to_cp950(tmp_path):
    # 碁 (F9D6) is one of the seven ETEN characters: cp950 has it, strict big5 does not.
    text = "圍棋碁院舉辦義診活動"
    data = text.encode("cp950")
    with pytest.raises(UnicodeEncodeError):
        text.encode("big5")
    got, encoding, _ = read_report(write(tmp_path, "r.txt", data))
    assert (got, encoding) == (text, "cp950")


@pytest.mark.parametrize("codec", ["utf-16", "utf-16-le", "utf-16-be"])
def test_utf16_with_bom(tmp_path, codec):
    text = "疫情防控COVID 19：全院3200名职工接种疫苗。\n"
    bom = {"utf-16": b"", "utf-16-le": codecs.BOM_UTF16_LE, "utf-16-be": codecs.BOM_UTF16_BE}[codec]
    data = bom + text.encode(codec)  # Python's "utf-16" writes its own BOM
    got, encoding, _ = read_report(write(tmp_path, "r.txt", data))
    assert (got, encoding) == (text, "utf-16")


def test_utf16_without_bom_is_recognised_by_its_nul_pattern(tmp_path):
    text = "2021年3月 County Hospital 县医院\r\n"
    got, encoding, _ = read_report(write(tmp_path, "r.txt", text.encode("utf-16-le")))
    assert (got, encoding) == (text, "utf-16-le")


def test_utf32_with_bom(tmp_path):
    text = "县医院党委召开专题会议"
    got, encoding, _ = read_report(write(tmp_path, "r.txt", text.encode("utf-32")))
    assert (got, encoding) == (text, "utf-32")


def test_crlf_and_offsets_are_kept_as_decoded(tmp_path):
    text = "第一行\r\n第二行\r\n"
    got, _, _ = read_report(write(tmp_path, "r.txt", text.encode("gbk")))
    assert got == text and len(got) == 10


# ---------------------------------------------------------------- not reports


def test_empty_file(tmp_path):
    with pytest.raises(ReadError, match="empty"):
        read_report(write(tmp_path, "empty.txt", b""))


@pytest.mark.parametrize("data", [b"   \n\n\t  \r\n", codecs.BOM_UTF8 + b"\n \n", "\u3000\u3000\n".encode("utf-8")])
def test_white_space_only(tmp_path, data):
    with pytest.raises(ReadError, match="white space"):
        read_report(write(tmp_path, "blank.txt", data))


def test_binary_with_nul_bytes(tmp_path):
    data = bytes(range(256)) * 4
    with pytest.raises(ReadError, match="binary") as info:
        read_report(write(tmp_path, "blob.txt", data))
    assert "blob.txt" in str(info.value)  # the message names the file


def test_binary_control_characters_without_nul(tmp_path):
    data = b"\x01\x02\x03\x04\x05\x06\x07\x08abc\x0e\x0f\x10\x11" * 10
    with pytest.raises(ReadError, match="binary"):
        read_report(write(tmp_path, "ctl.txt", data))


@pytest.mark.parametrize(
    "data, what",
    [
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "PDF"),
        (b"PK\x03\x04\x14\x00\x06\x00", "ZIP"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "PNG"),
        (b"\xff\xd8\xff\xe0\x00\x10JFIF", "JPEG"),
    ],
)
def test_known_binary_formats_are_named(tmp_path, data, what):
    with pytest.raises(ReadError, match=what):
        read_report(write(tmp_path, "x.txt", data))


def test_undecodable_bytes(tmp_path):
    # Latin-1 French: invalid UTF-8, and 0xE9 followed by a space is neither GB18030 nor Big5.
    data = "Hôpital général: réunion à 9h, café et thé servis à l'entrée.".encode("latin-1")
    with pytest.raises(ReadError, match="cannot be decoded"):
        read_report(write(tmp_path, "latin1.txt", data))


def test_a_stray_control_character_is_tolerated(tmp_path):
    text = "县医院召开会议\x1a" + "全院职工参加学习。" * 5
    got, _, _ = read_report(write(tmp_path, "r.txt", text.encode("utf-8")))
    assert got == text


def test_too_large(tmp_path):
    path = write(tmp_path, "big.txt", "医院".encode("utf-8") * 1000)  # 6000 bytes
    with pytest.raises(ReadError, match="too large"):
        read_report(path, max_bytes=5999)
    assert read_report(path, max_bytes=6000)[0] == "医院" * 1000
    assert read_report(path, max_bytes=None)[0] == "医院" * 1000


def test_missing_file(tmp_path):
    with pytest.raises(ReadError, match="no such file"):
        read_report(tmp_path / "nope.txt")


def test_folder_is_not_a_file(tmp_path):
    with pytest.raises(ReadError, match="folder"):
        read_report(tmp_path)


def test_permission_denied(tmp_path, monkeypatch):
    path = write(tmp_path, "secret.txt", "县医院".encode("utf-8"))
    os.chmod(path, 0)
    if os.access(path, os.R_OK):  # running as root: permissions do not stop us, so simulate
        real_open = open

        def fake_open(file, *args, **kwargs):
            if os.fspath(file) == os.fspath(path):
                raise PermissionError(13, "Permission denied", os.fspath(file))
            return real_open(file, *args, **kwargs)

        monkeypatch.setattr(reading, "open", fake_open, raising=False)
    try:
        with pytest.raises(ReadError, match="permission denied") as info:
            read_report(path)
        assert "secret.txt" in str(info.value)
    finally:
        os.chmod(path, 0o644)


def test_source_label_is_used_in_messages(tmp_path):
    path = write(tmp_path, "e.txt", b"")
    with pytest.raises(ReadError) as info:
        read_report(path, source="corpus/e.txt")
    assert str(info.value).startswith("corpus/e.txt: ")
    assert info.value.source == "corpus/e.txt"


def test_decode_report_on_bytes():
    text, encoding = decode_report("院黨委".encode("big5"))
    assert (text, encoding) == ("院黨委", "big5")


def test_chinese_score_prefers_the_right_decode():
    data = "医院党委书记".encode("gbk")
    right = data.decode("gb18030")
    wrong = data.decode("big5", errors="replace")
    assert reading.chinese_score(right) > reading.chinese_score(wrong)
