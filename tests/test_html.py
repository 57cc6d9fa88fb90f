"""Saved job-ad pages (.html/.htm): the main text only, as lines, in the page's encoding."""

from __future__ import annotations

import codecs
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from skillgap.cli import main
from skillgap.documents import read_document
from skillgap.errors import CorruptFileError, EmptyDocumentError, SkillgapError, WrongContentError

JOB_AD_PAGE = """<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Senior Data Engineer - Acme Jobs</title>
  <style>.banner { display: flex } p::before { content: "<p>Not text</p>" }</style>
  <script>window.dataLayer = []; document.write("<h2>Injected</h2>");</script>
  <script type="application/ld+json">{"title": "Senior Data Engineer", "skills": "COBOL"}</script>
</head>
<body class="job-page has-sidebar">
  <div id="onetrust-consent-sdk"><div class="ot-banner">
    <h2>We value your privacy</h2>
    <p>We use cookies to improve your experience. <button>Accept all</button> <a href="#">Manage</a></p>
  </div></div>
  <a class="skip-link" href="#content">Skip to content</a>
  <header class="site-header">
    <a class="logo" href="/">Acme Jobs</a>
    <nav aria-label="Main"><ul><li><a href="/jobs">Find jobs</a></li><li><a href="/pay">Salaries</a></li></ul></nav>
    <form role="search"><input name="q" placeholder="Search jobs"><button>Search</button></form>
  </header>
  <ol class="breadcrumb"><li>Home</li><li>IT jobs</li><li>Data</li></ol>
  <div class="layout">
    <div class="job">
      <h1 class="job-title">Senior Data Engineer</h1>
      <div class="job-header"><span>London</span> &middot; <span>Full&nbsp;time</span> &middot; <b>£70,000</b></div>
      <div class="share-buttons" aria-label="Share this job"><a>LinkedIn</a><a>X</a><a>Email</a></div>
      <h2 class="section-header">About the role</h2>
      <p>You will build and run the data platform behind our products.
         Lines   wrapped in the source
         stay one line.</p>
      <h2 class="section-header">Requirements</h2>
      <ul>
        <li>5+ years with <strong>Python</strong> &amp; SQL
        <li>Experience with Apache&nbsp;Spark and <a href="/kafka">Kafka</a>
        <li><p>Data modelling</p></li>
      </ul>
      <div class="card"><div class="card-header">Nice to have</div>
        <div class="card-body"><ul><li>Terraform</li><li>dbt</li></ul></div></div>
      <h3>Benefits</h3>
      <p>25 days&rsquo; holiday<br>Pension<br/>Remote-first</p>
      <p hidden>Internal reference 12345</p>
      <p style="display: none">Hidden salary band</p>
      <span class="sr-only">(opens in a new tab)</span>
      <table><tr><th>Contract</th><td>Permanent</td></tr><tr><th>Start</th><td>ASAP</td></tr></table>
      <form id="apply-form" action="/apply"><h3>Apply now</h3><label>Your CV</label><input type="file">
        <select><option>Referral</option></select><textarea>Cover letter</textarea><button>Send</button></form>
    </div>
    <aside class="sidebar"><h3>Similar jobs</h3><ul><li>Data Analyst</li><li>ML Engineer</li></ul></aside>
  </div>
  <div class="newsletter-signup"><p>Get jobs like this by email</p></div>
  <div class="modal" id="login-modal"><h2>Sign in</h2><p>Sign in to save this job</p></div>
  <noscript>Please enable JavaScript</noscript>
  <svg><text>Logo</text></svg>
  <template><p>Template text</p></template>
  <footer><p>&copy; 2024 Acme Jobs</p><ul><li>Privacy</li><li>Terms</li></ul></footer>
  <script>trackPageView();</script>
</body>
</html>
"""


def _write(tmp_path: Path, content: str | bytes, name: str = "ad.html") -> Path:
    path = tmp_path / name
    if isinstance(content, str):
        path.write_text(content, encoding="utf-8")
    else:
        path.write_bytes(content)
    return path


def _lines(tmp_path: Path, content: str | bytes, name: str = "ad.html") -> list[str]:
    return read_document(_write(tmp_path, content, name)).text.split("\n")


def test_job_ad_page_keeps_the_ad_and_drops_the_page_around_it(tmp_path: Path) -> None:
    document = read_document(_write(tmp_path, JOB_AD_PAGE))
    assert document.format == "html"
    assert document.text.split("\n") == [
        "Senior Data Engineer",
        "London · Full time · £70,000",
        "About the role",
        "You will build and run the data platform behind our products. Lines wrapped in the source stay one line.",
        "Requirements",
        "• 5+ years with Python & SQL",
        "• Experience with Apache Spark and Kafka",
        "• Data modelling",
        "Nice to have",
        "• Terraform",
        "• dbt",
        "Benefits",
        "25 days’ holiday",
        "Pension",
        "Remote-first",
        "Contract | Permanent",
        "Start | ASAP",
    ]


