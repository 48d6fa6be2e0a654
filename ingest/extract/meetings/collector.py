"""The meetings an article has told so far, and how a new candidate joins them: as a meeting of
its own, as detail of the meeting being described, or as an earlier round referred to."""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from ingest.extract.meetings.candidates import (
    Candidate,
    call_after_call,
    compatible,
    during_visit,
    merge,
    next_stop,
    summons_again,
)
from ingest.extract.meetings.counterparts import other_counterpart, surnames
from ingest.extract.meetings.further import follow_up, listed, told_before, told_later
from ingest.extract.meetings.parties import MENTIONED_ONLY, unmarked, within
from ingest.extract.meetings.tours import tour_again


@dataclass
class Collector:
    """Meetings found so far, earlier rounds referred to, and the meeting being described."""

    meetings: list[Candidate] = field(default_factory=list)
    earlier: list[tuple[Candidate, Candidate | None]] = field(default_factory=list)
    current: Candidate | None = None
    lone: Candidate | None = None  # the first meeting naming one side and no place
    sideless: list[Candidate] = field(default_factory=list)  # fewer than two sides, no place
    month: str = ""  # the article's, YYYY-MM, when known
    named: set[str] = field(default_factory=set)  # surnames named so far (`counterparts`)

    def sides(self) -> set[str]:
        return set(self.current.parties) if self.current else set()

    def add(self, cand: Candidate) -> None:
        named, self.named = self.named, self.named | surnames(cand.people)
        if self._taken_up(cand, named):
            return
        if self.current is not None:
            during_visit(cand, self.current)
            next_stop(cand, self.meetings)
        if self._detail(cand):
            return
        _host_joins(cand)
        self._join(cand)

    def _taken_up(self, cand: Candidate, named: set[str]) -> bool:
        """Whether the candidate is taken up without becoming the meeting described: an earlier
        round, a follow-up, a meeting listed or told before, a tour stop or a summons told
        again, or a meeting with another counterpart (`named`: the surnames named before it)."""
        if cand.previous:
            self.earlier.append((cand, self.current))
            return True
        if cand.follow_up and self.current is not None:
            follow_up(self.meetings, cand, self.current)
            return True
        if listed(self.meetings, cand, self.current, self.month):
            return True
        if self.current is not None and told_before(self.meetings, cand, self.current, self.month):
            return True
        if tour_again(self.meetings, cand):  # merged into a stop: the stops stay apart
            return True
        if self.current is not None and summons_again(cand, self.current):
            merge(self.current, cand, detail_only=True)  # the summons told again, in detail only
            return True
        if self.current is not None and other_counterpart(cand, self.current, named):
            self.meetings.append(cand)  # met besides the meeting described: not its detail
            return True
        return False

    def _detail(self, cand: Candidate) -> bool:
        """Whether the candidate, with no place, refers back or names too few sides: detail of
        the meeting being described (or a meeting still to come, dropped)."""
        lone_call = (cand.kind == "call" or cand.one_side_kept) and bool(cand.parties)
        anaphora = self.current is not None and (
            cand.anaphoric or call_after_call(cand, self.current)
        )
        if not (cand.city is None and (anaphora or (len(cand.parties) < 2 and not lone_call))):
            return False
        if self.current is not None and told_later(self.meetings, cand, self.current):
            return True  # a meeting still to come, dated after the one held: not a detail
        if self.lone is None and len(cand.parties) == 1 and not anaphora:
            self.lone = cand
        if not anaphora:
            self.sideless.append(cand)
        if self.current is not None:
            merge(self.current, cand, detail_only=True)
        return True

    def _join(self, cand: Candidate) -> None:
        """The candidate merged into the compatible meeting told, else a meeting of its own;
        either is the meeting described from now on."""
        target = next((m for m in self.meetings if compatible(m, cand)), None)
        if target is None:
            if cand.repeated and not any(
                compatible(m, replace(cand, repeated=False, date=None)) for m in self.meetings
            ):  # 'summoned again' with the first summons untold: that one was held too
                self.meetings.append(replace(cand, date=None, repeated=False, also=[]))
            self.meetings.append(cand)
            self.current = cand
        else:
            further = _further_states(target, cand)
            merge(target, cand)
            _mark_mentioned(target, cand, further)
            self.current = target


def _host_joins(cand: Candidate) -> None:
    """A visit or a reception in a capital: the host is a party. Talks, meetings and summits
    held there name a venue ('Iran talks in Vienna', 'Kim and Trump met in Singapore'). The
    Soviet Union in Moscow is the host already, not Russia beside it."""
    if (
        cand.city and len(cand.parties) == 1 and cand.city_capital and cand.city_country
        and cand.hosted and not within({cand.city_country}, cand.parties)
    ):  # fmt: skip
        cand.parties.add(cand.city_country)


def _further_states(target: Candidate, cand: Candidate) -> set[str]:
    """'Costa and von der Leyen will meet Chinese President Xi Jinping, with whom they will
    discuss ... the Russian war in Ukraine' after a summit in Beijing: a line naming no place
    that names both sides of a meeting held somewhere and further states tells of something
    else (a topic, an earlier talk); the further states are no sides of it. A known limit: a
    state it names as a side ('met his French counterpart and the Russian envoy') goes too;
    telling the two apart changed no scored article (round 620 in docs/extraction-quality.md)."""
    if cand.city is None and target.city is not None and len(target.parties) >= 2:
        return cand.parties - target.parties
    return set()


def _mark_mentioned(target: Candidate, cand: Candidate, further: set[str]) -> None:
    """Marks the further states of a line merged into `target` (`_further_states`) on its
    evidence, for `parties.drop_mentioned` once the leaders are chosen (their candidate pairs
    stay as they were); a line naming a marked state as a side again clears its mark."""
    target.evidence = unmarked(target.evidence, MENTIONED_ONLY, cand.parties - further)
    if cand.evidence:
        target.evidence += [
            cand.evidence[0].model_copy(update={"rule": f"{MENTIONED_ONLY}{code}"})
            for code in sorted(further)
        ]
