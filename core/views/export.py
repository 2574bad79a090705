"""A story written out: Markdown, one self-contained HTML report, or JSON.

Each holds the articles, the coverage matrix (facts against outlets), the quotes
with their variants collated, the figures compared, and every shared fact
collated across outlets. An article no other article of the story shares a language with was
compared with none (the word-overlap linker compares one language's words: core.linking.story.Story,
its alone_in_language): its cells say "n/c" as the coverage matrix's do, and its paragraphs are
listed apart from what one outlet reports.
Article text is untrusted: HTML output escapes it, Markdown output neutralises
the characters that would make it markup, and both are sanitised first.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable, Sequence

from core.linking.evidence import Difference
from core.views.collate import Piece, collate, collate_link, render
from core.views.facts import Fact, cell, facts, in_several_outlets, not_compared, reported_elsewhere
from core.views.figures import MARK, FigureGroup, compare, figures_to_json, summary, values_text
from core.model import Article, Ref, display_update, utc_aside
from core.views.names import ArticleName, matrix_names, named_articles, paragraph_name
from core.views.quotes import Quote, attributed_otherwise, quotes_to_json, story_quotes, translated_label
from core.sanitize import sanitize
from core.linking.story import Story
from core.text import LANGUAGE_NAMES, count

__all__ = ["FORMATS", "NOT_COMPARED_CELL", "export"]

FORMATS = ("md", "html", "json")

_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]<>()#+!|~])")


def _md(text: str) -> str:
    """Untrusted text as inert Markdown: no links, no emphasis, no table breaks."""
    return _MD_SPECIAL.sub(r"\\\1", sanitize(text).replace("\n", " "))


def _h(text: str) -> str:
    return html.escape(sanitize(text), quote=True)


#: What an address may hold as it is, in a link (RFC 3986's reserved and unreserved characters,
#: and "%" of those already encoded); every other character is percent-encoded.
_URL_SAFE = ":/?#[]@!$&'()*+,;=-._~%"


def web_address(url: str) -> str | None:
    """*url* as a link may take it: an http or https address with a host, without a space or
    control character (article text is untrusted), its other unsafe characters ("<", "|", '"',
    letters beyond ASCII) percent-encoded and its host in IDNA; None for anything else
    ("javascript:", "data:", "file:", an address with an escape sequence in it): shown, never
    linked."""
    from urllib.parse import quote, urlsplit, urlunsplit

    if not url or any(c.isspace() or not c.isprintable() for c in url):
        return None
    try:
        parts = urlsplit(url)
        host = (parts.hostname or "").encode("idna").decode("ascii")
    except (ValueError, UnicodeError):
        return None
    if parts.scheme.lower() not in ("http", "https") or not host:
        return None
    netloc = parts.netloc if parts.netloc.isascii() else parts.netloc.replace(parts.hostname or "", host)
    path, query, fragment = (quote(p, safe=_URL_SAFE) for p in (parts.path, parts.query, parts.fragment))
    return urlunsplit((parts.scheme.lower(), quote(netloc, safe=_URL_SAFE), path, query, fragment))


def _address_md(url: str | None) -> str:
    """An article's address in a Markdown table cell: an autolink for a web address
    (:func:`web_address`), else inert text in a code span (no Markdown makes a link of it); "—"
    without one."""
    if not url:
        return "—"
    link = web_address(url)
    if link is not None:
        return f"<{link}>"  # percent-encoded: no "|", "<", ">" or space left to break the cell
    text = sanitize(url).replace("`", "'").replace("|", "\\|").replace("\n", " ")
    return f"`{text}`"


def _address_html(url: str | None) -> str:
    """An article's address in HTML: a link for a web address (:func:`web_address`; the page's
    content security policy fetches nothing, and the link opens without telling the site where
    from), else escaped text; "—" without one."""
    if not url:
        return "—"
    link = web_address(url)
    if link is None:
        return _h(url)
    return f'<a href="{_h(link)}" rel="noopener noreferrer">{_h(link)}</a>'


def _cell(story: Story, fact: Fact, article: str, elsewhere: dict[str, tuple[Ref, ...]], *, html_out: bool = False) -> str:
    """What the cell of the article whose id is *article* in *fact*'s row says
    (:func:`core.views.facts.cell`, as the coverage matrix reads it): its paragraphs of the fact
    ("¶3, ¶5"), else the paragraphs that report the fact too under another fact ("~¶4"), else
    :data:`NOT_COMPARED_CELL` where the article and the fact's lead are in two languages
    (:meth:`Story.apart`: never compared, as the matrix says), else "—" (no paragraph linked); a
    paragraph that gives the fact otherwise than the row's lead is marked "¶6 ≠"
    (:attr:`core.views.facts.Cell.changed`), in HTML with what changed as the mark's title.
    Markdown-safe and HTML-safe as it is: paragraph numbers and marks only, the
    title escaped."""
    found = cell(story, fact, article, elsewhere)
    changed = dict(found.changed)

    def mark(ref: Ref) -> str:
        if ref not in changed:
            return ""
        if not html_out:
            return " ≠"
        return f" <b title=\"{_h(_changes(changed[ref]))}\">≠</b>"

    if found.paragraphs:
        return ", ".join(f"¶{r.paragraph}{mark(r)}" for r in found.paragraphs)
    if found.elsewhere:
        return ", ".join(f"~¶{r.paragraph}{mark(r)}" for r in found.elsewhere)
    # the linker cannot link across languages: no link says nothing (the matrix's n/c)
    return NOT_COMPARED_CELL if story.apart(fact.lead.article, article) else "—"


def _shared(story: Story, found: Sequence[Fact]) -> list[tuple[Fact, dict[str, tuple[Ref, ...]]]]:
    """The facts several outlets report, as the matrix counts them (in several outlets' facts,
    or reported elsewhere too), each with :func:`core.views.facts.reported_elsewhere` worked out once."""
    pairs = [(fact, reported_elsewhere(story, fact)) for fact in found]
    return [(fact, elsewhere) for fact, elsewhere in pairs if in_several_outlets(fact, elsewhere)]


#: The facts no other outlet's paragraph is linked to, as the coverage matrix counts them: what is
#: known, not "by one" (the linker misses some rewordings).
ALONE = "with no other outlet linked (not reported elsewhere, or reworded past what the linker finds)"
#: The cell of an article in another language than the fact's lead, with no paragraph of it linked:
#: never compared (the coverage matrix's mark, tui.screens.coverage.NOT_COMPARED_CELL).
NOT_COMPARED_CELL = "n/c"
#: What the coverage table's cells say, under the table, one mark each; the n/c entry only where the
#: story's articles are in several languages (:func:`_legend`), as over the matrix.
CELL_MARKS = (
    "¶n: the article's paragraph",
    "~¶n: it reports the fact in a paragraph counted under another fact",
    "—: no paragraph linked to the fact (not reported, or reworded past what the linker finds)",
    f"{NOT_COMPARED_CELL}: the article is in another language than the fact: not compared (the linker "
    "compares the words of one language)",
    "≠: the paragraph gives a figure, date, name, negation or outcome otherwise than the fact's words in the "
    "first column, or cuts or adds a sentence that denies or counts (its collation below says what)",
)
CELLS = "; ".join(mark for mark in CELL_MARKS if not mark.startswith(NOT_COMPARED_CELL)) + "."


def _legend(story: Story) -> str:
    """The legend under the coverage table: :data:`CELLS`, with the n/c entry where the story's
    articles are in several languages (told ones: :meth:`Story.language`)."""
    if len({story.language(a.id) for a in story.articles} - {None}) < 2:
        return CELLS
    return "; ".join(CELL_MARKS) + "."


#: The heading of the reports' list of what no other outlet is linked to.
ONE_OUTLET = "Reported by one outlet"
#: The heading of the reports' list of the paragraphs of an article no other shares a language with.
NOT_COMPARED = "Not compared with the others"
#: What that list says after its count of paragraphs: why they are apart.
NOT_COMPARED_WHY = ("in a language no other article of the story is in: the linker compares the words of one "
                    "language, so whether other outlets report them is not known")


def _unshared(
    story: Story, found: Sequence[Fact], shared: Sequence[tuple[Fact, object]]
) -> tuple[list[Fact], list[Fact]]:
    """The facts of *found* not in *shared*: those no other outlet's paragraph is linked to (the
    coverage line counts them :data:`ALONE`), and those of an article alone in its language, never
    compared (:func:`core.views.facts.not_compared`; the reader marks their paragraphs "not compared", not "only in")."""
    several = {id(fact) for fact, _ in shared}
    rest = [fact for fact in found if id(fact) not in several]
    return [f for f in rest if not not_compared(story, f)], [f for f in rest if not_compared(story, f)]


def _not_compared_count(
    story: Story, uncompared: Sequence[Fact], names: dict[str, ArticleName], escape: Callable[[str], str]
) -> str:
    """What the coverage line says of *uncompared* (:func:`_unshared`): "6 not compared (El Correo:
    the only article in Spanish)", or "" without any; the articles' names (untrusted) through *escape*."""
    if not uncompared:
        return ""
    articles = dict.fromkeys(a for fact in uncompared for a in fact.articles)
    which = "; ".join(f"{escape(names[a].text)}: {_alone_in(story, a)}" for a in articles)
    return f"{len(uncompared)} not compared ({which})"


