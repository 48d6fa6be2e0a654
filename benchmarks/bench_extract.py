"""Extraction throughput on one core: synthetic ~400-word articles in nl, en, de and fr.

Run: python benchmarks/bench_extract.py [--articles N]. Prints articles/s and words/s.
"""

from __future__ import annotations

import argparse
import random
import time

from ingest.pipeline import extract_article

LEADS = {
    "en": "The {adj} delegation was led by Deputy Foreign Minister {name}. "
    "Talks between {a} and {b} began in {city} on Tuesday. "
    "Spokesperson {other} said the talks were useful.",
    "nl": "De {adj} delegatie wordt geleid door minister {name}. De gesprekken tussen {a} en {b} "
    "begonnen dinsdag in {city}. Woordvoerder {other} zei dat de gesprekken nuttig waren.",
    "de": "Die {adj} Delegation wird angeführt von Staatssekretär {name}. Die Gespräche zwischen "
    "{a} und {b} begannen am Dienstag in {city}. Sprecher {other} sagte, sie seien nützlich.",
    "fr": "La délégation {adj}, conduite par le ministre {name}, est arrivée. "
    "Les pourparlers entre {a} et {b} ont commencé mardi à {city}. "
    "La porte-parole {other} a déclaré qu'ils avancent.",
}
FILL = {
    "en": ("Russian", "Russia", "the United States", "Geneva"),
    "nl": ("Russische", "Rusland", "de VS", "Genève"),
    "de": ("russische", "Russland", "die USA", "Genf"),
    "fr": ("russe", "la Russie", "les États-Unis", "Genève"),
}
FILLER = "Officials discussed trade, visas and the work of embassies in both capitals at length. "


def make_corpus(count: int, *, seed: int = 7) -> list[tuple[str, str]]:
    rng = random.Random(seed)
    langs = list(LEADS)
    corpus = []
    for i in range(count):
        lang = langs[i % len(langs)]
        adj, a, b, city = FILL[lang]
        lead = LEADS[lang].format(
            adj=adj, a=a, b=b, city=city, name=f"Ivan Petrov{rng.randint(1, 99)}", other="Anna Berg"
        )
        body = (lead + " ") * 3 + FILLER * 28
        corpus.append((lang, body))
    return corpus


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--articles", type=int, default=1000)
    args = parser.parse_args()
    corpus = make_corpus(args.articles)
    words = sum(len(text.split()) for _, text in corpus)
    extract_article(corpus[0][1], language=corpus[0][0])  # load lexicons outside the timing
    started = time.perf_counter()
    for lang, text in corpus:
        extract_article(text, language=lang, published="2024-05-07")
    elapsed = time.perf_counter() - started
    print(f"{len(corpus)} articles, {words} words ({words / len(corpus):.0f} per article)")
    print(f"{len(corpus) / elapsed:.1f} articles/s, {words / elapsed:.0f} words/s on one core")


if __name__ == "__main__":
    main()