def test_headings_are_marked_and_give_sections(tmp_path: Path) -> None:
    document = read_document(_write(tmp_path, JOB_AD_PAGE))
    by_text = {document.line_text(line): line for line in document.lines}
    assert by_text["Senior Data Engineer"].is_heading
    assert by_text["Requirements"].is_heading
    assert by_text["• Experience with Apache Spark and Kafka"].section == "requirements"
    assert by_text["Pension"].section == "benefits"


def test_main_element_is_read_alone(tmp_path: Path) -> None:
    page = """<html><body>
      <div class="promo">Download our app</div>
      <main id="content">
        <article>
          <header><h1>Staff Nurse</h1><p class="meta">Posted today</p></header>
          <p>Band 5 nurse for our surgical ward.</p>
          <footer class="article-footer">Share this job</footer>
        </article>
        <aside>Related: Healthcare Assistant</aside>
      </main>
      <div>Recently viewed jobs</div>
    </body></html>"""
    assert _lines(tmp_path, page) == ["Staff Nurse", "Posted today", "Band 5 nurse for our surgical ward."]


def test_role_main_and_the_largest_article(tmp_path: Path) -> None:
    role_main = "<body><div>Top links</div><div role='main'><p>Chef de partie, fresh pasta.</p></div></body>"
    assert _lines(tmp_path, role_main) == ["Chef de partie, fresh pasta."]
    articles = """<body>
      <article><h2>Teaser</h2><p>Short.</p></article>
      <article><h1>Primary Teacher</h1><p>Year 3 class teacher, QTS required, from September.</p></article>
      <article><p>Another teaser.</p></article>
    </body>"""
    assert _lines(tmp_path, articles) == ["Primary Teacher", "Year 3 class teacher, QTS required, from September."]


def test_cards_of_other_jobs_are_not_the_content(tmp_path: Path) -> None:
    page = """<body><div class="job-description"><h1>Project Manager</h1>
      <p>Lead construction projects from tender to handover; PRINCE2 or APM qualification required.</p>
      <p>Budgets up to £5m, stakeholder management, risk registers.</p></div>
      <section class="similar-jobs"><h2>Similar jobs</h2>
      <article><h3>Site Manager</h3><p>SMSTS, CSCS card.</p></article>
      <article><h3>Quantity Surveyor</h3><p>RICS.</p></article></section></body>"""
    lines = _lines(tmp_path, page)
    assert lines[:3] == [
        "Project Manager",
        "Lead construction projects from tender to handover; PRINCE2 or APM qualification required.",
        "Budgets up to £5m, stakeholder management, risk registers.",
    ]


def test_a_body_hidden_until_scripts_run_is_read(tmp_path: Path) -> None:
    page = "<html class='async-hide'><body style='display:none'><h1>Nurse</h1><p hidden=until-found>NMC pin</p>"
    assert _lines(tmp_path, page) == ["Nurse", "NMC pin"]


def test_an_empty_main_falls_back_to_the_page(tmp_path: Path) -> None:
    page = "<body><main></main><div><h1>Electrician</h1><p>18th Edition required.</p></div></body>"
    assert _lines(tmp_path, page) == ["Electrician", "18th Edition required."]


def test_wrappers_named_like_furniture_are_kept(tmp_path: Path) -> None:
    # ASP.NET wraps the whole page in a form; a layout class can name the sidebar; a modal can leave the
    # page aria-hidden when it is saved.
    page = """<body><form id="aspnetForm"><div class="page with-sidebar"><div aria-hidden="true">
      <h1>Warehouse Supervisor</h1><p>Forklift licence (counterbalance) and team leading.</p>
    </div></div><div class="sidebar">Other jobs</div></form></body>"""
    assert _lines(tmp_path, page) == ["Warehouse Supervisor", "Forklift licence (counterbalance) and team leading."]


def test_entities_are_decoded(tmp_path: Path) -> None:
    page = (
        "<p>R&amp;D &ndash; C&#43;&#43; &amp; C&#x23; &eacute;t&eacute; &lt;script&gt; &quot;quoted&quot; "
        "&copy; a&nbsp;b &unknown; AT&T</p>"
    )
    assert _lines(tmp_path, page) == ['R&D – C++ & C# été <script> "quoted" © a b &unknown; AT&T']


def test_pre_lists_and_breaks(tmp_path: Path) -> None:
    page = """<div>Intro<br>line two</div><pre>SQL
  Python

Go</pre><ul><li>One<ul><li>One.a</li></ul></li><li>• Two</li></ul><dl><dt>Salary</dt><dd>£40k</dd></dl>"""
    assert _lines(tmp_path, page) == [
        "Intro",
        "line two",
        "SQL",
        "Python",
        "Go",
        "• One",
        "• One.a",
        "• Two",
        "Salary",
        "£40k",
    ]


