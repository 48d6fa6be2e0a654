"""The Neo4j Browser guide (`:play <api>/explore/guide.html`): set-up, the saved queries as
clickable cards, and links to the explorer and exports.

Browser fetches the page across origins and splits it on `<slide>`; a `pre.runnable` block goes
into its editor when clicked. The queries come from `static/queries.cypher` (a copy of
`neo4j/browser/queries.cypher`, held equal by a test), so the guide and the file never differ.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from html import escape
from pathlib import Path

STATIC = Path(__file__).parent / "static"
PARAMS = (
    ":params {a: 'US', b: 'RU', person: 'person:alexander-darchiev', "
    "fact: 'delegation:ru-us:2025:r2:ru'}"
)


@dataclass(frozen=True, slots=True)
class SavedQuery:
    title: str
    notes: str
    cypher: str


@cache
def saved_queries() -> tuple[SavedQuery, ...]:
    """Each `// N. title` comment and the query under it, up to its `;`."""
    text = (STATIC / "queries.cypher").read_text(encoding="utf-8")
    queries = []
    for block in text.split(";"):
        lines = [line for line in block.strip().splitlines() if line.strip()]
        comments = [line.strip()[2:].strip() for line in lines if line.lstrip().startswith("//")]
        code = [line for line in lines if not line.lstrip().startswith("//")]
        numbered = [i for i, c in enumerate(comments) if re.match(r"\d+\.", c)]
        if not code or not numbered:
            continue
        head = comments[numbered[0]]
        notes = " ".join(comments[numbered[0] + 1 :])
        queries.append(SavedQuery(head, notes, "\n".join(code) + ";"))
    return tuple(queries)


def _runnable(code: str) -> str:
    return f'<pre class="runnable pre-scrollable code">{escape(code)}</pre>'


def guide_html(api: str) -> str:
    api = api.rstrip("/")
    cards = "\n".join(
        f'<div class="col-sm-12"><h4>{escape(q.title)}</h4>'
        f"{f'<p>{escape(q.notes)}</p>' if q.notes else ''}{_runnable(q.cypher)}</div>"
        for q in saved_queries()
    )
    return f"""<article class="guide">
<slide class="row-fluid">
  <div class="col-sm-12">
    <h3>dipgraph</h3>
    <p>Who met whom, where and when, who led each delegation, who said what. Click a grey
    block to put it in the editor, then run it (Ctrl+Enter).</p>
    <h4>1. The style: a colour and a caption for every label</h4>
    {_runnable(f":style {api}/explore/dipgraph.grass")}
    <p><code>:style reset</code> goes back to the default.</p>
    <h4>2. The parameters the saved queries use</h4>
    {_runnable(PARAMS)}
    <p>Then go to the next slide for the saved queries.</p>
  </div>
</slide>
<slide class="row-fluid">
  <h3>Saved queries</h3>
  {cards}
</slide>
<slide class="row-fluid">
  <div class="col-sm-12">
    <h3>Beyond the Browser</h3>
    <ul>
      <li>The explorer: <a href="{api}/explore" target="_blank">{api}/explore</a></li>
      <li>The API and its docs: <a href="{api}/docs" target="_blank">{api}/docs</a></li>
      <li>Exports: <a href="{api}/v1/export/graphml" target="_blank">GraphML</a>,
        <a href="{api}/v1/export/plover" target="_blank">PLOVER JSON lines</a>,
        <a href="{api}/v1/export/csv/nodes" target="_blank">CSV nodes</a> and
        <a href="{api}/v1/export/csv/edges" target="_blank">edges</a></li>
    </ul>
  </div>
</slide>
</article>
"""
