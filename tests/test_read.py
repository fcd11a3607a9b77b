"""The reader, as a specification: what each kind of input becomes.

Every bad input yields one :class:`ReadProblem` with its catalogue code, and never
stops the inputs after it. Files are written into ``tmp_path`` by each test, except
the five seed articles, whose expected titles and dates were worked out by hand.
"""

from __future__ import annotations

import json
import os
import random
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import kg.read
from kg.facts import Article
from kg.read import (
    DEFAULT_MAX_BYTES,
    ReadProblem,
    decode_bytes,
    detect_title_and_date,
    read_articles,
)

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def read_all(*paths: object, **options: int) -> list[Article | ReadProblem]:
    return list(read_articles([os.fspath(p) for p in paths], **options))  # type: ignore[arg-type]


def only_article(*paths: object) -> Article:
    (result,) = read_all(*paths)
    assert isinstance(result, Article), result
    return result


def only_problem(*paths: object, **options: int) -> ReadProblem:
    (result,) = read_all(*paths, **options)
    assert isinstance(result, ReadProblem), result
    return result


# ------------------------------------------------------------------------ the seeds

SEED_EXPECTATIONS = [
    # id, title, date: by reading each file's first lines
    ("000_cb06689f896329bb", None, "2019-10-17"),  # "(UrduPoint News / Sputnik - 17th October, 2019)"
    ("001_b10bee1da265debe", None, "2019-09-21"),  # " date 2019-09-21 The United States ..."
    (
        "002_b59993f422b52e71",
        "US expected to sign regional accord with Central American officials to address 'migration crisis'",
        None,  # the only date is a photo caption's "January 16, 2019", below the header
    ),
    ("003_635e60cd13bc4d0b", None, None),  # starts with a body sentence
    (
        "004_be93ad6e9e22fa93",
        "Pompeo discusses efforts to combat migrant crisis with Mexico, El Salvador officials",
        "2019-07-22",  # "UPDATED 7:16 AM PT — Monday, July 22, 2019"
    ),
]


@pytest.mark.parametrize(("seed_id", "title", "date"), SEED_EXPECTATIONS)
def test_seed_articles_have_their_id_title_and_date(seed_id: str, title: str | None, date: str | None) -> None:
    path = SEEDS / f"{seed_id}.txt"
    article = only_article(path)
    assert (article.id, article.title, article.date) == (seed_id, title, date)
    assert article.source == os.fspath(path)


def test_seed_text_is_the_whole_file_with_its_header() -> None:
    path = SEEDS / "004_be93ad6e9e22fa93.txt"
    article = only_article(path)
    assert article.text == path.read_text(encoding="utf-8")
    assert article.text.startswith("Pompeo discusses")  # offsets count from the real start


def test_the_seed_directory_yields_every_seed_in_name_order() -> None:
    results = read_all(SEEDS)
    assert [r.id for r in results if isinstance(r, Article)] == [s[0] for s in SEED_EXPECTATIONS]
    assert results[0].source == os.path.join(os.fspath(SEEDS), "000_cb06689f896329bb.txt")


# -------------------------------------------------------------------- decoding


def test_latin1_file_is_decoded(tmp_path: Path) -> None:
    path = tmp_path / "latin.txt"
    path.write_bytes("Canciller Ebrard firmó el acuerdo en la Cancillería de México.".encode("latin-1"))
    assert only_article(path).text == "Canciller Ebrard firmó el acuerdo en la Cancillería de México."


def test_cp1252_curly_quotes_and_accents_are_decoded(tmp_path: Path) -> None:
    path = tmp_path / "windows.txt"
    text = "\u201cWe have a deal,\u201d said the minister \u2014 in Quer\u00e9taro \u2026 it\u2019s signed."
    path.write_bytes(text.encode("cp1252"))
    assert only_article(path).text == text


def test_bom_and_crlf_are_removed(tmp_path: Path) -> None:
    path = tmp_path / "windows-utf8.txt"
    path.write_bytes(b"\xef\xbb\xbfMexico and US sign migration deal\r\n\r\nMEXICO CITY - Body.\rMore.\r\n")
    article = only_article(path)
    assert article.text == "Mexico and US sign migration deal\n\nMEXICO CITY - Body.\nMore.\n"
    assert article.title == "Mexico and US sign migration deal"


