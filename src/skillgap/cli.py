"""Command-line interface. It parses arguments, calls the library, picks a renderer and maps errors to exit
codes; it decides nothing about skills."""

from __future__ import annotations

import datetime
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import click
from rich.console import Console

from skillgap import __version__
from skillgap.errors import EXIT_CODE_MEANINGS, ExitCode, SkillgapError

FORMATS = ("text", "json", "markdown")
_EXIT_CODES_HELP = "\b\nExit codes:\n" + "\n".join(
    f"  {int(code):>2}  {meaning}" for code, meaning in EXIT_CODE_MEANINGS.items()
)


class SkillgapGroup(click.Group):
    """Turns skillgap's errors into one line on stderr and a documented exit code, never a traceback."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            result = super().invoke(ctx)
            sys.stdout.flush()  # inside the try: a reader that went away is reported here, not at exit
            return result
        except SkillgapError as error:
            _fail(str(error), error.exit_code)
        except (click.exceptions.Exit, click.exceptions.Abort, click.ClickException):
            raise
        except KeyboardInterrupt:
            _fail("interrupted", ExitCode.INTERNAL)
        except BrokenPipeError:  # `skillgap ... | head`: stop quietly, as other command-line tools do
            _stop_writing()
        except Exception as error:  # a bug: say so in one line; SKILLGAP_DEBUG=1 shows the traceback
            if os.environ.get("SKILLGAP_DEBUG"):
                raise
            _fail(
                f"internal error ({type(error).__name__}: {error}); please report it, and rerun with "
                "SKILLGAP_DEBUG=1 for details",
                ExitCode.INTERNAL,
            )


class _QuietConsole(Console):
    """rich exits with 1 when the reader goes away (`| head`); skillgap stops quietly with 0, as for plain text."""

    def on_broken_pipe(self) -> None:
        _stop_writing()


def _stop_writing() -> None:
    """The reader of stdout went away: send what is left to /dev/null and exit without an error."""
    os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    sys.exit(int(ExitCode.OK))


def _fail(message: str, code: ExitCode) -> None:
    click.echo(f"skillgap: error: {message}", err=True)
    sys.exit(int(code))


def output_options(formats: tuple[str, ...] = FORMATS) -> Callable:
    """The output options every data-producing command shares: --format and -o/--output."""

    def decorator(command: Callable) -> Callable:
        command = click.option(
            "-o",
            "--output",
            type=click.Path(dir_okay=False, writable=True, path_type=Path),
            help="Write to this file instead of standard output.",
        )(command)
        return click.option(
            "--format",
            "output_format",
            type=click.Choice(formats),
            default="text",
            show_default=True,
            help="Output format.",
        )(command)

    return decorator


def limit_options(command: Callable) -> Callable:
    """The input limits every reading command shares: --max-size and --max-pages."""
    from skillgap.documents import DEFAULT_MAX_BYTES, DEFAULT_MAX_PAGES, MEGABYTE

    command = click.option(
        "--max-pages",
        type=click.IntRange(min=0),
        default=DEFAULT_MAX_PAGES,
        show_default=True,
        metavar="N",
        help="Refuse PDFs with more pages than this (0: no limit).",
    )(command)
    return click.option(
        "--max-size",
        type=click.FloatRange(min=0),
        default=DEFAULT_MAX_BYTES // MEGABYTE,
        show_default=True,
        metavar="MB",
        help="Refuse input files larger than this many megabytes (a .docx counts unpacked; 0: no limit).",
    )(command)


def _limits(max_size: float, max_pages: int) -> dict[str, int | None]:
    """read_document's keyword arguments for the limit options."""
    from skillgap.documents import MEGABYTE

    return {"max_bytes": round(max_size * MEGABYTE) if max_size else None, "max_pages": max_pages or None}


def taxonomy_option(command: Callable) -> Callable:
    return click.option(
        "--taxonomy",
        "taxonomy_files",
        multiple=True,
        type=click.Path(exists=True, dir_okay=False, path_type=Path),
        help="Extend the built-in taxonomy with this TOML file (same format as models/taxonomy/; repeatable), "
        "or replace it with a compiled .json taxonomy.",
    )(command)