def _not_compared_intro(uncompared: Sequence[Fact]) -> str:
    """The first line of the list of :data:`NOT_COMPARED`: "6 paragraphs of an article in a language
    no other article of the story is in: ..." (:data:`NOT_COMPARED_WHY`)."""
    articles = {a for fact in uncompared for a in fact.articles}
    whose = "an article" if len(articles) == 1 else "articles each"
    return f"{count(sum(len(f.paragraphs) for f in uncompared), 'paragraph')} of {whose} {NOT_COMPARED_WHY}."


def _alone_in(story: Story, article: str) -> str:
    """What is said of an article alone in its language (:meth:`Story.alone_in_language`): "the
    only article in Spanish", as :meth:`Story.unlinked` says it."""
    return f"the only article in {LANGUAGE_NAMES.get(story.language(article) or '', 'its language')}"


def _compared_within(story: Story, article: str) -> str:
    """What the reader says of an unlinked paragraph of *article* where other articles of the story
    are in other languages (:meth:`Story.unlinked`, capitalised: "Only in Nordwire among the
    articles in English; 1 in other languages not compared"), else "". Untrusted text."""
    if not story.not_compared(article) or story.alone_in_language(article):
        return ""
    told = story.unlinked(Ref(article, 0))
    return told[:1].upper() + told[1:]