def test_unicode_is_nfc_so_offsets_count_one_character_per_letter() -> None:
    assert decode_bytes("Mexico, Quere\u0301taro".encode("utf-8")) == "Mexico, Quer\u00e9taro"


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=300))
def test_any_bytes_decode_without_error_and_without_carriage_returns(data: bytes) -> None:
    text = decode_bytes(data)
    assert "\r" not in text and "\ufeff" not in text[:1]


def test_utf16_with_bom_is_text_not_binary(tmp_path: Path) -> None:
    path = tmp_path / "utf16.txt"
    path.write_bytes("Guatemala signs the agreement today\n\nBody.".encode("utf-16"))
    assert only_article(path).title == "Guatemala signs the agreement today"


# ------------------------------------------------------------------- bad files


def test_empty_file_is_a_problem(tmp_path: Path) -> None:
    path = tmp_path / "empty.txt"
    path.write_bytes(b"")
    problem = only_problem(path)
    assert problem.code == "R002" and str(path) in problem.message


def test_whitespace_only_file_is_a_problem(tmp_path: Path) -> None:
    path = tmp_path / "blank.txt"
    path.write_text(" \n\t\r\n  ")
    assert only_problem(path).code == "R008"


def test_binary_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "photo.txt"
    path.write_bytes(random.Random(7).randbytes(4000) + b"\x00\x00")
    problem = only_problem(path)
    assert problem.code == "R003" and "NUL" in problem.message


def test_control_characters_without_nul_are_refused(tmp_path: Path) -> None:
    path = tmp_path / "noise.txt"
    path.write_bytes(bytes(b for b in random.Random(3).randbytes(4000) if b) or b"\x01")
    assert only_problem(path).code == "R003"


def test_missing_path_is_a_problem(tmp_path: Path) -> None:
    path = tmp_path / "nowhere.txt"
    problem = only_problem(path)
    assert problem.code == "R001" and problem.path == str(path)