def _taxonomy_spec(files: tuple[Path, ...]) -> tuple[Path | None, tuple[Path, ...]]:
    """(compiled base or None for the built-in one, TOML extensions)."""
    compiled = [path for path in files if path.suffix.lower() == ".json"]
    if len(compiled) > 1:
        raise click.UsageError("give at most one compiled (.json) taxonomy")
    extensions = tuple(path.resolve() for path in files if path.suffix.lower() != ".json")
    return (compiled[0].resolve() if compiled else None), extensions


def _emit(
    output: Path | None, output_format: str, *, data: Callable[[], str], printer: Callable[[Console], None]
) -> None:
    """Write a rendering to a file, or to stdout (rich tables in colour when stdout is a terminal)."""
    if output is not None:
        try:
            if output_format == "text":
                from skillgap.report import to_text

                content = to_text(printer)
            else:
                content = data()
            output.write_text(content, encoding="utf-8")
        except OSError as error:
            raise SkillgapError(f"cannot write the output file ({error.strerror})", str(output)) from None
        return
    if output_format == "text":
        printer(_QuietConsole(highlight=False))
    else:
        click.echo(data(), nl=False)


def _analyzer(taxonomy_files: tuple[Path, ...], as_of: datetime.datetime | None = None):
    from skillgap.analysis import Analyzer

    base, extensions = _taxonomy_spec(taxonomy_files)
    return Analyzer(base, extensions, today=as_of.date() if as_of else None)


def _taxonomy(taxonomy_files: tuple[Path, ...]):
    from skillgap.taxonomy import load_taxonomy

    base, extensions = _taxonomy_spec(taxonomy_files)
    return load_taxonomy(base, extensions)


@click.group(
    cls=SkillgapGroup,
    epilog=_EXIT_CODES_HELP,
    context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 110},
)
@click.version_option(__version__, "--version", prog_name="skillgap")
def main() -> None:
    """Find the skills a job ad, or the person who got the job, shows and your CV does not.

    Everything runs on this machine; no file leaves it.
    """


@main.command(epilog=_EXIT_CODES_HELP)
@click.argument("cv", type=click.Path(path_type=str))
@click.argument("targets", nargs=-1, required=True, type=click.Path(path_type=str))
@click.option(
    "--kind",
    type=click.Choice(["ad", "profile"]),
    help="Treat every target as a job ad or as the successful candidate's profile (default: detect).",
)
@click.option("--password", help="Password of an encrypted CV PDF.")
@click.option(
    "--as-of",
    type=click.DateTime(formats=["%Y-%m-%d"]),
    help="The date a CV job's 'present' means when its months are counted, and against which an ad's 'within the "
    "last 2 years' is read (default: today). Fix it to repeat a report exactly later.",
)
@limit_options
@output_options()
@taxonomy_option
def compare(
    cv: str,
    targets: tuple[str, ...],
    kind: str | None,
    password: str | None,
    as_of: datetime.datetime | None,
    max_size: float,
    max_pages: int,
    output_format: str,
    output: Path | None,
    taxonomy_files: tuple[Path, ...],
) -> None:
    """Compare a CV with job ads or successful candidates' profiles.

    CV is a .pdf, .docx, .txt or .md file. Each TARGET is a job ad or the successful candidate's profile
    (.txt, .md, .pdf, .docx, or a saved web page .html), or - to paste text on standard input.

    \b
    Examples:
      skillgap compare cv.pdf job_ad.txt
      skillgap compare cv.pdf job_ad.txt new_starter.md --format markdown -o gap.md
      pbpaste | skillgap compare cv.docx - --kind ad --format json
    """
    from skillgap.documents import read_document
    from skillgap.report import dumps, gap_data, print_gap

    limits = _limits(max_size, max_pages)
    cv_document = read_document(cv, password=password, **limits)
    target_documents = [read_document(target, **limits) for target in targets]
    report = _analyzer(taxonomy_files, as_of).compare(cv_document, target_documents, kind=kind)
    if output_format == "markdown":
        from skillgap.report import gap_markdown

        _emit(output, output_format, data=lambda: gap_markdown(report), printer=lambda c: print_gap(report, c))
    else:
        _emit(output, output_format, data=lambda: dumps(gap_data(report)), printer=lambda c: print_gap(report, c))


