"""People named in an article who lead no side, whatever the model scores them: a holder of a
past office, an envoy recalled or at home, a head receiving credentials, a person on whose behalf
another acts, a name met only in a credit line. `leader_candidates` drops their pairs before the
model chooses."""

from __future__ import annotations

from ingest.extract.context import ArticleContext
from ingest.extract.leaders.features import era_modifiers, head_roles, posted_roles
from ingest.extract.leaders.model import Candidate
from ingest.lang import gazetteer
from ingest.lang.lexicon import phrase_regex
from ingest.lang.roles import past_role
from ingest.models import Meeting


def former(cand: Candidate) -> bool:
    """A holder of a past office ('former prime minister X') leads no side now: an article names
    him for what he once did or as a commentator; nor does a head named for an era ('under Prime
    Minister X's administration')."""
    text = (cand.person.role or "").lower()
    role = text.split()
    if not role:
        return False
    era = role[0] in era_modifiers() and " ".join(role[1:]) in head_roles()
    return past_role(text) or era


def recalled(cand: Candidate, art: ArticleContext) -> bool:
    """An envoy his own state recalls ('the ambassador was recalled for consultations') leaves his
    post: the recall is a step of his state against his host, not a meeting he heads."""
    if (cand.person.role or "").lower() not in posted_roles():
        return False
    recall = phrase_regex(art.lex.words("recall_words"))
    return any(recall.search(e.sentence) for e in cand.person.evidence)


def receives_credentials(cand: Candidate, art: ArticleContext) -> bool:
    """A head of state or government in an article about envoys presenting their credentials
    receives them ('Koning Willem-Alexander ontvangt de ambassadeurs ... komen hun geloofsbrieven
    overhandigen'): a ceremony he hosts, where the envoys, not he, stand for their states."""
    if (cand.person.role or "").lower() not in head_roles():
        return False
    credentials = phrase_regex(art.lex.words("credential_words"))
    return any(credentials.search(ctx.sentence.text) for ctx in art.sentences)


def on_behalf(cand: Candidate, art: ArticleContext) -> bool:
    """A person named only as the one on whose behalf another acts ('the minister thanked them on
    behalf of President X') is absent from the meeting: the one who acts heads the side."""
    person = cand.person
    if not person.title or not person.evidence:
        return False
    behalf = phrase_regex(art.lex.words("behalf_words"))
    named = (person.title.lower(), person.name.lower())
    return all(
        any(
            _names_after(e.sentence[m.end() :].lower(), *named) for m in behalf.finditer(e.sentence)
        )
        for e in person.evidence
    )


def _names_after(rest: str, title: str, name: str) -> bool:
    """Whether the text names the title and then the name, after at most one determiner."""
    words = rest.split(None, 1)
    for tail in (rest.lstrip(), words[1] if len(words) > 1 else ""):
        if tail.startswith(title):
            return tail[len(title) :].lstrip(" ,").startswith(name)
    return False


def credit_only(cand: Candidate) -> bool:
    """A name met only in lines without a single lowercase word ('20.03.2023, Sputnik Afrique')
    is a credit or a dateline: an outlet or an author, not someone who meets anyone."""
    evidence = cand.person.evidence
    return bool(evidence) and not any(w[:1].islower() for e in evidence for w in e.sentence.split())


def posted_home(cand: Candidate, meetings: list[Meeting]) -> bool:
    """An envoy's pair with his own state at a meeting held there ('the UK's ambassador to Iran'
    at a summons in London): an envoy represents his state abroad, so at home he heads no side."""
    if (cand.person.role or "").lower() not in posted_roles():
        return False
    meeting = next((m for m in meetings if cand.country in m.parties), None)
    city = meeting.city if meeting else None
    return city is not None and gazetteer.cities().get(city, {}).get("country") == cand.country
