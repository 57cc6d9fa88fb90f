"""The library's front door: read files, extract skill profiles, compare a CV with targets.

from skillgap import Analyzer
analyzer = Analyzer()
report = analyzer.compare("cv.pdf", ["job_ad.txt"])
for skill in report.skills[:5]:
    print(skill.rank, skill.label, skill.status, skill.importance)
"""

from __future__ import annotations

import datetime
import functools
from collections.abc import Sequence
from pathlib import Path

from spacy.language import Language

from skillgap.documents import DEFAULT_MAX_BYTES, DEFAULT_MAX_PAGES, Document, read_document
from skillgap.documents.kind import TargetKind, detect_kind, looks_like_cv
from skillgap.errors import SkillgapError
from skillgap.gap import compare
from skillgap.nlp import get_pipeline, pipeline_taxonomy, process
from skillgap.profile import DocumentKind, SkillProfile, build_profile, with_wordings
from skillgap.report.model import GapReport
from skillgap.taxonomy import Taxonomy

PathLike = str | Path


class Analyzer:
    """Holds the spaCy pipeline and the taxonomy (built once per process) and runs the stages."""

    def __init__(
        self,
        taxonomy_path: Path | None = None,
        extensions: Sequence[Path] = (),
        *,
        today: datetime.date | None = None,
    ) -> None:
        """`taxonomy_path`: a compiled taxonomy instead of the packaged one; `extensions`: TOML files in the
        taxonomy source format, merged in (a skill with an existing id replaces it); `today`: the date a CV's
        "present" means when its jobs' months are counted (the current date by default; fix it for reports that
        must repeat exactly later)."""
        self.taxonomy_path = taxonomy_path
        self.extensions = tuple(Path(path) for path in extensions)
        self.today = today

    @functools.cached_property
    def nlp(self) -> Language:
        """The spaCy pipeline, built on first use (documents are read first, so bad input fails fast)."""
        return get_pipeline(self.taxonomy_path, self.extensions)

    @property
    def taxonomy(self) -> Taxonomy:
        return pipeline_taxonomy(self.nlp)

    def profiles(self, documents: Sequence[Document], kinds: Sequence[DocumentKind]) -> list[SkillProfile]:
        """Skill profiles of already-read documents, in order, through one `nlp.pipe` call."""
        return [
            build_profile(document, doc, self.taxonomy, kind, today=self.today)
            for document, doc, kind in zip(documents, process(self.nlp, documents, kinds=kinds), kinds, strict=True)
        ]

    def extract(
        self, paths: Sequence[PathLike], *, kind: DocumentKind | None = None, password: str | None = None
    ) -> list[SkillProfile]:
        """Read files and extract their skills. The kind of each file is detected unless given. The first file
        that cannot be read raises its `SkillgapError`; `extract_each` goes on past it."""
        documents = [read_document(path, password=password) for path in paths]
        return self.profiles(documents, [kind or detect_document_kind(document) for document in documents])

    def extract_each(
        self,
        paths: Sequence[PathLike],
        *,
        kind: DocumentKind | None = None,
        password: str | None = None,
        max_bytes: int | None = DEFAULT_MAX_BYTES,
        max_pages: int | None = DEFAULT_MAX_PAGES,
    ) -> list[SkillProfile | SkillgapError]:
        """One result per path, in order: its skill profile, or the error that kept it from being read. One bad
        file (scanned, encrypted, empty, too large) never stops or spoils the others."""
        results: list[Document | SkillgapError] = []
        for path in paths:
            try:
                results.append(read_document(path, password=password, max_bytes=max_bytes, max_pages=max_pages))
            except SkillgapError as error:
                results.append(error)
        documents = [result for result in results if isinstance(result, Document)]
        profiles = iter(self.profiles(documents, [kind or detect_document_kind(d) for d in documents]))
        return [result if isinstance(result, SkillgapError) else next(profiles) for result in results]

    def compare(
        self,
        cv: PathLike | Document,
        targets: Sequence[PathLike | Document],
        *,
        kind: TargetKind | None = None,
        password: str | None = None,
    ) -> GapReport:
        """Compare a CV with job ads or successful candidates' profiles (kind detected unless given)."""
        cv_document = cv if isinstance(cv, Document) else read_document(cv, password=password)
        target_documents = [t if isinstance(t, Document) else read_document(t) for t in targets]
        kinds: list[DocumentKind] = [kind or detect_kind(d.text) for d in target_documents]
        target_profiles = self.profiles(target_documents, kinds)
        [cv_profile] = self.profiles([cv_document], ["cv"])
        # Skills the targets ask for that no taxonomy knows are looked for in the CV by their wording.
        wordings = {m.skill_id: m.label for t in target_profiles for m in t.mentions if m.match == "candidate"}
        cv_profile = with_wordings(cv_profile, cv_document, wordings)
        return compare(cv_profile, target_profiles, self.taxonomy, today=self.today)


def detect_document_kind(document: Document) -> DocumentKind:
    sections = {line.section for line in document.lines if line.is_heading}
    return "cv" if looks_like_cv(document.text, sections) else detect_kind(document.text)
