"""Issue 3 tools: taxonomy stats/search/show, user extensions merged at run time, ESCO and O*NET importers."""

from __future__ import annotations

import json
import tomllib
from pathlib import Path

import pytest
from click.testing import CliRunner

from skillgap.cli import main
from skillgap.errors import ExitCode
from skillgap.taxonomy import load_taxonomy
from skillgap.taxonomy.importers import import_esco, import_onet, slugify, to_toml, without_known
from skillgap.taxonomy.query import find, search, stats

FIXTURES = Path(__file__).resolve().parent / "fixtures"
ESCO = FIXTURES / "esco" / "skills_en.csv"
ONET = FIXTURES / "onet" / "Technology Skills.txt"


def cli(*args: str):
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


def test_stats_json_counts_add_up() -> None:
    result = cli("taxonomy", "stats", "--format", "json")
    assert result.exit_code == 0
    data = json.loads(result.output)
    assert {"skills", "aliases", "domains", "types"} <= set(data)
    taxonomy = load_taxonomy()
    assert data["skills"] == len(taxonomy) == sum(data["domains"].values()) == sum(data["types"].values())
    assert data["aliases"] == sum(len(s.aliases) + len(s.ambiguous) + len(s.exact) for s in taxonomy)
    assert data == stats(taxonomy)


def test_search_tolerates_typos_and_finds_aliases() -> None:
    taxonomy = load_taxonomy()
    assert search(taxonomy, "Kubernates")[0].skill.id == "kubernetes"
    assert search(taxonomy, "postgress")[0].skill.id == "postgresql"
    hits = json.loads(cli("taxonomy", "search", "javascipt", "--format", "json").output)["results"]
    assert hits[0]["id"] == "javascript"
    assert len(hits) <= 10 and [h["score"] for h in hits] == sorted((h["score"] for h in hits), reverse=True)


def test_show_by_id_label_or_alias() -> None:
    taxonomy = load_taxonomy()
    assert find(taxonomy, "K8s").id == find(taxonomy, "kubernetes").id == "kubernetes"
    data = json.loads(cli("taxonomy", "show", "Postgres", "--format", "json").output)
    assert data["id"] == "postgresql" and "Postgres" in data["aliases"]
    for link in data["broader"] + data["related"] + data["narrower"]:
        assert link["id"] in taxonomy
    missing = cli("taxonomy", "show", "Kubernates")
    assert missing.exit_code != 0 and "kubernetes" in missing.output  # a did-you-mean


def test_validate_command_passes_on_the_sources() -> None:
    result = cli("taxonomy", "validate")
    assert result.exit_code == 0 and result.output.startswith("ok:")


EXTRA = """domain = "my_company"

[[skills]]
id = "foobar-studio"
label = "Foobar Studio"
type = "tool"
aliases = ["FoobarStudio"]
broader = ["python"]
"""


def test_user_extension_is_merged_at_run_time(tmp_path: Path, samples: Path) -> None:
    extra = tmp_path / "extra.toml"
    extra.write_text(EXTRA, encoding="utf-8")
    ad = tmp_path / "ad.txt"
    ad.write_text("Requirements\n- Experience with Foobar Studio and Python\n", encoding="utf-8")
    cv = samples / "cv" / "jordan_lee_cv.pdf"
    without = json.loads(cli("compare", str(cv), str(ad), "--format", "json").output)
    assert "foobar-studio" not in {s["id"] for s in without["skills"]}
    merged = json.loads(cli("compare", str(cv), str(ad), "--format", "json", "--taxonomy", str(extra)).output)
    skills = {s["id"]: s for s in merged["skills"]}
    assert skills["foobar-studio"]["status"] == "missing" and skills["foobar-studio"]["importance"] == "required"
    assert skills["python"]["status"] == "matched"
    shown = json.loads(cli("taxonomy", "show", "foobar-studio", "--format", "json", "--taxonomy", str(extra)).output)
    assert shown["broader"] == [{"id": "python", "label": "Python"}]


def test_extension_that_clashes_is_a_clear_error(tmp_path: Path, samples: Path) -> None:
    extra = tmp_path / "bad.toml"
    extra.write_text(EXTRA.replace('aliases = ["FoobarStudio"]', 'aliases = ["Postgres"]'), encoding="utf-8")
    result = CliRunner().invoke(main, ["taxonomy", "stats", "--taxonomy", str(extra)])
    assert result.exit_code == ExitCode.TAXONOMY
    assert "bad.toml" in result.output and "postgres" in result.output and "Traceback" not in result.output


