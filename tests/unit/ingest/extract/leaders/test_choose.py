"""How scored pairs become leaders (`model.choose`), and how the trainer's cross-validation
picks its thresholds from pairs scored out of fold (`train_leaders.cross_validated`)."""

from __future__ import annotations

from ingest.extract.leaders.model import Candidate, choose
from ingest.extract.train_leaders import cross_validated
from ingest.models import Person


def _pair(name: str, country: str, score: float, *, party: bool = False) -> Candidate:
    person = Person(id=f"person:{name.lower()}", name=name)
    features = {"main_party": 1.0} if party else {}
    return Candidate(person, country, features, score)


def test_one_leader_per_state_and_one_side_per_person_best_first() -> None:
    cands = [
        _pair("Blinken", "US", 0.9, party=True),
        _pair("Bruce", "US", 0.8, party=True),  # the state already has its leader
        _pair("Blinken", "GB", 0.7),  # the person already leads a side
        _pair("Lavrov", "RU", 0.6, party=True),
    ]
    chosen = choose(cands, set(), threshold=0.5, party_threshold=0.5)
    assert [(c.person.name, c.country) for c in chosen] == [("Blinken", "US"), ("Lavrov", "RU")]


def test_a_party_to_the_main_meeting_needs_less_evidence_and_a_taken_state_none() -> None:
    cands = [
        _pair("Schoof", "NL", 0.4, party=True),
        _pair("Kallas", "EE", 0.4),  # no party: the higher threshold
        _pair("Rutte", "BE", 0.9, party=True),  # its state is led by a rule already
    ]
    chosen = choose(cands, {"BE"}, threshold=0.6, party_threshold=0.3)
    assert [c.person.name for c in chosen] == ["Schoof"]


def _labelled(name: str, country: str, *, leads: bool, named: float) -> Candidate:
    cand = _pair(name, country, 0.0, party=True)
    cand.features.update(named=named, _y=float(leads), _n=0.0)
    return cand


def test_cross_validation_scores_each_fold_with_a_model_fitted_without_it() -> None:
    # A feature that tells leaders apart in every fold: out-of-fold scores still separate them,
    # so the thresholds found keep every leader and no one else.
    articles: list[tuple[list[Candidate], set[str], int]] = [
        ([_labelled(f"Lead{i}", "US", leads=True, named=1.0),
          _labelled(f"Aide{i}", "RU", leads=False, named=0.0)], set(), 1)
        for i in range(10)
    ]  # fmt: skip
    best = cross_validated(articles, [i % 5 for i in range(10)])
    assert (best.precision, best.recall, best.non_leaders) == (1.0, 1.0, 0)
    assert all(c.score > 0.5 for cands, _, _ in articles for c in cands if c.features["_y"])