@pytest.mark.parametrize(
    ("encoding", "declaration"),
    [
        ("windows-1252", '<meta charset="windows-1252">'),
        ("iso-8859-1", '<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1">'),
        ("shift_jis", "<meta charset='shift_jis'>"),
        ("koi8-r", '<META CHARSET="KOI8-R">'),
        ("utf-8", ""),
    ],
)
def test_declared_charset_is_used(tmp_path: Path, encoding: str, declaration: str) -> None:
    word = {"shift_jis": "データ分析", "koi8-r": "Аналитик данных"}.get(encoding, "Café Müller – naïve")
    page = f"<html><head>{declaration}<title>t</title></head><body><p>{word}</p></body></html>"
    if encoding == "iso-8859-1":
        word = word.replace("–", "-")
        page = page.replace("–", "-")
    assert _lines(tmp_path, page.encode(encoding)) == [word]


@pytest.mark.parametrize("bom_encoding", ["utf-8-sig", "utf-16", "utf-16-be"])
def test_bom_wins(tmp_path: Path, bom_encoding: str) -> None:
    page = '<meta charset="windows-1252"><p>Zürich – Straße</p>'
    data = page.encode(bom_encoding)
    if bom_encoding == "utf-16-be":
        data = codecs.BOM_UTF16_BE + data
    assert _lines(tmp_path, data) == ["Zürich – Straße"]


def test_undeclared_or_wrongly_declared_windows_1252_falls_back(tmp_path: Path) -> None:
    assert _lines(tmp_path, "<p>Café – naïve</p>".encode("cp1252")) == ["Café – naïve"]
    wrong = '<meta charset="utf-8"><p>Café – naïve</p>'.encode("cp1252")
    assert _lines(tmp_path, wrong) == ["Café – naïve"]
    # UTF-8 with one cut character stays UTF-8.
    cut = "<p>Zürich Straße</p><p>x</p>".encode() + "é".encode()[:1]
    assert _lines(tmp_path, cut)[0] == "Zürich Straße"


def test_htm_suffix_and_cli_text(tmp_path: Path) -> None:
    path = _write(tmp_path, JOB_AD_PAGE, "ad.HTM")
    result = CliRunner().invoke(main, ["text", str(path), "--format", "json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["lines"][0]["text"] == "Senior Data Engineer" and data["lines"][0]["heading"]


@pytest.mark.parametrize(
    "page",
    [
        "<nav>Home | Jobs</nav><script>var job = 'Data Engineer';</script><footer>© Acme</footer>",
        "<html><head><title>Loading…</title></head><body><div id='root'></div></body></html>",
        "<!-- nothing but a comment -->",
        "   \n\t  ",
    ],
)
def test_a_page_without_main_text_is_empty(tmp_path: Path, page: str) -> None:
    with pytest.raises(EmptyDocumentError) as raised:
        read_document(_write(tmp_path, page))
    assert "\n" not in str(raised.value)


def test_binary_named_html_is_wrong_content(tmp_path: Path) -> None:
    with pytest.raises(WrongContentError, match="PDF"):
        read_document(_write(tmp_path, b"%PDF-1.7\n..."))
    with pytest.raises(WrongContentError, match="binary"):
        read_document(_write(tmp_path, bytes(range(256)) * 4))


@pytest.mark.parametrize(
    "page",
    [
        "<div><p>Unclosed <b>bold <i>italic</div></span></p></li> text after",
        "</br>Stray end tags</td></tr></table><p>kept",
        "<!DOCTYPE html [ <!ENTITY x 'y'> ]><p>Internal subset</p>",
        "<p>Conditional</p><![if !IE]><p>downlevel</p><![endif]><![CDATA[ raw ]]>",
        "<table><td>cell<td>cell<tr><td>row<table><td>nested</table></table>",
        "<div " + "x" * 5000 + "<p>broken attribute",
        "<" * 1000 + "p>many angle brackets",
        "<div>" * 5000 + "deep" + "</div>" * 10,
        "<script>never closed <p>text",
        "<p>&#0; &#xD800; &#99999999; &#x110000; nul\x00byte</p>",
        "<li>orphan item<li>another<dt>term<dd>def<td>cell",
    ],
)
def test_malformed_html_never_escapes_as_an_unexpected_error(tmp_path: Path, page: str) -> None:
    try:
        document = read_document(_write(tmp_path, page))
    except SkillgapError as error:
        assert error.exit_code not in (0, 1)
        assert isinstance(error, EmptyDocumentError | CorruptFileError | WrongContentError)
    else:
        assert document.text.strip() and "\x00" not in document.text
        assert all("\n" not in document.line_text(line) for line in document.lines)