@main.command(epilog=_EXIT_CODES_HELP)
@click.argument("files", nargs=-1, required=True, type=click.Path(path_type=str))
@click.option("--kind", type=click.Choice(["cv", "ad", "profile"]), help="Kind of every file (default: detect).")
@click.option("--password", help="Password for encrypted PDFs.")
@limit_options
@output_options()
@taxonomy_option
def extract(
    files: tuple[str, ...],
    kind: str | None,
    password: str | None,
    max_size: float,
    max_pages: int,
    output_format: str,
    output: Path | None,
    taxonomy_files: tuple[Path, ...],
) -> None:
    """List the skills found in each file, with the sentence each came from.

    A file that cannot be read is reported on stderr and skipped; the others are still processed, and the
    exit code is then 12.

    \b
    Examples:
      skillgap extract cv.pdf
      skillgap extract ads/*.txt --format json -o skills.json
    """
    from skillgap.profile import SkillProfile
    from skillgap.report import dumps, extract_data, extract_markdown, print_extract

    analyzer = _analyzer(taxonomy_files)
    results = analyzer.extract_each(files, kind=kind, password=password, **_limits(max_size, max_pages))
    failures = [result for result in results if isinstance(result, SkillgapError)]
    for error in failures:
        click.echo(f"skillgap: error: {error}", err=True)
    profiles = [result for result in results if isinstance(result, SkillProfile)]
    # One entry per input file, in input order; a file that could not be read says why.
    entries = iter(extract_data(profiles)["documents"])
    data = {
        **extract_data([]),
        "documents": [_failed_entry(r) if isinstance(r, SkillgapError) else next(entries) for r in results],
    }
    render = (lambda: extract_markdown(profiles)) if output_format == "markdown" else (lambda: dumps(data))
    _emit(output, output_format, data=render, printer=lambda c: print_extract(profiles, c))
    if failures:
        sys.exit(int(ExitCode.PARTIAL))


def _failed_entry(error: SkillgapError) -> dict[str, Any]:
    return {
        "path": error.path,
        "kind": None,
        "error": {"exit_code": int(error.exit_code), "message": super(SkillgapError, error).__str__()},
        "mentions": [],
        "skills": [],
        "phrases": [],
    }


@main.command(epilog=_EXIT_CODES_HELP)
@click.argument("file", type=click.Path(path_type=str))
@click.option("--password", help="Password of an encrypted PDF.")
@limit_options
@output_options(formats=("text", "json"))
def text(
    file: str, password: str | None, max_size: float, max_pages: int, output_format: str, output: Path | None
) -> None:
    """Print the text exactly as skillgap read it, so you can see why a skill was or was not found.

    With --format json, every line also carries its page, section and position.

    \b
    Examples:
      skillgap text cv.pdf
      skillgap text cv.pdf --format json | less
    """
    from skillgap.documents import read_document
    from skillgap.report import document_data, dumps

    document = read_document(file, password=password, **_limits(max_size, max_pages))
    if output_format == "json":
        _emit(output, output_format, data=lambda: dumps(document_data(document)), printer=lambda c: None)
    elif output is not None:
        _write_plain(output, document.text)
    else:
        click.echo(document.text, nl=not document.text.endswith("\n"))


def _write_plain(output: Path, content: str) -> None:
    try:
        output.write_text(content, encoding="utf-8")
    except OSError as error:
        raise SkillgapError(f"cannot write the output file ({error.strerror})", str(output)) from None


@main.group(epilog=_EXIT_CODES_HELP)
def taxonomy() -> None:
    """See, search, check, build and extend the skills taxonomy.

    \b
    Examples:
      skillgap taxonomy stats
      skillgap taxonomy search kubernates
      skillgap taxonomy show postgresql --format json
      skillgap taxonomy import-esco skills_en.csv -o esco.toml
      skillgap compare cv.pdf ad.txt --taxonomy esco.toml
    """