def test_oversized_file_is_refused_unread_and_the_rest_still_read(tmp_path: Path, monkeypatch) -> None:  # noqa: ANN001
    big = tmp_path / "big.txt"
    with open(big, "wb") as handle:
        handle.write(b"The agreement was signed. " * (5_000_000 // 26 + 1))
    small = tmp_path / "small.txt"
    small.write_text("Honduras signs asylum cooperation agreement\n\nBody.")
    opened: list[str] = []

    def recording_open(path, *args, **kwargs):  # noqa: ANN001, ANN002, ANN003, ANN202
        opened.append(os.fspath(path))
        return open(path, *args, **kwargs)

    monkeypatch.setattr(kg.read, "open", recording_open, raising=False)
    problem, article = read_all(big, small)
    assert isinstance(problem, ReadProblem) and problem.code == "R004"
    assert "5.0 MB" in problem.message and "2.0 MB" in problem.message
    assert isinstance(article, Article) and article.id == "small"
    # refused on its size alone: the huge file is never opened, the small one is
    assert str(big) not in opened and str(small) in opened


def test_max_bytes_can_be_raised(tmp_path: Path) -> None:
    path = tmp_path / "long.txt"
    path.write_text("word " * 1000)
    assert only_problem(path, max_bytes=100).code == "R004"
    assert isinstance(read_all(path, max_bytes=DEFAULT_MAX_BYTES)[0], Article)


def test_a_lone_path_is_not_iterated_character_by_character(tmp_path: Path) -> None:
    path = tmp_path / "one.txt"
    path.write_text("Body text.")
    assert [a.id for a in read_articles(str(path))] == ["one"]


# ------------------------------------------------------------------------ HTML

PAGE = """<!DOCTYPE html>
<html><head>
<title>Mexico agrees to migration deal | Example News</title>
<meta property="og:title" content="Mexico agrees to migration deal">
<meta property="article:published_time" content="2019-06-08T02:15:00Z">
<style>body { color: red }</style>
<script>var secret = "tracking code";</script>
</head><body>
<nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article>
<h1>Mexico agrees to migration deal</h1>
<p>MEXICO CITY &mdash; Mexico agreed on Friday to   deploy its National Guard.</p>
<script>document.write("injected")</script>
<p>The United States dropped its tariff threat.<br>Officials said so.</p>
</article>
</body></html>
"""


def test_html_page_becomes_its_visible_text(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_text(PAGE)
    article = only_article(path)
    assert article.id == "page"
    assert article.title == "Mexico agrees to migration deal"
    assert article.date == "2019-06-08"
    assert "MEXICO CITY \u2014 Mexico agreed on Friday to deploy its National Guard." in article.text
    assert "tariff threat.\nOfficials said so." in article.text
    assert "\n\n" in article.text  # paragraphs stay apart
    for hidden in ("tracking code", "injected", "color: red", "Home", "<p>"):
        assert hidden not in article.text


def test_html_title_and_time_element_without_meta(tmp_path: Path) -> None:
    path = tmp_path / "plain.htm"
    path.write_text(
        "<html><head><title>Guatemala deal signed</title></head><body>"
        '<p>Posted <time datetime="2019-07-26">Friday</time></p><p>Body of the story.</p></body></html>'
    )
    article = only_article(path)
    assert (article.title, article.date) == ("Guatemala deal signed", "2019-07-26")


def test_html_with_an_unclosed_head_keeps_its_body(tmp_path: Path) -> None:
    path = tmp_path / "sloppy.html"
    path.write_text("<html><head><title>Aid to Honduras restored</title><body><p>Aid flows again.</p>")
    article = only_article(path)
    assert (article.title, article.text) == ("Aid to Honduras restored", "Aid flows again.")


def test_html_sniffed_in_a_txt_file(tmp_path: Path) -> None:
    path = tmp_path / "saved.txt"
    path.write_text(PAGE)
    assert "tracking code" not in only_article(path).text


def test_html_with_nothing_visible_is_a_problem(tmp_path: Path) -> None:
    path = tmp_path / "shell.html"
    path.write_text("<html><head><script>app()</script></head><body><div id=app></div></body></html>")
    assert only_problem(path).code == "R006"


# ------------------------------------------------------------------ directories


def test_directory_yields_good_files_and_one_problem_per_bad_file(tmp_path: Path) -> None:
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "a_good.txt").write_text("El Salvador signs deal with US officials\n\nBody.")
    (folder / "b_empty.txt").write_bytes(b"")
    (folder / "c_binary.md").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00")
    (folder / "d_good.md").write_text("Second article body.")
    (folder / "e_page.html").write_text(PAGE)
    (folder / ".hidden.txt").write_text("never read")
    (folder / "notes.csv").write_text("not,an,article")
    (folder / "sub").mkdir()
    (folder / "sub" / "deep.txt").write_text("read too: folders are read recursively")
    results = read_all(folder)
    assert [(type(r).__name__, getattr(r, "id", None) or r.code) for r in results] == [
        ("Article", "a_good"),
        ("ReadProblem", "R002"),
        ("ReadProblem", "R003"),
        ("Article", "d_good"),
        ("Article", "e_page"),
        ("Article", "deep"),
    ]
    assert results[0].source == os.path.join(str(folder), "a_good.txt")
    assert results[2].path == os.path.join(str(folder), "c_binary.md")


def test_directory_without_articles_is_a_problem(tmp_path: Path) -> None:
    assert only_problem(tmp_path).code == "R009"


def test_inputs_keep_their_order_across_kinds(tmp_path: Path) -> None:
    first = tmp_path / "z_first.txt"
    first.write_text("First.")
    missing = tmp_path / "missing.txt"
    last = tmp_path / "a_last.txt"
    last.write_text("Last.")
    results = read_all(first, missing, last)
    assert [getattr(r, "id", None) or r.code for r in results] == ["z_first", "R001", "a_last"]


# ------------------------------------------------------------------ JSON Lines


def test_jsonl_bad_line_is_named_and_the_rest_are_read(tmp_path: Path) -> None:
    path = tmp_path / "batch.jsonl"
    lines = [
        json.dumps({"id": "r1", "text": "Mexico deploys guard\n\nBody.", "url": "https://example.org/r1"}),
        "{not json",
        "",
        json.dumps({"id": "r2", "text": "Body only.\r\nSecond line.", "title": "Given title", "date": "2019-07-26"}),
        json.dumps({"id": "r3"}),
        json.dumps({"id": "r4", "text": "Text", "date": "last Wednesday"}),
    ]
    path.write_text("\n".join(lines) + "\n")
    r1, bad, r2, missing_text, bad_date = read_all(path)
    assert isinstance(r1, Article) and (r1.id, r1.title, r1.url, r1.source) == (
        "r1", "Mexico deploys guard", "https://example.org/r1", str(path))
    assert isinstance(bad, ReadProblem) and bad.code == "R005" and "line 2" in bad.message
    assert isinstance(r2, Article) and (r2.title, r2.date, r2.text) == ("Given title", "2019-07-26", "Body only.\nSecond line.")
    assert isinstance(missing_text, ReadProblem) and "line 5" in missing_text.message
    assert isinstance(bad_date, ReadProblem) and "line 6" in bad_date.message and "'date'" in bad_date.message


def test_jsonl_record_date_wins_over_the_text_and_is_normalised(tmp_path: Path) -> None:
    path = tmp_path / "dated.jsonl"
    path.write_text(json.dumps({"id": 7, "text": "Published: July 1, 2019\nBody.", "date": "Jul 26, 2019"}))
    article = only_article(path)
    assert (article.id, article.date) == ("7", "2019-07-26")


def test_jsonl_over_long_line_is_refused_alone(tmp_path: Path) -> None:
    path = tmp_path / "long.jsonl"
    path.write_text(
        json.dumps({"id": "huge", "text": "x " * 600}) + "\n" + json.dumps({"id": "ok", "text": "Fine."}) + "\n"
    )
    problem, article = read_all(path, max_bytes=500)
    assert isinstance(problem, ReadProblem) and problem.code == "R010" and "line 1" in problem.message
    assert isinstance(article, Article) and article.id == "ok"


def test_json_list_of_records(tmp_path: Path) -> None:
    path = tmp_path / "batch.json"
    path.write_text(json.dumps([{"id": "a", "text": "One."}, ["not", "a", "record"]]))
    article, problem = read_all(path)
    assert isinstance(article, Article) and article.id == "a"
    assert isinstance(problem, ReadProblem) and problem.code == "R011" and "record 2" in problem.message


# ------------------------------------------------------------------ date detection


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("MEXICO CITY, July 26 (Reuters) - Mexico said on Wednesday ...", None),  # no year: not guessed
        ("Published: July 26, 2019\nMEXICO CITY (Reuters) - Mexico said ...", "2019-07-26"),
        ("Mexico signs deal\nJul 26, 2019 10:15 AM\n\nBody.", "2019-07-26"),
        ("Mexico signs deal\n2019-07-26T10:15:00-05:00\nBody.", "2019-07-26"),
        ("By Jane Doe\nPosted 26 July 2019\nBody.", "2019-07-26"),
        ("GUATEMALA CITY (AP - 5th Sept. 2019) The government said ...", "2019-09-05"),
        ("Headline about the deal\nLast updated: 7/26/2019\n", "2019-07-26"),
        ("Ministers met on Wednesday and again on Friday to talk.", None),  # weekdays never resolved
        ("Headline\nUpdated February 30, 2019\n", None),  # not a real day
    ],
)
def test_dates_in_unseen_header_styles(text: str, date: str | None) -> None:
    assert detect_title_and_date(text)[1] == date


