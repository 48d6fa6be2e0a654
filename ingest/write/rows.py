"""The accumulator of one article's rows: each node and relationship once, aliases and evidence
merged, so the builder can name a thing as often as the article does."""

from __future__ import annotations

from collections.abc import Sequence

from graph_schema.model import Label, RelType
from ingest.models import ArticleMeta, Evidence
from ingest.resolve.ids import country_aliases, country_id, country_name, place_id
from ingest.write.model import ArticleGraph, NodeRow, PropValue, RelRow


class ArticleRows:
    """Collects rows once each; a node seen twice merges aliases and keeps the first name."""

    def __init__(self, article: ArticleMeta) -> None:
        self.article = article
        self.nodes: dict[tuple[Label, str], NodeRow] = {}
        self.rels: dict[tuple[RelType, str, str, str], RelRow] = {}

    def node(
        self,
        label: Label,
        node_id: str,
        name: str,
        *,
        aliases: tuple[str, ...] = (),
        claimed: bool = True,
        **props: PropValue,
    ) -> str:
        """A node of the article; `claimed=False` for a node whose every property follows
        from its id (a country, a delegation), which needs no per-article claim."""
        row = self.nodes.get((label, node_id))
        if row is None:
            row = NodeRow(label=label, id=node_id, name=name, claimed=claimed)
            self.nodes[(label, node_id)] = row
        row.props.update({k: v for k, v in props.items() if v is not None})
        for alias in (name, *aliases):
            if alias and alias not in row.aliases:
                row.aliases.append(alias)
        return node_id

    def rel(
        self,
        rel_type: RelType,
        start: tuple[Label, str],
        end: tuple[Label, str],
        *,
        evidence: Sequence[Evidence] = (),
        key: str = "",
        **props: PropValue,
    ) -> None:
        ident = (rel_type, start[1], end[1], key)
        row = self.rels.get(ident)
        if row is None:
            row = RelRow(
                type=rel_type,
                start_label=start[0],
                start=start[1],
                end_label=end[0],
                end=end[1],
                key=key,
            )
            self.rels[ident] = row
        row.props.update({k: v for k, v in props.items() if v is not None})
        for ev in evidence:
            text = f"{self.article.id}\t{ev.start}-{ev.end}\t{ev.rule}\t{ev.sentence}"
            if text not in row.evidence:
                row.evidence.append(text)

    def country(self, code: str) -> tuple[Label, str]:
        code = code.upper()
        return (
            Label.COUNTRY,
            self.node(
                Label.COUNTRY,
                country_id(code),
                country_name(code),
                aliases=country_aliases(code),
                claimed=False,
                code=code,
            ),
        )

    def place(self, name: str, *, kind: str, within: tuple[Label, str] | None) -> tuple[Label, str]:
        parent_slug = within[1].split(":", 1)[1] if within and within[0] == Label.PLACE else None
        node = (
            Label.PLACE,
            self.node(Label.PLACE, place_id(name, within=parent_slug), name, kind=kind),
        )
        if within is not None:
            self.rel(RelType.LOCATED_IN, node, within)
        return node

    def build(self) -> ArticleGraph:
        return ArticleGraph(
            article=self.article, nodes=list(self.nodes.values()), rels=list(self.rels.values())
        )