@taxonomy.command("stats")
@output_options(formats=("text", "json"))
@taxonomy_option
def taxonomy_stats(output_format: str, output: Path | None, taxonomy_files: tuple[Path, ...]) -> None:
    """Counts: skills, aliases, domains and types."""
    from skillgap.report import dumps
    from skillgap.taxonomy.query import stats

    data = stats(_taxonomy(taxonomy_files))

    def printer(console: Console) -> None:
        console.print(
            f"{data['skills']} skills, {data['aliases']} aliases, {data['surface_forms']} surface forms "
            f"({data['ambiguous_forms']} ambiguous)",
            highlight=False,
            soft_wrap=True,
        )
        for title in ("types", "domains"):
            console.print(f"\n{title}:", highlight=False, soft_wrap=True)
            for name, count in sorted(data[title].items(), key=lambda item: (-item[1], item[0])):
                console.print(f"  {count:>5}  {name}", highlight=False, soft_wrap=True)

    _emit(output, output_format, data=lambda: dumps(data), printer=printer)


@taxonomy.command("search")
@click.argument("query")
@click.option("--limit", type=click.IntRange(1, 200), default=10, show_default=True)
@output_options(formats=("text", "json"))
@taxonomy_option
def taxonomy_search(
    query: str, limit: int, output_format: str, output: Path | None, taxonomy_files: tuple[Path, ...]
) -> None:
    """Skills whose name or alias resembles QUERY (typos allowed), best first."""
    from skillgap.report import dumps
    from skillgap.taxonomy.query import search

    hits = search(_taxonomy(taxonomy_files), query, limit=limit)
    data = {
        "query": query,
        "results": [
            {
                "id": h.skill.id,
                "label": h.skill.label,
                "type": h.skill.type,
                "domain": h.skill.domain,
                "matched": h.form,
                "score": round(h.score, 1),
            }
            for h in hits
        ],
    }

    def printer(console: Console) -> None:
        if not hits:
            console.print(f"no skill resembles {query!r}", highlight=False, soft_wrap=True)
        for hit in hits:
            via = f"  (as {hit.form!r})" if hit.form != hit.skill.label else ""
            console.print(
                f"{hit.score:5.1f}  {hit.skill.id}  {hit.skill.label} [{hit.skill.type}, {hit.skill.domain}]{via}",
                markup=False,
                highlight=False,
                soft_wrap=True,
            )

    _emit(output, output_format, data=lambda: dumps(data), printer=printer)


@taxonomy.command("show")
@click.argument("name")
@output_options(formats=("text", "json"))
@taxonomy_option
def taxonomy_show(name: str, output_format: str, output: Path | None, taxonomy_files: tuple[Path, ...]) -> None:
    """One skill by id, label or alias: its aliases, type, domain and links."""
    from skillgap.report import dumps
    from skillgap.taxonomy.query import find, search, skill_data

    known = _taxonomy(taxonomy_files)
    skill = find(known, name)
    if skill is None:
        close = ", ".join(hit.skill.id for hit in search(known, name, limit=5))
        hint = f"; did you mean: {close}" if close else "; try `skillgap taxonomy search`"
        raise click.ClickException(f"no skill named {name!r}{hint}")
    data = skill_data(skill, known)

    def printer(console: Console) -> None:
        console.print(f"{data['label']}  ({data['id']})", style="bold", highlight=False, soft_wrap=True)
        console.print(f"type: {data['type']}   domain: {data['domain']}", highlight=False, soft_wrap=True)
        for key in ("aliases", "ambiguous", "exact"):
            if data[key]:
                console.print(f"{key}: {', '.join(data[key])}", markup=False, highlight=False, soft_wrap=True)
        for key in ("broader", "narrower", "related"):
            if data[key]:
                links = ", ".join(f"{link['label']} ({link['id']})" for link in data[key])
                console.print(f"{key}: {links}", markup=False, highlight=False, soft_wrap=True)
        if data["context"]:
            words = ", ".join(data["context"])
            console.print(f"context: {words}", markup=False, highlight=False, soft_wrap=True)

    _emit(output, output_format, data=lambda: dumps(data), printer=printer)


