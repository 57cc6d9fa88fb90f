#!/usr/bin/env python3
"""Build the binary sample files for skillgap (PDF and DOCX).

Run from the repository root:

    python samples/build_samples.py

Needs: pip install fpdf2 python-docx

Writes:
    samples/cv/jordan_lee_cv.pdf     - 2-page CV (fpdf2, core Helvetica font)
    samples/cv/jordan_lee_cv.docx    - the same CV as a Word document
    samples/ads/accountant.pdf       - job ad
    samples/ads/project_manager.pdf  - job ad
    samples/ads/hr_advisor.docx      - job ad
    samples/ads/electrician.docx     - job ad

The output is deterministic: creation dates, document ids and ZIP timestamps
are fixed, so running the script twice gives byte-identical files (with the
same versions of fpdf2 and python-docx installed).

The PDFs use fpdf2's built-in core fonts, which only cover Latin-1. That is
why the texts below use "-" for bullets and date ranges (no en dashes, curly
quotes or the U+2022 bullet).
"""

from __future__ import annotations

import datetime as dt
import io
import sys
import zipfile
from pathlib import Path

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Mm, Pt
from fpdf import FPDF

HERE = Path(__file__).resolve().parent
FIXED_DATE = dt.datetime(2024, 5, 6, 9, 30, 0, tzinfo=dt.UTC)
ZIP_DATE = (2024, 5, 6, 9, 30, 0)
PRODUCER = "skillgap samples/build_samples.py"

# ---------------------------------------------------------------------------
# CV content (shared by the PDF and DOCX versions)
# ---------------------------------------------------------------------------

CV = {
    "name": "Jordan Lee",
    "headline": "Data Engineer / Backend Developer",
    "contact": "Manchester, UK  |  07700 900461  |  jordan.lee@example.com  |  linkedin.com/in/jordan-lee-example",
    "profile": (
        "Data engineer and backend developer with six years of experience building "
        "data pipelines, REST APIs and reporting tools in logistics, insurance and "
        "digital agency settings. I currently design batch ETL pipelines in Python "
        "and Postgres that feed Tableau dashboards used by more than 200 colleagues, "
        "and I am comfortable across the whole stack, from Flask services to Docker "
        "and K8s deployments on AWS. A team player who enjoys stakeholder management "
        "and mentoring juniors. Always ready to go the extra mile to get a release "
        "over the line."
    ),
    # Technical skills: rendered as "Label: items" lines in the PDF and as a
    # table in the DOCX.
    "skills_table": [
        ("Programming", "Python, SQL, JS, Bash"),
        ("Data", "Postgres, MySQL, pandas, Tableau, ETL pipelines, data modelling"),
        ("Backend", "Flask, REST APIs, pytest, Linux"),
        ("Cloud & DevOps", "AWS (EC2, S3, Lambda), Docker, K8s, Jenkins, Git, CI/CD"),
    ],
    # Soft skills: one line in the PDF, bullets under the table in the DOCX.
    "skills_soft_label": "Ways of working",
    "skills_soft": [
        "stakeholder management",
        "mentoring juniors",
        "team player",
        "Agile / Scrum",
        "clear documentation",
    ],
    "jobs": [
        {
            "title": "Data Engineer",
            "employer": "Northwind Logistics Ltd",
            "location": "Manchester",
            "dates": "Apr 2022 - Present",
            "bullets": [
                "Build and maintain batch ETL pipelines in Python and pandas that load "
                "shipment, warehouse and vehicle tracking data into Postgres (around 40 "
                "million rows a day).",
                "Cut the overnight load from 5 hours to under 90 minutes by rewriting the "
                "slowest transformations in SQL and adding proper indexes.",
                "Schedule and monitor jobs with cron and Jenkins, with alerts to the "
                "team channel when a load fails or arrives late.",
                "Package services in Docker and deploy them to a K8s cluster on AWS "
                "(EC2, S3, and Lambda for event-driven file ingestion).",
                "Designed the reporting data model behind 15 Tableau dashboards used by "
                "operations, finance and customer service teams.",
                "Run fortnightly planning sessions with operations managers to agree "
                "priorities; stakeholder management is a big part of the role.",
                "Mentor two junior engineers through code reviews, pairing and a shared learning plan.",
                "Introduced automated data quality checks that reduced reporting incidents by around 60%.",
            ],
        },
        {
            "title": "Backend Developer",
            "employer": "Brightpath Insurance",
            "location": "Salford",
            "dates": "Aug 2019 - Mar 2022",
            "bullets": [
                "Developed and maintained REST APIs in Python and Flask for the quote and "
                "claims systems, handling up to 30,000 requests an hour at peak.",
                "Wrote SQL queries, stored procedures and migrations for a Postgres "
                "database holding 12 million policies.",
                "Built a small JS front end that lets the claims team track the status "
                "of each case without emailing IT.",
                "Set up Jenkins pipelines for automated testing and deployment; test coverage rose from 35% to 80%.",
                "Moved legacy services into Docker containers, which shortened onboarding "
                "for new developers from a week to a day.",
                "Worked with underwriters and the compliance team to turn business rules into clear, testable code.",
            ],
        },
        {
            "title": "Graduate Software Developer",
            "employer": "Pennine Digital",
            "location": "Leeds",
            "dates": "Sep 2017 - Jul 2019",
            "bullets": [
                "Built websites and internal tools for retail and hospitality clients using Python, JS and MySQL.",
                "Wrote pandas scripts to clean and merge client sales data for monthly "
                "reports, saving the account team two days a month.",
                "Used Git and peer code review on every project and wrote handover documentation for clients.",
                "Provided second-line support and fixed bugs reported by customers.",
            ],
        },
    ],
    "education": [
        {
            "title": "BSc (Hons) Computer Science, 2:1",
            "place": "University of Leeds",
            "dates": "2014 - 2017",
            "bullets": [
                "Dissertation: predicting bus arrival times from open transport data "
                "using Python and pandas (first-class mark).",
                "Modules included databases, distributed systems and machine learning.",
            ],
        },
        {
            "title": "A levels: Mathematics (A), Computing (A), Spanish (B)",
            "place": "Ashfield Sixth Form College, Manchester",
            "dates": "2012 - 2014",
            "bullets": [],
        },
    ],
    "certifications": [
        "AWS Certified Cloud Practitioner - Amazon Web Services, 2021",
        "Tableau Desktop Specialist - Tableau, 2020",
    ],
    "languages": [
        "English - native",
        "Spanish - intermediate (B1), conversational",
    ],
    "interests": (
        "Fell running in the Peak District, volunteering at a Saturday code club for "
        "teenagers at my local library, and cooking Spanish food for friends."
    ),
    "footer": "References available on request.",
}

