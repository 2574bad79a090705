"""A deterministic generator of synthetic news coverage, for the archive benchmark.

Every event has invented participants, a place, a date and figures; several outlets report it,
each copying some wire paragraphs word for word, rewording others and adding its own. The same
seed always gives the same articles (``random.Random(seed)``, no clock, no system state).

    python bench/synth.py 100000 > articles.jsonl
"""

from __future__ import annotations

import json
import random
import sys
from collections.abc import Iterator
from datetime import date, timedelta

# 60 syllables, names of two or three: 219,600 names (60**2 + 60**3), so two events share a name now and then
# (as real coverage does) but rarely two (which the stories stage needs to compare them).
SYLLABLES = ("ka lo mi ra ten vu sor bel dan eri fal gor hin jas kev lun mor nad ost pel quin rus sil tam ula ven "
             "wes yor zan abi cor dro fen gal hus ith jor kal lem mar nor obi par rim sten tor ur vas wil xan yul "
             "zor ber cam dil esk fin gra hol pru").split()
VERBS = ["met", "visited", "criticised", "praised", "signed a deal with", "warned", "called on", "thanked"]
TOPICS = ["the water treaty", "a rail link", "fishing rights", "the harbour expansion", "grain exports",
          "a border crossing", "the power grid", "tariffs on steel", "the census", "a vaccine plant"]
FILLER = ["Officials said talks would continue next week.", "Analysts expect further meetings before the summer.",
          "The opposition said it would study the plan closely.", "Local residents gathered outside the venue.",
          "The ministry did not respond to a request for comment.", "Markets showed little reaction to the news."]


def _name(rng: random.Random) -> str:
    return "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 3))).capitalize()


def _event(rng: random.Random, day: date) -> dict[str, object]:
    return {
        "people": [f"{_name(rng)} {_name(rng)}" for _ in range(2)],
        "place": _name(rng) + "ville",
        "org": _name(rng) + "corp",
        "topic": rng.choice(TOPICS),
        "verb": rng.choice(VERBS),
        "figure": rng.randint(3, 900),
        "day": day,
    }


def _wire(e: dict[str, object], rng: random.Random) -> list[str]:
    a, b = e["people"]  # type: ignore[misc]
    return [
        f"{a} {e['verb']} {b} in {e['place']} on {e['day']:%A}, in talks on {e['topic']} that lasted {e['figure'] % 9 + 2} hours.",
        f"The {e['org']} said {e['figure']} delegates had taken part and that a second round was planned for {e['place']}.",
        f"\"We have made real progress on {e['topic']},\" {a} told reporters after the meeting in {e['place']}.",
        f"{b} said the {e['org']} would publish its findings within {e['figure'] % 20 + 5} days.",
        f"The meeting in {e['place']} was the first between {a} and {b} since the dispute over {e['topic']} began.",
    ]


def _reworded(e: dict[str, object]) -> str:
    a, b = e["people"]  # type: ignore[misc]
    return f"Talks in {e['place']} between {a} and {b} over {e['topic']} ran for {e['figure'] % 9 + 2} hours, according to the {e['org']}."


def articles(n: int, *, seed: int = 0, outlets: int = 40, per_event: tuple[int, int] = (2, 8)) -> Iterator[dict[str, object]]:
    """*n* articles as JSON Lines records (``outlet``, ``title``, ``published``, ``url``, ``text``)."""
    rng = random.Random(seed)
    names = [f"The {_name(rng)} {rng.choice(['Post', 'Herald', 'Times', 'Courier', 'Tribune', 'Gazette'])}" for _ in range(outlets)]
    start = date(2026, 3, 1)
    made = 0
    event_no = 0
    while made < n:
        event = _event(rng, start + timedelta(days=rng.randrange(30)))
        event_no += 1
        wire = _wire(event, rng)
        for outlet in rng.sample(names, min(len(names), rng.randint(*per_event))):
            if made >= n:
                break
            kept = [p for p in wire if rng.random() < 0.7] or wire[:1]
            body = [*kept]
            if rng.random() < 0.5:
                body.insert(1, _reworded(event))
            body.extend(rng.sample(FILLER, 2))
            published = event["day"] + timedelta(days=rng.randint(0, 1))  # type: ignore[operator]
            a, b = event["people"]  # type: ignore[misc]
            yield {
                "outlet": outlet,
                "title": f"{a} and {b} discuss {event['topic']} in {event['place']}",
                "published": published.isoformat(),
                "url": f"https://example.org/{outlet.split()[1].lower()}/{event_no}/{made}",
                "text": "\n\n".join(body),
            }
            made += 1


def main() -> None:
    """Print N synthetic articles as JSON Lines (N from the command line, default 1000)."""
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 1000
    seed = int(sys.argv[2]) if len(sys.argv) > 2 else 0
    for record in articles(n, seed=seed):
        sys.stdout.write(json.dumps(record, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