def _one_outlet(
    story: Story, found: Sequence[Fact], shared: Sequence[tuple[Fact, object]], names: dict[str, ArticleName]
) -> list[tuple[str, list[tuple[Ref, str]]]]:
    """The facts of *found* that no other outlet's paragraph is linked to (those the coverage line
    counts :data:`ALONE`), as (article id, [(paragraph, its text), ...]) in the order of the
    coverage table's columns (*names*, :func:`core.views.names.matrix_names`), each article's paragraphs in their
    order: what only one outlet reports is the point of comparing them, and the table lists the
    shared facts alone. Those of an article alone in its language are not among them (see
    :func:`_not_compared`)."""
    return _by_article(story, _unshared(story, found, shared)[0], names)


def _not_compared(
    story: Story, found: Sequence[Fact], shared: Sequence[tuple[Fact, object]], names: dict[str, ArticleName]
) -> list[tuple[str, list[tuple[Ref, str]]]]:
    """The paragraphs of an article no other article of the story shares a language with that no
    other paragraph is linked to (:func:`_unshared`), as :func:`_one_outlet` gives its own: the
    linker compared them with none, so they are not one outlet's alone (the reader's "not compared:
    the only article in Spanish")."""
    return _by_article(story, _unshared(story, found, shared)[1], names)


def _by_article(
    story: Story, facts_of: Sequence[Fact], names: dict[str, ArticleName]
) -> list[tuple[str, list[tuple[Ref, str]]]]:
    """The paragraphs of *facts_of* as (article id, [(paragraph, its text), ...]), articles in the
    order of *names*, each article's paragraphs in their order."""
    alone = [r for fact in facts_of for r in fact.paragraphs]
    order = {a: n for n, a in enumerate(names)}
    by_article: dict[str, list[tuple[Ref, str]]] = {}
    for ref in sorted(alone, key=lambda r: (order.get(r.article, len(order)), r.paragraph)):
        by_article.setdefault(ref.article, []).append((ref, story.text(ref)))
    return list(by_article.items())