def test_a_dateline_wins_over_an_earlier_date_in_running_text() -> None:
    text = (
        "Mexico says the deal of June 7, 2019 is working as talks with Washington go on in the capital\n"
        "Published: July 26, 2019\n"
    )
    assert detect_title_and_date(text)[1] == "2019-07-26"


def test_without_a_dateline_the_first_full_date_of_the_header_is_taken() -> None:
    text = "Mexico City - Officials recalled the deal of June 7, 2019, and the talks that followed it in July."
    assert detect_title_and_date(text)[1] == "2019-06-07"


def test_a_caption_date_below_the_header_is_not_the_publication_date() -> None:
    body = "A paragraph of reporting about the agreement and the people who signed it. " * 8
    text = f"Section\n\nHeadline about the regional accord\n\n{body}\nMigrants in San Salvador, January 16, 2019.\n"
    assert detect_title_and_date(text) == ("Headline about the regional accord", None)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=200))
def test_a_detected_date_is_always_written_in_the_text(text: str) -> None:
    _, date = detect_title_and_date(text)
    if date is not None:
        year, month, day = date.split("-")
        assert year in text and (str(int(day)) in text)


# ------------------------------------------------------------------ title detection


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("# Honduras signs asylum cooperation agreement\n\nBody.", "Honduras signs asylum cooperation agreement"),
        ("World News\nBy Jane Doe\nGuatemala deal draws criticism\n\nBody.", "Guatemala deal draws criticism"),
        ("@handle\nUS cuts aid to Northern Triangle\n", "US cuts aid to Northern Triangle"),
        ("Trump hails deal with the U.S.\nBody.", "Trump hails deal with the U.S."),
        ("MEXICO CITY (Reuters) - Mexico and the US agreed\n", None),  # a wire dateline opens the body
        ("The minister signed the agreement on Friday.\nMore.", None),  # a sentence, not a headline
        ("Politics\nAsylum\n", None),  # labels only
        ("Deal signed\nBody.", None),  # two words are too few to tell a headline from a label
    ],
)
def test_titles(text: str, title: str | None) -> None:
    assert detect_title_and_date(text)[0] == title