# ---------------------------------------------------------------------------
# Job ads rendered to PDF / DOCX.
# Mini markup: "# " title, "## " heading, "- " bullet, blank line = paragraph
# break, any other line = paragraph text.
# ---------------------------------------------------------------------------

AD_ACCOUNTANT = """\
# Accountant (ACCA / ACA Qualified)
Carter Wynne LLP, Chartered Accountants - Nottingham
£40,000 - £48,000 depending on experience | Permanent, full time | Hybrid (3 days in the office)

## About us
Carter Wynne is an independent firm of chartered accountants with 70 staff, looking after owner-managed businesses, charities and a growing number of tech start-ups across the East Midlands. We are known for being approachable and for giving people real responsibility early on.

## The role
You will manage a portfolio of around 40 clients, acting as their main day-to-day contact and supporting the partners on larger engagements.

## Responsibilities
- Prepare year-end statutory accounts under FRS 102 and, for our larger group clients, IFRS
- Prepare and review quarterly VAT returns and submit them under Making Tax Digital
- Produce monthly management accounts, forecasts and commentary for clients
- Manage client bookkeeping and bank feeds in Xero, and help clients move over from spreadsheets and desktop packages
- Review the work of trainees and help them progress through their exams
- Spot opportunities to add value and pass them on to the partners

## Requirements
- ACCA or ACA qualified (finalists with strong practice experience will be considered)
- At least 2 years' experience in practice
- Strong working knowledge of Xero; QuickBooks or Sage is useful too
- Experience of VAT returns, including partial exemption and the flat rate scheme
- Good knowledge of IFRS and UK GAAP
- Confident Excel user: pivot tables, XLOOKUP and building simple models
- Clear communication with clients who are not finance experts

## Desirable
- Xero Advisor certification
- Experience with corporation tax computations
- Experience working with charities

## Benefits
- 25 days holiday plus bank holidays, rising to 28 with service
- Study support for further qualifications (CTA, ATT)
- Pension with 5% employer contribution
- Early finish every Friday in the summer
- Free parking and an on-site gym

Carter Wynne is an equal opportunities employer and welcomes applications from all backgrounds. Please send your CV to recruitment@carterwynne.example.
"""