def test_extension_replaces_a_skill_with_the_same_id(tmp_path: Path) -> None:
    extra = tmp_path / "override.toml"
    extra.write_text(
        'domain = "mine"\n[[skills]]\nid = "postgresql"\nlabel = "PostgreSQL"\ntype = "tool"\n'
        'aliases = ["Postgres", "PG database"]\n',
        encoding="utf-8",
    )
    taxonomy = load_taxonomy(None, (extra,))
    assert taxonomy["postgresql"].aliases == ("Postgres", "PG database")
    assert taxonomy["postgresql"].domain == "mine"
    assert len(taxonomy) == len(load_taxonomy())
    assert "postgresql" in taxonomy["mysql"].related  # links to the replaced skill still hold


@pytest.mark.parametrize(
    ("label", "slug"),
    [("C++", "c-plus-plus"), ("C#", "c-sharp"), (".NET", "dot-net"), ("Node.js", "node-js"), ("CI/CD", "ci-cd")],
)
def test_slugify_follows_the_id_rule(label: str, slug: str) -> None:
    assert slugify(label) == slug


def test_esco_import() -> None:
    skills = {s.id: s for s in import_esco(ESCO)}
    assert len(skills) == 6  # every row, the repeated label made unique
    assert skills["manage-musical-staff"].type == "hard_skill"
    assert skills["manage-musical-staff"].aliases == (
        "manage staff of music",
        "coordinate duties of musical staff",
        "direct musical staff",
    )
    assert skills["hydraulic-fracturing"].type == "knowledge"
    assert skills["show-empathy"].type == "soft_skill"  # transversal
    assert len([s for s in skills.values() if s.label == "hydraulic fracturing"]) == 2
    assert len({s.id for s in skills.values()}) == 6
    # The long alternative label is a description, not a name: dropped.
    assert all(len(a.split()) <= 6 for s in skills.values() for a in s.aliases)


def test_onet_import() -> None:
    skills = import_onet(ONET)
    by_label = {s.label: s for s in skills}
    excel = by_label["Microsoft Excel"]
    assert excel.type == "tool" and excel.broader == (by_label["Spreadsheet software"].id,)
    assert by_label["Spreadsheet software"].type == "knowledge"
    assert sum(1 for s in skills if s.label == "Microsoft Excel") == 1  # listed twice in the file


def test_imports_merge_cleanly_and_skip_what_is_known(tmp_path: Path) -> None:
    base = load_taxonomy()
    for source, importer, command in ((ESCO, import_esco, "import-esco"), (ONET, import_onet, "import-onet")):
        out = tmp_path / f"{command}.toml"
        result = CliRunner().invoke(main, ["taxonomy", command, str(source), "-o", str(out)])
        assert result.exit_code == 0, result.output
        data = tomllib.loads(out.read_text(encoding="utf-8"))
        ids = {entry["id"] for entry in data["skills"]}
        assert ids == {s.id for s in without_known(importer(source), base)}
        assert "python-computer-programming" not in ids and "microsoft-excel" not in ids
        merged = load_taxonomy(None, (out,))
        assert len(merged) == len(base) + len(ids)
    assert to_toml([], "x").startswith('domain = "x"')


def test_imported_skills_are_found_in_text(tmp_path: Path, samples: Path) -> None:
    out = tmp_path / "esco.toml"
    CliRunner().invoke(main, ["taxonomy", "import-esco", str(ESCO), "-o", str(out)])
    ad = tmp_path / "ad.txt"
    ad.write_text("Requirements\n- Experience of fracking operations\n", encoding="utf-8")
    report = json.loads(
        cli(
            "compare", str(samples / "cv" / "jordan_lee_cv.pdf"), str(ad), "--format", "json", "--taxonomy", str(out)
        ).output
    )
    assert "hydraulic-fracturing" in {s["id"] for s in report["skills"]}


def test_importer_rejects_a_file_in_the_wrong_format(tmp_path: Path) -> None:
    wrong = tmp_path / "skills_en.csv"
    wrong.write_text("name,description\nPython,a language\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["taxonomy", "import-esco", str(wrong)])
    assert result.exit_code == ExitCode.TAXONOMY and "missing column" in result.output


def test_show_lists_the_context_words_of_an_ambiguous_skill() -> None:
    data = json.loads(cli("taxonomy", "show", "suspicious-activity-reporting", "--format", "json").output)
    assert "SAR" in data["ambiguous"] and data["context"]
    assert "context:" in cli("taxonomy", "show", "suspicious-activity-reporting").output
