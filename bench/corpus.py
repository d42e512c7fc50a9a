"""A generated English news corpus for benchmarks: template sentences filled from small lists,
written for watchfloor (no third-party text)."""

from __future__ import annotations

import random
from datetime import date, timedelta

AGENTS = ["Police", "Turkish gendarmes", "Security forces", "Border guards", "Counter-terrorism police",
          "The Interior Ministry", "Officers"]
NATIONALITIES = ["Russians", "Tajiks", "Uzbeks", "Germans", "Belgians", "Syrians", "Moroccans", "Chinese nationals",
                 "Kosovars", "Azerbaijanis", "Dutch citizens", "Tunisians"]
PLACES = ["Kilis", "Gaziantep province", "Hatay", "Sanliurfa province", "the border district of Akcakale",
          "Reyhanli", "Istanbul", "Oguzeli"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
NUMBERS = ["two", "three", "four", "five", "seven", "nine", "11", "12", "15", "a group of 16", "23"]
TEMPLATES = [
    "{agent} detained {n} {nat} in {place} on {day} as they tried to cross into Syria, officials said.",
    "{n2} {nat2} were arrested on {day}, and {n3} more were held the next day, the governor's office said.",
    "The suspects will be deported after medical checks, according to the state news agency.",
    "A court sentenced {n} {nat} to prison terms of up to six years for joining the Islamic State group.",
    "Turkey has banned {n} {nat} from entering the country, a senior official said on {day}.",
    "Two soldiers were killed and three wounded when militants attacked a border post near {place} on {day}.",
    "A messaging service said it had blocked {n} channels linked to extremist groups this week.",
    "Officials denied reports that {n} {nat} had been detained in {place}.",
    "Since 2014, about 1,500 people have been deported, the ministry said.",
    "Thousands of people marched peacefully through the city centre on {day}.",
]


def generate(count: int, seed: int = 7) -> list[tuple[str, date]]:
    """`count` documents of 6-10 sentences each, with a publication date."""
    rng = random.Random(seed)
    docs = []
    start = date(2015, 1, 5)
    for _ in range(count):
        sentences = []
        for _ in range(rng.randint(6, 10)):
            template = rng.choice(TEMPLATES)
            sentences.append(
                template.format(
                    agent=rng.choice(AGENTS), n=rng.choice(NUMBERS), nat=rng.choice(NATIONALITIES),
                    n2=rng.choice(NUMBERS).capitalize(), nat2=rng.choice(NATIONALITIES), n3=rng.choice(NUMBERS),
                    place=rng.choice(PLACES), day=rng.choice(WEEKDAYS),
                )
            )
        paragraphs = [" ".join(sentences[i : i + 2]) for i in range(0, len(sentences), 2)]
        docs.append(("\n\n".join(paragraphs), start + timedelta(days=rng.randint(0, 700))))
    return docs
