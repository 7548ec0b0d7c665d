"""Reading reports from real files: formats, folders, stdin and every kind of bad input."""
from __future__ import annotations

import io
import json
from datetime import date

import pytest

from conflictlens.ingest import read_reports
from conflictlens.model import InputError, Report

ARTICLE = (
    "Islamic State fighters attack Ghuwayran prison\r\n"
    "HASAKAH, Syria - Islamic State fighters attacked the Ghuwayran prison on Thursday,\r\n"
    "killing at least 20 guards, the SDF said.\r\n"
)

HTML = """<!DOCTYPE html>
<html><head><title>Prison attack in Hasakah | Example News</title>
<meta property="og:title" content="Prison attack in Hasakah">
<meta property="og:url" content="https://news.example.org/2022/01/prison">
<meta property="og:site_name" content="Example News">
<meta property="article:published_time" content="2022-01-21T09:30:00+00:00">
</head><body><nav>Home | World | Sport</nav>
<article><h1>Prison attack in Hasakah</h1>
<p>HASAKAH, Syria - Islamic State fighters attacked the Ghuwayran prison on Thursday night,
killing at least 20 guards, the Syrian Democratic Forces said in a statement.</p>
<p>Clashes continued on Friday in the Ghuwayran and Zuhour neighbourhoods around the prison,
and hundreds of detainees were reported to have escaped during the fighting.</p>
</article><footer>Copyright Example News</footer></body></html>
"""


def read(paths, **kw):
    return list(read_reports([str(p) for p in paths], **kw))


def split(items):
    reports = [x for x in items if isinstance(x, Report)]
    errors = [x for x in items if isinstance(x, InputError)]
    assert len(reports) + len(errors) == len(items)
    return reports, errors


def test_text_file_id_is_file_name_and_newlines_normalised(tmp_path):
    p = tmp_path / "ghuwayran-2022-01-23.txt"
    p.write_bytes(ARTICLE.encode("utf-8"))
    [r] = read([p], published=date(2022, 1, 23), source="SANA")
    assert r.id == "ghuwayran-2022-01-23.txt"
    assert r.text == ARTICLE.replace("\r\n", "\n")
    assert r.title == ""
    assert r.published == date(2022, 1, 23) and r.source == "SANA"
    assert r.origin == str(p)


def test_text_keeps_content_and_drops_bom(tmp_path):
    p = tmp_path / "a.md"
    p.write_bytes(b"\xef\xbb\xbf  Indented first line\n\nSecond paragraph \xe2\x80\x94 dash\n")
    [r] = read([p])
    assert r.text == "  Indented first line\n\nSecond paragraph \u2014 dash\n"


def test_html_extraction_with_metadata(tmp_path):
    p = tmp_path / "page.html"
    p.write_text(HTML, encoding="utf-8")
    [r] = read([p])
    assert r.id == "page.html"
    assert r.title == "Prison attack in Hasakah"
    assert r.text.startswith("Prison attack in Hasakah\n")
    assert "killing at least 20 guards" in r.text
    assert "Copyright" not in r.text and "Home | World" not in r.text
    assert r.url == "https://news.example.org/2022/01/prison"
    assert r.published == date(2022, 1, 21)


def test_html_published_option_wins_over_metadata(tmp_path):
    p = tmp_path / "page.htm"
    p.write_text(HTML, encoding="utf-8")
    [r] = read([p], published=date(2022, 1, 25), source="Mine")
    assert r.published == date(2022, 1, 25) and r.source == "Mine"


def test_html_declared_charset_is_honoured(tmp_path):
    p = tmp_path / "latin.html"
    p.write_bytes(HTML.replace("<head>", '<head><meta charset="iso-8859-1">')
                  .replace("Zuhour", "Zuh\u00f4ur").encode("latin-1"))
    [r] = read([p])
    assert "Zuh\u00f4ur" in r.text


def test_html_without_main_text_is_an_error(tmp_path):
    p = tmp_path / "blank.html"
    p.write_text("<html><head><title>x</title></head><body></body></html>", encoding="utf-8")
    [e] = read([p])
    assert isinstance(e, InputError) and "no main text" in e.message