def _carriers(names: dict[str, ArticleName], quote: Quote) -> str:
    """The articles carrying *quote*, named as the coverage table's columns (an outlet's name,
    where it has one article in the story)."""
    return named_articles(names, (q.ref.article for q in quote.occurrences))


def _outlets(story: Story) -> list[str]:
    return list(dict.fromkeys(a.outlet for a in story.articles))


#: Words of a fact's text that name it in headings and the coverage table.
FACT_NAME_WORDS = 14


def _fact_name(story: Story, fact: Fact) -> str:
    """A fact named by its text: the first words of its lead paragraph (the origin's, else the
    first), in quotation marks."""
    words = story.text(fact.lead).split()
    name = _unquoted_name(" ".join(words[:FACT_NAME_WORDS]).rstrip(",;:"))
    return f"“{name}{'…' if len(words) > FACT_NAME_WORDS else ''}”"


#: Double quotation marks, and the single marks that stand for them inside a quotation.
_DOUBLE = "\"“”„«»「」『』"
_NESTED = str.maketrans({"“": "‘", "”": "’", "„": "‚", "«": "‹", "»": "›", "「": "『", "」": "』"})


def _unquoted_name(name: str) -> str:
    """*name*, a fact's opening words, without the marks of the quotation it is, where it is one
    ('"This is the first time' -> 'This is the first time'), so the name's own marks do not double
    them; otherwise its quotation marks turned single, as a quotation within a quotation is printed
    ('"We will," she said, "and soon."' -> '‘We will,’ she said, ‘and soon.’' inside “…”)."""
    marks = [n for n, c in enumerate(name) if c in _DOUBLE]
    if marks and marks[0] == 0 and (len(marks) == 1 or len(marks) == 2 and not name[marks[1] + 1 :].strip(".,!?;:…")):
        return "".join(c for n, c in enumerate(name) if n not in marks)  # one quotation, the whole name
    opening = [n == 0 or not name[n - 1].isalnum() and name[n - 1] not in ".,!?;:…" for n in range(len(name))]
    return "".join(("‘" if opening[n] else "’") if c == '"' else c for n, c in enumerate(name)).translate(_NESTED)


def _reported_by(names: dict[str, ArticleName], fact: Fact, elsewhere: dict[str, tuple[Ref, ...]]) -> str:
    """Who reports *fact*: its articles, then those that report it in a paragraph counted under
    another fact (the coverage table's ~¶n), each named as its column is (its outlet, where the
    outlet has one article in the story)."""
    line = f"Reported by {named_articles(names, fact.articles)}"
    also = dict.fromkeys(names[r.article].text for refs in elsewhere.values() for r in refs)
    return line + (f"; also, under another fact, by {', '.join(also)}" if also else "")


def _collated(fact: Fact, elsewhere: dict[str, tuple[Ref, ...]]) -> list[tuple[Ref, str]]:
    """The paragraphs collated against a fact's lead, each with its mark: the fact's own (""),
    then those that report it under another fact ("~", as in the coverage table)."""
    return [(ref, "") for ref in fact.others] + [(ref, "~") for refs in elsewhere.values() for ref in refs]


def _collation(story: Story, reference: Ref, ref: Ref) -> list[Piece]:
    """Paragraph *ref* collated against *reference* as the link between them asks (a quote
    link: the quotation word by word, the text around it as a phrase each; see collate_link)."""
    kind = next((m.kind for m in story.matches(reference) if m.ref == ref), None)
    return collate_link(story.text(reference), story.text(ref), kind)


def _changes(differences: Sequence[Difference]) -> str:
    """*differences* as the panel's ≠ line says them ("4.1 million → 4.7 million (figure); It
    said no bank… → ∅ (sentence)"), or "". Untrusted text: escape it to show it."""
    return "; ".join(f"{d.change(60)} ({d.what})" for d in differences)