AD_PROJECT_MANAGER = """\
# Project Manager - IT Infrastructure
Kingsgate Building Society - Halifax, West Yorkshire (hybrid)
£50,000 - £58,000 + 10% bonus | Permanent, full time

## About Kingsgate
Kingsgate is one of the UK's oldest building societies, owned by our 300,000 members. We are in the middle of a three-year change programme to replace our branch systems and move key services to the cloud, and we need another experienced project manager to join our Project Management Office.

## What you will be doing
Reporting to the PMO Lead, you will run two or three infrastructure and technology projects at a time, each with budgets of up to £2 million.
- Plan projects from business case to closure, setting scope, budget and timelines
- Run projects using PRINCE2 or Agile methods, depending on what fits best
- Keep plans, RAID logs and backlogs up to date in Jira and Confluence
- Lead risk management: identify, track and escalate risks and issues early
- Stakeholder management at all levels, from branch staff to the executive committee and our regulators
- Manage third-party suppliers and contracts
- Produce clear status reports for steering groups

## What we are looking for
Essential:
- A proven track record of delivering IT or infrastructure projects in a regulated environment
- PRINCE2 Practitioner or PMP certification
- Hands-on experience of Agile delivery (Scrum or Kanban)
- Strong stakeholder management and influencing skills
- Solid risk management and budget control
- Confident user of Jira

Desirable:
- Experience in financial services
- Knowledge of cloud migration projects
- Change management qualification (for example APMG Change Management)

## What we offer
- 26 days holiday plus bank holidays, and the option to buy up to 5 more
- Defined contribution pension with up to 12% employer contribution
- Private medical insurance
- Two paid volunteering days each year
- Hybrid working, usually 2 days a week at our Halifax head office

Kingsgate is committed to building an inclusive workplace where everyone can be themselves. We welcome applications from all backgrounds and are happy to discuss flexible working.
"""

AD_HR_ADVISOR = """\
# HR Advisor
Moorland Care Group - Huddersfield
£31,000 - £34,000 per annum | Permanent, full time (37.5 hours) | Hybrid

## About us
Moorland Care Group runs 14 residential and nursing homes across West Yorkshire, employing 1,200 people. We believe that great care starts with looking after our own colleagues, and our HR team plays a big part in that.

## The role
As HR Advisor you will be the first point of contact for managers in six of our homes, giving practical, accurate advice and helping them handle people issues fairly and consistently.

## Key responsibilities
- Advise managers on employee relations cases, including disciplinaries, grievances, absence and capability
- Attend formal meetings as HR support and take accurate notes
- Keep employee records and reports up to date in Workday
- Make sure our policies and practice stay in line with current employment law
- Support recruitment campaigns, onboarding and right to work checks
- Help with TUPE transfers when we take on new homes
- Produce monthly people reports on absence, turnover and case progress

## About you
Essential:
- CIPD Level 5 qualification (or currently studying towards it)
- At least 2 years' experience in a generalist HR role
- Confident handling employee relations cases from start to finish
- Up-to-date knowledge of UK employment law
- Experience with an HR system; Workday would be ideal
- Good Microsoft Office skills
- Full UK driving licence, as you will travel between our homes

Desirable:
- Experience in health and social care
- Experience of TUPE or restructures
- Mediation training

## Benefits
- 25 days holiday plus bank holidays
- Funding towards CIPD Level 7
- Mileage paid at 45p per mile
- Company pension
- Blue Light Card eligibility and high street discounts
- Employee assistance programme

Moorland Care Group is an equal opportunities employer. This role requires a basic DBS check.
"""