# ------------------------------------------------------------ folders: depth and links


def test_sub_folders_are_read_in_path_order_and_hidden_ones_skipped(tmp_path: Path) -> None:
    for name in ("b/2.txt", "a/z/1.txt", "a/0.txt", ".git/x.txt", "c.txt"):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(f"Article {name} about Guatemala.")
    assert [r.id for r in read_all(tmp_path)] == ["0", "1", "2", "c"]


def test_a_folder_link_back_to_an_ancestor_is_one_problem_not_a_loop(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "a.txt").write_text("Mexico signs the deal.")
    (tmp_path / "sub" / "up").symlink_to("..")
    (tmp_path / "self.txt").symlink_to("self.txt")
    results = read_all(tmp_path)
    assert [(type(r).__name__, getattr(r, "id", None) or r.code) for r in results] == [
        ("ReadProblem", "R014"), ("Article", "a"), ("ReadProblem", "R014")]
    assert results[0].path.endswith("self.txt") and results[2].path.endswith(os.path.join("sub", "up"))


def test_a_linked_folder_elsewhere_is_read(tmp_path: Path) -> None:
    (tmp_path / "store").mkdir()
    (tmp_path / "store" / "a.txt").write_text("Mexico signs the deal.")
    (tmp_path / "corpus").mkdir()
    (tmp_path / "corpus" / "linked").symlink_to(tmp_path / "store")
    assert [r.id for r in read_all(tmp_path / "corpus")] == ["a"]


# ------------------------------------------------------------ records: hostile values


@pytest.mark.parametrize(("line", "detail"), [
    ('{"id": ' + "7" * 5000 + ', "text": "x"}', "digits"),
    ("[" * 50_000 + "]" * 50_000, "nested too deeply"),
    (json.dumps({"id": "i" * 257, "text": "Mexico signs."}), "longer than 256"),
    (json.dumps({"id": "a", "text": "Mexico signs.", "url": "https://e.org/a b"}), "' '"),
    (json.dumps({"id": "a", "text": "Mexico signs.", "url": "file:///etc/passwd"}), "http(s)"),
    (json.dumps({"id": "a", "text": "\x01\x02\x03\x04 Mexico"}), "control"),
])
def test_a_hostile_record_is_one_problem_naming_its_line(tmp_path: Path, line: str, detail: str) -> None:
    path = tmp_path / "r.jsonl"
    path.write_text(json.dumps({"id": "ok", "text": "Honduras signs."}) + "\n" + line + "\n")
    ok, problem = read_all(path)
    assert isinstance(ok, Article) and ok.id == "ok"
    assert isinstance(problem, ReadProblem) and problem.code == "R005"
    assert f"{path}: line 2:" in problem.message and detail in problem.message


def test_a_record_url_becomes_the_articles_url(tmp_path: Path) -> None:
    path = tmp_path / "r.jsonl"
    path.write_text(json.dumps({"id": "ok", "text": "Honduras signs.", "url": "https://e.org/a?b=c#d"}) + "\n")
    assert only_article(path).url == "https://e.org/a?b=c#d"


def test_a_json_file_that_is_not_a_list_of_records_is_one_problem(tmp_path: Path) -> None:
    path = tmp_path / "r.json"
    path.write_text('[{"id": "a", "text": "x"}')  # truncated
    assert only_problem(path).code == "R007"


def test_utf32_without_a_byte_order_mark_is_text(tmp_path: Path) -> None:
    path = tmp_path / "wide.txt"
    path.write_bytes("Guatemala signs the agreement today\r\n\r\nBody.".encode("utf-32-be"))
    article = only_article(path)
    assert (article.title, article.text) == ("Guatemala signs the agreement today",
                                             "Guatemala signs the agreement today\n\nBody.")


def test_a_byte_order_mark_on_bytes_that_do_not_decode_is_binary(tmp_path: Path) -> None:
    path = tmp_path / "fake.txt"
    path.write_bytes(b"\xff\xfe" + b"\x00\xd8" * 20)  # UTF-16-LE mark, then lone surrogates
    assert only_problem(path).code == "R003"