def _changed(story: Story, reference: Ref, ref: Ref) -> str:
    """What paragraph *ref* gives otherwise than the fact's lead *reference* (:func:`_changes`), or ""."""
    return _changes(story.explain(reference, ref)[1])


def _when(article: Article) -> str:
    """An article's time for the reports' Published column, in the table's time order: "2026-12-02
    09:02 UTC-05:00 (14:02 UTC)" (the page's time, and in UTC where that is another zone:
    core.model.utc_aside), with its update where the page gives one ("... · updated 16:35"),
    "—" when undated."""
    shown = utc_aside(article.published)
    if article.updated is None:
        return shown or "—"
    return f"{shown or '—'} · updated {display_update(article.updated, article.published)}"


def to_markdown(
    story: Story, found: Sequence[Fact], quotes: Sequence[Quote], figure_groups: Sequence[FigureGroup]
) -> str:
    """The story report as Markdown."""
    outlets = _outlets(story)
    names = matrix_names(story)  # the matrix's columns, in its order
    out = [f"# {_md(story.headline)}", "", f"{count(len(story.articles), 'article')} from {count(len(outlets), 'outlet')}.", ""]
    out += ["## Articles", "", "| Outlet | Published | Title | Paragraphs | Address |", "|---|---|---|---|---|"]
    out += [f"| {_md(a.outlet)} | {_when(a)} | {_md(a.title)} | {len(a.paragraphs)} | {_address_md(a.url)} |"
            for a in story.articles]
    shared = _shared(story, found)
    alone, uncompared = _unshared(story, found, shared)
    apart = _not_compared_count(story, uncompared, names, _md)
    out += ["", "## Coverage", "", f"{count(len(shared), 'fact')} reported by several outlets (W: wire copy), "
            f"{len(alone)} {ALONE}" + (f", {apart}" if apart else "") + ".", ""]
    out += ["| Fact | " + " | ".join(_md(n.text) for n in names.values()) + " |", "|---|" + "---|" * len(names)]
    for fact, elsewhere in shared:
        first = story.text(fact.lead)
        origin = f" (origin: {_md(fact.source.named(names))})" if fact.source else ""
        title = ("W " if fact.wire else "") + _md(first[:80] + ("…" if len(first) > 80 else "")) + origin
        out.append(f"| {title} | " + " | ".join(_cell(story, fact, a, elsewhere) for a in names) + " |")
    out += ["", _legend(story), "", "## Quotes", "", "Variants show {+their words+} and [-words they leave out-].", ""]
    by_id = {a.id: a for a in story.articles}
    for quote in quotes:
        out.append(f"- “{_md(quote.text)}” — {_md(quote.speaker or 'speaker not named')}, "
                   f"{_md(_carriers(names, quote))}")
        out += [f"  - ≠ speaker: {_md(line)}" for line in attributed_otherwise(quote, by_id)]
        for text, where in quote.variants()[1:]:
            out.append(f"  - {_md(', '.join(paragraph_name(names, q.ref) for q in where))}: "
                       f"{_md_pieces(collate(quote.shown_against(text), text))}")
        for translation in quote.translations:
            for text, where in translation.variants():
                out.append(f"  - {_md(translated_label(translation))}, {_md(', '.join(paragraph_name(names, q.ref) for q in where))}: "
                           f"{_md(text)} ({_md(translation.tied_by or '')})")
    out += ["", "## Figures", "", f"The same number as each outlet gives it. {summary(figure_groups)}.", ""]
    for group in figure_groups:
        out.append(f"- {MARK[group.verdict]} {_md(group.quantity)}: {_md(values_text(group))}")
        for figure in group.figures:
            out.append(f"  - {group.mark_of(figure)} {_md(paragraph_name(names, figure.ref))}: “{_md(figure.text)}”")
    out += ["", "## Collation of shared facts", ""]
    for n, (fact, elsewhere) in enumerate(shared, start=1):
        reference = fact.lead
        out += [f"### Fact {n}: {_md(_fact_name(story, fact))}", "", f"{_md(_reported_by(names, fact, elsewhere))}.", "",
                f"**{_md(paragraph_name(names, reference))}**: {_md(story.text(reference))}", ""]
        for ref, mark in _collated(fact, elsewhere):
            out += [f"- **{mark}{_md(paragraph_name(names, ref))}**: {_md_pieces(_collation(story, reference, ref))}"]
            if changed := _changed(story, reference, ref):
                out += [f"  - ≠ {_md(changed)}"]
        out.append("")
    out += [f"## {ONE_OUTLET}", "", f"{len(alone)} {ALONE}.", ""]
    for article, paragraphs in _one_outlet(story, found, shared, names):
        out += [f"### {_md(names[article].text)}", ""]
        if within := _compared_within(story, article):
            out += [f"{_md(within)}.", ""]
        out += [f"- **¶{ref.paragraph}**: {_md(text)}" for ref, text in paragraphs]
        out.append("")
    if uncompared:
        out += [f"## {NOT_COMPARED}", "", _not_compared_intro(uncompared), ""]
    for article, paragraphs in _not_compared(story, found, shared, names):
        out += [f"### {_md(names[article].text)}", "", f"Not compared: {_md(_alone_in(story, article))}.", ""]
        out += [f"- **¶{ref.paragraph}**: {_md(text)}" for ref, text in paragraphs]
        out.append("")
    return "\n".join(out).rstrip() + "\n"