AD_ELECTRICIAN = """\
# Approved Electrician - Commercial Maintenance
Brennan & Hart Electrical Services Ltd - Liverpool and the North West
£40,000 - £44,000 + overtime and call-out | Permanent, 40 hours a week, Monday to Friday
Company van, fuel card and tools provided

## About us
Brennan & Hart is an NICEIC-approved contractor with 45 engineers. For more than 30 years we have looked after schools, offices, retail units and GP surgeries across Merseyside, Cheshire and Lancashire. Most of our work is planned maintenance and small works for long-standing clients.

## The role
- Carry out testing and inspection, including EICRs on commercial properties
- Fault-find and repair on three-phase and single-phase installations
- Install and maintain emergency lighting and fire alarm systems
- Complete small works and minor installations to BS 7671
- Complete certificates and job sheets on our mobile app
- Deal with clients professionally on site and keep them updated

## What you need
You must have:
- Time-served electrician with NVQ Level 3 or equivalent
- 18th Edition (BS 7671:2018) qualification
- ECS or CSCS card
- Full UK driving licence (no more than 6 points)
- Experience of commercial installations

Desirable:
- City & Guilds 2391 Inspection and Testing
- Emergency lighting or fire alarm experience
- IPAF or PASMA certificate

## What we offer
- Company van, fuel card and tools
- 33 days holiday including bank holidays
- Paid overtime at time and a half, with a call-out rota of one week in six
- Pension and death in service cover
- Paid training and renewal of all cards and qualifications

We are an equal opportunities employer. Apply with your CV or call our office on 0151 496 0219.
"""

PDF_ADS = {
    "accountant.pdf": AD_ACCOUNTANT,
    "project_manager.pdf": AD_PROJECT_MANAGER,
}
DOCX_ADS = {
    "hr_advisor.docx": AD_HR_ADVISOR,
    "electrician.docx": AD_ELECTRICIAN,
}


def parse_ad(text: str) -> list[tuple[str, str]]:
    """Turn the mini markup into a list of (kind, text) blocks."""
    blocks: list[tuple[str, str]] = []
    para: list[str] = []

    def flush() -> None:
        if para:
            blocks.append(("para", " ".join(para)))
            para.clear()

    in_meta = False  # the lines straight after the title (company, salary...)
    for raw in text.splitlines():
        line = raw.strip()
        if not line:
            flush()
            in_meta = False
        elif line.startswith("## "):
            flush()
            blocks.append(("heading", line[3:]))
        elif line.startswith("# "):
            flush()
            blocks.append(("title", line[2:]))
            in_meta = True
        elif line.startswith("- "):
            flush()
            blocks.append(("bullet", line[2:]))
        elif in_meta:
            # Company / salary lines: keep them as separate short lines.
            blocks.append(("meta", line))
        else:
            para.append(line)
    flush()
    return blocks


# ---------------------------------------------------------------------------
# PDF rendering
# ---------------------------------------------------------------------------

BODY = 10.5
LINE = 5.0
BULLET = "-"


class SamplePDF(FPDF):
    def __init__(self, title: str, author: str, subject: str) -> None:
        super().__init__(orientation="P", unit="mm", format="A4")
        self.set_creation_date(FIXED_DATE)
        self.set_title(title)
        self.set_author(author)
        self.set_subject(subject)
        self.set_creator(PRODUCER)
        self.set_producer(PRODUCER)
        self.set_margins(18, 16, 18)
        self.set_auto_page_break(True, margin=16)
        self.add_page()

    def file_id(self) -> str:  # fixed document id
        return "<534B494C4C47415053414D504C453031><534B494C4C47415053414D504C453031>"

    def check_text(self, text: str) -> str:
        try:
            text.encode("latin-1")
        except UnicodeEncodeError as exc:
            raise SystemExit(f"Text not encodable in core font: {text!r}") from exc
        return text

    def need(self, height: float) -> None:
        """Start a new page unless `height` mm still fit on this one."""
        if self.get_y() + height > self.h - self.b_margin:
            self.add_page()

    def heading(self, text: str, size: float = 12.5) -> None:
        self.need(18)
        self.ln(3)
        self.set_font("Helvetica", "B", size)
        self.cell(0, 7, self.check_text(text), new_x="LMARGIN", new_y="NEXT")
        y = self.get_y()
        self.set_draw_color(120, 120, 120)
        self.set_line_width(0.3)
        self.line(self.l_margin, y, self.w - self.r_margin, y)
        self.ln(2)

    def para(self, text: str, style: str = "", size: float = BODY) -> None:
        self.set_font("Helvetica", style, size)
        self.multi_cell(0, LINE, self.check_text(text), new_x="LMARGIN", new_y="NEXT")

    def label_line(self, label: str, text: str) -> None:
        self.set_font("Helvetica", "", BODY)
        self.multi_cell(
            0,
            LINE + 0.6,
            self.check_text(f"**{label}:** {text}"),
            markdown=True,
            new_x="LMARGIN",
            new_y="NEXT",
        )

    def bullet(self, text: str) -> None:
        self.set_font("Helvetica", "", BODY)
        self.need(LINE)
        self.set_x(self.l_margin + 3)
        self.cell(4, LINE, BULLET)
        self.multi_cell(0, LINE, self.check_text(text), new_x="LMARGIN", new_y="NEXT")
        self.ln(0.6)

    def title_with_date(self, title: str, date: str, size: float = 11) -> None:
        self.need(22)
        self.ln(1.5)
        self.set_font("Helvetica", "B", size)
        self.cell(self.epw - 50, 6, self.check_text(title))
        self.set_font("Helvetica", "", BODY)
        self.cell(50, 6, self.check_text(date), align="R", new_x="LMARGIN", new_y="NEXT")