def _import(kind: str, source: Path, output: Path | None, domain: str | None) -> None:
    from skillgap.taxonomy import load_taxonomy
    from skillgap.taxonomy.importers import import_esco, import_onet, to_toml, without_known

    imported = import_esco(source) if kind == "esco" else import_onet(source)
    kept = without_known(imported, load_taxonomy())
    if domain:
        kept = [skill._replace(domain=domain) for skill in kept]
    header = (
        f"Imported from {source.name} by `skillgap taxonomy import-{kind}`: {len(kept)} of "
        f"{len(imported)} skills (the others are already in skillgap's taxonomy)."
    )
    text = to_toml(kept, domain or kind, header=header)
    if output is None:
        click.echo(text, nl=False)
    else:
        _write_plain(output, text)
        click.echo(f"{len(kept)} skills -> {output} ({len(imported) - len(kept)} already known, left out)", err=True)


def import_options(command: Callable) -> Callable:
    """The options both importers share."""
    command = click.option("--domain", help="Domain name for the imported skills (default: esco or onet).")(command)
    command = click.option(
        "-o", "--output", type=click.Path(dir_okay=False, path_type=Path), help="TOML file to write."
    )(command)
    return click.argument("source", type=click.Path(exists=True, dir_okay=False, path_type=Path))(command)


@taxonomy.command("import-esco")
@import_options
def taxonomy_import_esco(source: Path, output: Path | None, domain: str | None) -> None:
    """Turn ESCO's skills_en.csv into a taxonomy extension (use it with --taxonomy)."""
    _import("esco", source, output, domain)


@taxonomy.command("import-onet")
@import_options
def taxonomy_import_onet(source: Path, output: Path | None, domain: str | None) -> None:
    """Turn O*NET's Technology Skills.txt (tab-separated) into a taxonomy extension (use it with --taxonomy)."""
    _import("onet", source, output, domain)


@taxonomy.command("build")
@click.option(
    "--sources",
    type=click.Path(exists=True, file_okay=False, path_type=Path),
    help="Folder of *.toml sources (default: models/taxonomy).",
)
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Where to write the compiled JSON (default: models/compiled/taxonomy.json).",
)
def taxonomy_build(sources: Path | None, output: Path | None) -> None:
    """Compile the TOML sources into the JSON that skillgap loads (and refresh the common-word list)."""
    from skillgap.taxonomy import build_from_sources, write_compiled

    compiled = build_from_sources(sources)
    path = write_compiled(compiled, output)
    click.echo(f"compiled {len(compiled)} skills, {len(compiled.patterns)} surface forms -> {path}")
    if output is None:  # the other compiled model: common English words, for fuzzy matching
        from skillgap.nlp.words import write_common_words

        click.echo(f"common words -> {write_common_words()}")


@taxonomy.command("validate")
@click.option(
    "--sources",
    type=click.Path(exists=True, file_okay=False, path_type=Path),
    help="Folder of *.toml sources (default: models/taxonomy).",
)
def taxonomy_validate(sources: Path | None) -> None:
    """Check ids, types, links, alias clashes (also after normalisation), abbreviations that are also words and
    broader cycles; list every problem."""
    from skillgap.taxonomy import load_sources, validate
    from skillgap.taxonomy.load import sources_dir

    folder = sources or sources_dir()
    skills = load_sources(sorted(folder.glob("*.toml")))
    problems = validate(skills)
    if not problems:  # the matcher's view: forms of two skills that normalise alike
        from skillgap.taxonomy import compile_skills
        from skillgap.taxonomy.load import agent_nouns
        from skillgap.taxonomy.norm_check import acronyms_that_are_words, normalised_clashes

        compiled = compile_skills(skills, agent_nouns=agent_nouns())
        problems = normalised_clashes(compiled) + acronyms_that_are_words(compiled)
    for problem in problems:
        click.echo(problem)
    if problems:
        _fail(f"{len(problems)} problem(s) in {len(skills)} skills", ExitCode.TAXONOMY)
    click.echo(f"ok: {len(skills)} skills")


if __name__ == "__main__":
    main()