_CSS = """
body{font:16px/1.55 system-ui,sans-serif;max-width:72rem;margin:2rem auto;padding:0 1rem;color:#222}
h1{font-size:1.6rem;line-height:1.25}h2{margin-top:2.2rem}h3{font-size:1.05rem;margin-bottom:.3rem}
.scroll{overflow-x:auto;margin:1rem 0}
table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:.25rem .5rem;vertical-align:top;text-align:left}
th{background:#f3f3f3}
.matrix td:first-child,.matrix th:first-child{position:sticky;left:0;background:#fff;min-width:14rem;max-width:22rem}
.matrix th:first-child{background:#f3f3f3}.matrix td:not(:first-child){white-space:nowrap}
a{color:#1a4f8b}.w{font-weight:bold;color:#8a4b00}.same{font-weight:bold}
.differs{background:#ffe7a0;border-bottom:2px solid #c98a00;padding:0 .1em}
.missing{text-decoration:line-through;color:#777}
.fact{border-left:3px solid #ccc;padding-left:1rem;margin:1.5rem 0}.src{color:#555;font-size:.9em}
.addr{overflow-wrap:anywhere}
@media (max-width:640px){
 body{margin:1rem auto;font-size:15px}h1{font-size:1.35rem}
 table.stack,table.stack tbody,table.stack tr,table.stack td{display:block;border:none}
 table.stack thead{display:none}
 table.stack tr{border-top:1px solid #ccc;padding:.4rem 0}
 table.stack td{padding:.1rem 0}
 table.stack td[data-label]::before{content:attr(data-label) ": ";font-weight:bold;color:#555}
 .matrix td:first-child,.matrix th:first-child{min-width:10rem}
}
@media print{
 body{max-width:none;margin:0;padding:0;font-size:10pt}
 a{color:inherit;text-decoration:none}.scroll{overflow:visible}
 thead{display:table-header-group}tr,.fact p{break-inside:avoid}h2,h3{break-after:avoid}
 .matrix{width:100%}.matrix td,.matrix th{white-space:normal!important;overflow-wrap:anywhere;font-size:8pt;padding:.1rem .25rem}
 .matrix td:first-child,.matrix th:first-child{position:static;min-width:0;width:30%}
 .differs{-webkit-print-color-adjust:exact;print-color-adjust:exact}
}
"""


def _html_pieces(pieces: list[Piece]) -> str:
    return render(
        pieces,
        escape=_h,
        same='<span class="same">{}</span>',
        differs='<span class="differs">{}</span>',
        missing='<span class="missing">{}</span>',
    )


def _md_pieces(pieces: list[Piece]) -> str:
    return render(pieces, escape=_md)