def build_cv_pdf(path: Path) -> None:
    pdf = SamplePDF(
        title="Jordan Lee - CV",
        author="Jordan Lee",
        subject="Curriculum vitae: Data Engineer / Backend Developer",
    )
    pdf.set_font("Helvetica", "B", 24)
    pdf.cell(0, 11, CV["name"], new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 13)
    pdf.cell(0, 7, CV["headline"], new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 9.5)
    pdf.cell(0, 6, pdf.check_text(CV["contact"]), new_x="LMARGIN", new_y="NEXT")

    pdf.heading("PROFILE")
    pdf.para(CV["profile"])

    pdf.heading("SKILLS")
    for label, items in CV["skills_table"]:
        pdf.label_line(label, items)
    pdf.label_line(CV["skills_soft_label"], ", ".join(CV["skills_soft"]))

    pdf.heading("EXPERIENCE")
    for job in CV["jobs"]:
        pdf.title_with_date(job["title"], job["dates"])
        pdf.para(f"{job['employer']}, {job['location']}", style="I")
        pdf.ln(1)
        for b in job["bullets"]:
            pdf.bullet(b)

    pdf.heading("EDUCATION")
    for ed in CV["education"]:
        pdf.title_with_date(ed["title"], ed["dates"], size=10.5)
        pdf.para(ed["place"], style="I")
        for b in ed["bullets"]:
            pdf.bullet(b)

    pdf.heading("CERTIFICATIONS")
    for c in CV["certifications"]:
        pdf.bullet(c)

    pdf.heading("LANGUAGES")
    for lang in CV["languages"]:
        pdf.bullet(lang)

    pdf.heading("INTERESTS")
    pdf.para(CV["interests"])
    pdf.ln(4)
    pdf.para(CV["footer"], style="I")

    if pdf.page_no() != 2:
        raise SystemExit(f"CV should be 2 pages, got {pdf.page_no()}")
    pdf.output(str(path))


def build_ad_pdf(path: Path, text: str) -> None:
    blocks = parse_ad(text)
    title = next(t for k, t in blocks if k == "title")
    pdf = SamplePDF(title=title, author="Recruitment team", subject="Job advertisement")
    for kind, t in blocks:
        if kind == "title":
            pdf.set_font("Helvetica", "B", 18)
            pdf.multi_cell(0, 9, pdf.check_text(t), new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
        elif kind == "meta":
            pdf.para(t, size=10)
        elif kind == "heading":
            pdf.heading(t, size=12)
        elif kind == "bullet":
            pdf.bullet(t)
        else:
            pdf.para(t)
            pdf.ln(1.5)
    pdf.output(str(path))


# ---------------------------------------------------------------------------
# DOCX rendering
# ---------------------------------------------------------------------------


def new_document(title: str, author: str, subject: str) -> docx.document.Document:
    doc = docx.Document()
    section = doc.sections[0]
    section.page_height, section.page_width = Mm(297), Mm(210)
    for side in ("left_margin", "right_margin"):
        setattr(section, side, Mm(20))
    section.top_margin = section.bottom_margin = Mm(18)
    normal = doc.styles["Normal"]
    normal.font.name = "Calibri"
    normal.font.size = Pt(10.5)

    cp = doc.core_properties
    cp.title = title
    cp.author = author
    cp.subject = subject
    cp.last_modified_by = author
    cp.comments = ""
    cp.keywords = ""
    cp.category = ""
    cp.revision = 1
    naive = FIXED_DATE.replace(tzinfo=None)
    cp.created = naive
    cp.modified = naive
    cp.last_printed = naive
    return doc


def save_deterministic(doc: docx.document.Document, path: Path) -> None:
    """Save a docx with fixed ZIP timestamps and attributes."""
    buf = io.BytesIO()
    doc.save(buf)
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=ZIP_DATE)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.create_system = 3
            zi.external_attr = 0o644 << 16
            dst.writestr(zi, src.read(info.filename))
    path.write_bytes(out.getvalue())