def test_jsonl_lines_good_and_bad_continue(tmp_path):
    p = tmp_path / "batch.jsonl"
    lines = [
        json.dumps({"id": "a1", "text": "First report.", "title": "T", "published": "2022-01-21",
                    "source": "Reuters", "url": "https://x/1"}),
        '{"id": "a2", "text": "unterminated',
        json.dumps({"id": "a3", "text": "Third.", "published": "2022-01-22T10:15:00Z"}),
        "",
        json.dumps({"id": "a4", "text": "Bad date.", "published": "21/01/2022"}),
        json.dumps({"text": "no id"}),
        json.dumps({"id": "a6"}),
        json.dumps(["not", "an", "object"]),
        json.dumps({"id": 7, "text": "Numeric id.\r\nSecond line."}),
    ]
    p.write_text("\n".join(lines) + "\n", encoding="utf-8")
    reports, errors = split(read([p], published=date(2022, 2, 1), source="Default"))
    assert [r.id for r in reports] == ["a1", "a3", "7"]
    a1, a3, a7 = reports
    assert (a1.title, a1.published, a1.source, a1.url) == ("T", date(2022, 1, 21), "Reuters", "https://x/1")
    assert a1.origin == f"{p}:1"
    # options fill only missing fields
    assert a3.published == date(2022, 1, 22) and a3.source == "Default"
    assert a7.published == date(2022, 2, 1) and a7.text == "Numeric id.\nSecond line."
    by_origin = {e.origin: e.message for e in errors}
    assert set(by_origin) == {f"{p}:2", f"{p}:5", f"{p}:6", f"{p}:7", f"{p}:8"}
    assert "malformed JSON" in by_origin[f"{p}:2"]
    assert "'21/01/2022'" in by_origin[f"{p}:5"]
    assert "missing 'id'" in by_origin[f"{p}:6"]
    assert "missing 'text'" in by_origin[f"{p}:7"]
    assert "JSON object" in by_origin[f"{p}:8"]


def test_jsonl_line_over_size_limit_is_skipped(tmp_path):
    p = tmp_path / "big.ndjson"
    big = json.dumps({"id": "big", "text": "x" * 5000})
    p.write_text("\n".join([json.dumps({"id": "s", "text": "small"}), big,
                            json.dumps({"id": "t", "text": "tail"})]) + "\n", encoding="utf-8")
    reports, errors = split(read([p], max_bytes=1000))
    assert [r.id for r in reports] == ["s", "t"]
    assert [e.origin for e in errors] == [f"{p}:2"] and "too large" in errors[0].message


def test_empty_file(tmp_path):
    for name in ("empty.txt", "empty.jsonl", "empty.html", "empty"):
        (tmp_path / name).write_bytes(b"")
    (tmp_path / "blank.txt").write_text("  \n\n", encoding="utf-8")
    items = read(sorted(tmp_path.iterdir()))
    assert len(items) == 5 and all(isinstance(e, InputError) for e in items)
    assert all("empty" in e.message for e in items)


def test_binary_file(tmp_path):
    png = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4
    for name in ("photo.txt", "photo.png", "photo.jsonl"):
        (tmp_path / name).write_bytes(png)
    items = read([tmp_path / "photo.txt", tmp_path / "photo.png", tmp_path / "photo.jsonl"])
    assert all(isinstance(e, InputError) for e in items)
    assert "binary" in items[0].message and "binary" in items[1].message
    assert items[0].origin == str(tmp_path / "photo.txt")


def test_latin1_text_is_rejected_with_a_clear_reason(tmp_path):
    p = tmp_path / "latin1.txt"
    p.write_bytes("Clashes near Ra\u00e7a, caf\u00e9 destroyed".encode("latin-1"))
    [e] = read([p])
    assert isinstance(e, InputError) and e.origin == str(p)
    assert "not UTF-8" in e.message and "0xE7" in e.message and "iconv" in e.message