def to_html(
    story: Story, found: Sequence[Fact], quotes: Sequence[Quote], figure_groups: Sequence[FigureGroup]
) -> str:
    """The story report as one self-contained HTML page (no scripts, no external files)."""
    outlets = _outlets(story)
    names = matrix_names(story)  # the matrix's columns, in its order
    by_id = {a.id: a for a in story.articles}
    shared = _shared(story, found)
    alone, uncompared = _unshared(story, found, shared)
    apart = _not_compared_count(story, uncompared, names, _h)
    title = _h(story.headline)
    parts = [
        "<!doctype html><html lang=en><head><meta charset=utf-8>",
        "<meta name=viewport content=\"width=device-width, initial-scale=1\">",
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">",
        f"<title>{title}</title><style>{_CSS}</style></head><body>",
        f"<h1>{title}</h1><p>{count(len(story.articles), 'article')} from {count(len(outlets), 'outlet')}. "
        "In collations, <span class=same>bold</span> words are the same, <span class=differs>marked</span> words "
        "differ and <span class=missing>struck</span> words are left out.</p>",
        "<h2>Articles</h2><div class=scroll><table class=stack><thead><tr><th>Outlet<th>Published<th>Title<th>Paragraphs"
        "<th>Address</tr></thead>",
    ]
    parts += [
        f"<tr><td data-label=Outlet>{_h(a.outlet)}<td data-label=Published>{_h(_when(a))}"
        f"<td data-label=Title>{_h(a.title)}<td data-label=Paragraphs>{len(a.paragraphs)}"
        f"<td data-label=Address class=addr>{_address_html(a.url)}</tr>"
        for a in story.articles
    ]
    parts.append(f"</table></div><h2>Coverage</h2><p>{count(len(shared), 'fact')} reported by several outlets "
                 f"(<span class=w>W</span>: wire copy), <a href=\"#one-outlet\">{len(alone)} {_h(ALONE)}</a>"
                 + (f", <a href=\"#not-compared\">{apart}</a>" if apart else "") + ". "
                 "Each fact links to its collation below.</p>")
    parts.append("<div class=scroll><table class=matrix><thead><tr><th>Fact" + "".join(f"<th>{_h(n.text)}" for n in names.values()) + "</tr></thead>")
    for n, (fact, elsewhere) in enumerate(shared, start=1):
        wire = "<span class=w>W</span> " if fact.wire else ""
        origin = f" <span class=src>(origin: {_h(fact.source.named(names))})</span>" if fact.source else ""
        parts.append(f"<tr><td>{wire}<a href=\"#fact-{n}\">{_h(_fact_name(story, fact))}</a>{origin}"
                     + "".join(f"<td>{_cell(story, fact, a, elsewhere, html_out=True)}" for a in names) + "</tr>")
    parts.append(f"</table></div><p class=src>{_h(_legend(story))}</p><h2>Quotes</h2><div class=scroll><table class=stack><thead><tr><th>Quote<th>Speaker<th>Outlets<th>Variants</tr></thead>")
    for quote in quotes:
        variants = "<br>".join(
            f"<span class=src>{_h(', '.join(paragraph_name(names, q.ref) for q in where))}</span>: "
            + _html_pieces(collate(quote.shown_against(text), text))
            for text, where in quote.variants()[1:]
        ) + "".join(
            f"<br><span class=src>{_h(translated_label(t))}, {_h(', '.join(paragraph_name(names, q.ref) for q in where))}</span>: "
            f"{_h(text)} <span class=src>({_h(t.tied_by or '')})</span>"
            for t in quote.translations for text, where in t.variants()
        ).removeprefix("<br>" if len(quote.variants()) < 2 else "")
        speaker = "".join([_h(quote.speaker or "—")] + [f"<br><b>≠</b> {_h(line)}" for line in attributed_otherwise(quote, by_id)])
        parts.append(f"<tr><td data-label=Quote>“{_h(quote.text)}”<td data-label=Speaker>{speaker}"
                     f"<td data-label=Outlets>{_h(_carriers(names, quote))}<td data-label=Variants>{variants or '—'}</tr>")
    parts.append(f"</table></div><h2>Figures</h2><p>The same number as each outlet gives it. {_h(summary(figure_groups))}.</p>"
                 "<div class=scroll><table class=stack><thead><tr><th><th>Figure<th>Values<th>As given</tr></thead>")
    for group in figure_groups:
        given = "<br>".join(f"{group.mark_of(f)} <span class=src>{_h(paragraph_name(names, f.ref))}</span>: “{_h(f.text)}”"
                            for f in group.figures)
        parts.append(f"<tr><td>{MARK[group.verdict]} {group.verdict}<td data-label=Figure>{_h(group.quantity)}<td data-label=Values>{_h(values_text(group))}"
                     f"<td data-label=\"As given\">{given}</tr>")
    parts.append("</table></div><h2>Collation of shared facts</h2>")
    for n, (fact, elsewhere) in enumerate(shared, start=1):
        reference = fact.lead
        parts.append(f"<div class=fact id=\"fact-{n}\"><h3>Fact {n}: {_h(_fact_name(story, fact))}</h3>"
                     f"<p class=src>{_h(_reported_by(names, fact, elsewhere))}</p>"
                     f"<p><span class=src>{_h(paragraph_name(names, reference))}</span><br>{_h(story.text(reference))}</p>")
        for ref, mark in _collated(fact, elsewhere):
            changed = _changed(story, reference, ref)
            parts.append(f"<p><span class=src>{mark}{_h(paragraph_name(names, ref))}</span><br>"
                         f"{_html_pieces(_collation(story, reference, ref))}"
                         + (f"<br><b>≠</b> {_h(changed)}" if changed else "") + "</p>")
        parts.append("</div>")
    parts.append(f"<h2 id=one-outlet>{ONE_OUTLET}</h2><p>{len(alone)} {_h(ALONE)}.</p>")
    for article, paragraphs in _one_outlet(story, found, shared, names):
        within = _compared_within(story, article)
        parts.append(f"<div class=fact><h3>{_h(names[article].text)}</h3>"
                     + (f"<p class=src>{_h(within)}.</p>" if within else "")
                     + "".join(f"<p><span class=src>¶{ref.paragraph}</span><br>{_h(text)}</p>" for ref, text in paragraphs)
                     + "</div>")
    if uncompared:
        parts.append(f"<h2 id=not-compared>{NOT_COMPARED}</h2><p>{_h(_not_compared_intro(uncompared))}</p>")
    for article, paragraphs in _not_compared(story, found, shared, names):
        parts.append(f"<div class=fact><h3>{_h(names[article].text)}</h3>"
                     f"<p class=src>Not compared: {_h(_alone_in(story, article))}.</p>"
                     + "".join(f"<p><span class=src>¶{ref.paragraph}</span><br>{_h(text)}</p>" for ref, text in paragraphs)
                     + "</div>")
    parts.append("</body></html>\n")
    return "\n".join(parts)