def build_cv_docx(path: Path) -> None:
    doc = new_document("Jordan Lee - CV", "Jordan Lee", "Curriculum vitae: Data Engineer / Backend Developer")
    doc.add_heading(CV["name"], level=0)
    p = doc.add_paragraph()
    r = p.add_run(CV["headline"])
    r.bold = True
    r.font.size = Pt(13)
    doc.add_paragraph(CV["contact"])

    doc.add_heading("PROFILE", level=1)
    doc.add_paragraph(CV["profile"])

    doc.add_heading("SKILLS", level=1)
    table = doc.add_table(rows=0, cols=2)
    table.style = "Table Grid"
    for label, items in CV["skills_table"]:
        cells = table.add_row().cells
        cells[0].text = ""
        cells[0].paragraphs[0].add_run(label).bold = True
        cells[1].text = items
    for row in table.rows:
        row.cells[0].width = Mm(40)
        row.cells[1].width = Mm(130)
    p = doc.add_paragraph()
    p.paragraph_format.space_before = Pt(6)
    p.add_run(CV["skills_soft_label"] + ":").bold = True
    for s in CV["skills_soft"]:
        doc.add_paragraph(s[0].upper() + s[1:], style="List Bullet")

    doc.add_heading("EXPERIENCE", level=1)
    for job in CV["jobs"]:
        doc.add_heading(f"{job['title']} - {job['employer']}", level=2)
        meta = doc.add_paragraph()
        meta.add_run(f"{job['location']}  |  {job['dates']}").italic = True
        for b in job["bullets"]:
            doc.add_paragraph(b, style="List Bullet")

    doc.add_heading("EDUCATION", level=1)
    for ed in CV["education"]:
        doc.add_heading(ed["title"], level=2)
        meta = doc.add_paragraph()
        meta.add_run(f"{ed['place']}  |  {ed['dates']}").italic = True
        for b in ed["bullets"]:
            doc.add_paragraph(b, style="List Bullet")

    doc.add_heading("CERTIFICATIONS", level=1)
    for c in CV["certifications"]:
        doc.add_paragraph(c, style="List Bullet")

    doc.add_heading("LANGUAGES", level=1)
    for lang in CV["languages"]:
        doc.add_paragraph(lang, style="List Bullet")

    doc.add_heading("INTERESTS", level=1)
    doc.add_paragraph(CV["interests"])
    foot = doc.add_paragraph()
    foot.add_run(CV["footer"]).italic = True
    foot.alignment = WD_ALIGN_PARAGRAPH.LEFT

    save_deterministic(doc, path)


def build_ad_docx(path: Path, text: str) -> None:
    blocks = parse_ad(text)
    title = next(t for k, t in blocks if k == "title")
    doc = new_document(title, "Recruitment team", "Job advertisement")
    for kind, t in blocks:
        if kind == "title":
            doc.add_heading(t, level=1)
        elif kind == "meta":
            p = doc.add_paragraph()
            p.add_run(t).bold = True
            p.paragraph_format.space_after = Pt(0)
        elif kind == "heading":
            doc.add_heading(t, level=2)
        elif kind == "bullet":
            doc.add_paragraph(t, style="List Bullet")
        else:
            doc.add_paragraph(t)
    save_deterministic(doc, path)


def main() -> int:
    cv_dir = HERE / "cv"
    ads_dir = HERE / "ads"
    cv_dir.mkdir(exist_ok=True)
    ads_dir.mkdir(exist_ok=True)

    written = []
    build_cv_pdf(cv_dir / "jordan_lee_cv.pdf")
    written.append(cv_dir / "jordan_lee_cv.pdf")
    build_cv_docx(cv_dir / "jordan_lee_cv.docx")
    written.append(cv_dir / "jordan_lee_cv.docx")
    for name, text in PDF_ADS.items():
        build_ad_pdf(ads_dir / name, text)
        written.append(ads_dir / name)
    for name, text in DOCX_ADS.items():
        build_ad_docx(ads_dir / name, text)
        written.append(ads_dir / name)

    for p in written:
        print(f"wrote {p.relative_to(HERE.parent)} ({p.stat().st_size} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