def test_file_over_size_limit_is_rejected_without_reading(tmp_path, monkeypatch):
    p = tmp_path / "huge.txt"
    with open(p, "wb") as fh:
        fh.write(b"word " * (4 * 1024 * 1024))  # 20 MB
    assert p.stat().st_size == 20 * 1024 * 1024
    real_open = open
    reads = []

    class Spy:
        def __init__(self, fh):
            self.fh = fh

        def read(self, n=-1):
            reads.append(n)
            return self.fh.read(n)

        def __getattr__(self, a):
            return getattr(self.fh, a)

    # every open() under ingest is watched: a full read would show up as n == -1 or n > limit
    import builtins
    monkeypatch.setattr(builtins, "open", lambda *a, **k: Spy(real_open(*a, **k)))
    [e] = read([p])
    monkeypatch.undo()
    assert isinstance(e, InputError) and "too large" in e.message and "10.0 MB" in e.message
    assert all(0 <= n <= 10 * 1024 * 1024 + 1 for n in reads)


def test_sniffed_file_over_size_limit(tmp_path):
    p = tmp_path / "huge-no-extension"
    p.write_bytes(b"Some report text. " * 200)
    [e] = read([p], max_bytes=1000)
    assert isinstance(e, InputError) and "too large" in e.message


def test_folder_recursion_sorted_hidden_skipped_and_sniffing(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "config.txt").write_text("hidden folder", encoding="utf-8")
    (tmp_path / ".hidden.txt").write_text("hidden file", encoding="utf-8")
    (tmp_path / "b" / "z.txt").write_text("Report z.", encoding="utf-8")
    (tmp_path / "a.txt").write_text("Report a.", encoding="utf-8")
    (tmp_path / "feed").write_text(json.dumps({"id": "j1", "text": "From JSONL."}) + "\n", encoding="utf-8")
    (tmp_path / "page").write_text(HTML, encoding="utf-8")
    (tmp_path / "note").write_text("Plain text without extension.", encoding="utf-8")
    (tmp_path / "doc.json").write_text('{\n  "id": "x",\n  "text": "pretty"\n}\n', encoding="utf-8")
    reports, errors = split(read([tmp_path]))
    assert [r.id for r in reports] == ["a.txt", "z.txt", "j1", "note", "page"]
    assert reports[4].title == "Prison attack in Hasakah"
    assert [e.origin for e in errors] == [str(tmp_path / "doc.json")]
    assert "JSON Lines" in errors[0].message


def test_forced_format_overrides_extension(tmp_path):
    p = tmp_path / "page.txt"
    p.write_text(HTML, encoding="utf-8")
    [raw] = read([p])
    assert raw.text == HTML  # .txt means text: markup kept verbatim
    [html] = read([p], input_format="html")
    assert html.title == "Prison attack in Hasakah"
    with pytest.raises(ValueError):
        read([p], input_format="pdf")


def test_missing_path_is_an_error_and_reading_continues(tmp_path):
    ok = tmp_path / "ok.txt"
    ok.write_text("Fine.", encoding="utf-8")
    items = read([tmp_path / "nope.txt", ok])
    assert isinstance(items[0], InputError) and "no such file" in items[0].message
    assert isinstance(items[1], Report)


def test_stdin_text_jsonl_and_empty_paths(tmp_path):
    [r] = list(read_reports(["-"], stdin=io.BytesIO(b"A report on stdin.\n"), published=date(2022, 1, 1)))
    assert r.text == "A report on stdin.\n" and r.id.startswith("stdin-") and r.origin == "<stdin>"
    [r2] = list(read_reports(["-"], stdin=io.BytesIO(b"A report on stdin.\n")))
    assert r2.id == r.id  # same content, same id: re-piping is recognised
    jl = "\n".join(json.dumps({"id": f"s{i}", "text": "t" * 50}) for i in range(3000)) + "\n"
    items = list(read_reports([], stdin=io.StringIO(jl)))  # empty list = stdin; > sniff window
    assert [x.id for x in items] == [f"s{i}" for i in range(3000)]
    assert items[5].origin == "<stdin>:6"
    [e] = list(read_reports([], stdin=io.BytesIO(b"")))
    assert isinstance(e, InputError) and e.origin == "<stdin>"


def test_stdin_over_limit(tmp_path):
    [e] = list(read_reports(["-"], stdin=io.BytesIO(b"y" * 5000), input_format="text", max_bytes=1000))
    assert isinstance(e, InputError) and "too large" in e.message