def to_json(
    story: Story, found: Sequence[Fact], quotes: Sequence[Quote], figure_groups: Sequence[FigureGroup]
) -> dict[str, object]:
    """The story as JSON: the `links` contract plus facts, quotes and figures."""
    data = {"title": story.headline, **story.to_json()}
    data["facts"] = [
        {
            "paragraphs": [{"article": r.article, "paragraph": r.paragraph} for r in fact.paragraphs],
            "outlets": list(fact.outlets),
            "kinds": sorted(k.value for k in fact.kinds),
            "wire": fact.wire,
            "origin": fact.source and {
                "outlet": fact.source.outlet, "article": fact.source.article, "agency": fact.source.agency,
                "credited_by": list(fact.source.credited_by), "published": fact.source.published,
            },
        }
        for fact in found
    ]
    data["quotes"] = quotes_to_json(quotes, story.articles)["quotes"]
    data["figures"] = figures_to_json(story, figure_groups)["figures"]
    return data


def export(story: Story, fmt: str) -> str | dict[str, object]:
    """The story in *fmt* (one of FORMATS): text for md and html, a JSON-ready dict for json."""
    found = facts(story)
    quotes = story_quotes(story)
    figure_groups = compare(story)
    if fmt == "md":
        return to_markdown(story, found, quotes, figure_groups)
    if fmt == "html":
        return to_html(story, found, quotes, figure_groups)
    if fmt == "json":
        return to_json(story, found, quotes, figure_groups)
    raise ValueError(f"unknown export format {fmt!r}; choose from {', '.join(FORMATS)}")
