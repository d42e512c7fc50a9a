"""Near-duplicate stories: time and peak memory to group 100,000 generated channel posts.

    .venv/bin/python bench/bench_neardup.py                  # 100,000 posts (target: under 60 s)
    .venv/bin/python bench/bench_neardup.py --posts 20000    # a quicker look

Posts are generated from a Zipf-distributed vocabulary of 20,000 invented words, 15 to 80 words
each. A third of them belong to planted stories of 2 to 8 near-copies on different channels,
each copy edited as channels edit: a few words changed, a "BREAKING:" in front, a subscription
footer, the last sentence cut. The rest are unrelated posts (their common words make incidental
3-gram overlaps, as real posts do).

Reported: grouping time (watchfloor.channels.group: shingling, MinHash, LSH, exact confirmation,
union), wall clock and the process's own CPU time (they differ on a shared machine), and its rate
in posts per second; the share of the CPU time spent only shingling the texts (the floor any
method pays); peak RSS of the process and its growth during grouping; and the quality
against the planted truth: pair precision and recall (pairs of posts put in one story), and the
recall among the planted pairs whose exact similarity reaches the threshold (what LSH may miss;
a heavily edited short copy falls below the threshold and is rightly left out).
"""

from __future__ import annotations

import argparse
import itertools
import json
import random
import resource
import time
from collections import defaultdict
from datetime import UTC, datetime, timedelta

from watchfloor.channels.stories import Post, _jaccard, group, shingles

FOOTERS = ["Subscribe to our channel for more news.", "Share with your brothers.", "Follow us, the truth is here."]


def generate(n: int, seed: int = 17) -> tuple[list[Post], dict[str, int]]:
    """n posts and, for each post in a planted story, the story's number."""
    rng = random.Random(seed)
    vocabulary = [_word(rng) for _ in range(20_000)]
    weights = [1 / (rank + 1) for rank in range(len(vocabulary))]
    start = datetime(2016, 1, 1, tzinfo=UTC)
    posts: list[Post] = []
    truth: dict[str, int] = {}
    story = 0
    while len(posts) < n:
        when = start + timedelta(minutes=rng.randrange(60 * 24 * 365))
        words = rng.choices(vocabulary, weights, k=rng.randint(15, 80))
        if rng.random() < 0.1:  # a story: 2-8 copies; about a third of all posts
            channels = rng.sample(range(400), rng.randint(2, 8))
            for copy, channel in enumerate(channels):
                if len(posts) >= n:
                    break
                key = f"s{story}-{copy}"
                truth[key] = story
                text = _edited(rng, words, vocabulary) if copy else " ".join(words)
                posts.append(Post(key, f"ch{channel}", None, when + timedelta(minutes=rng.randrange(2880)), text))
            story += 1
        else:
            posts.append(Post(f"p{len(posts)}", f"ch{rng.randrange(400)}", None, when, " ".join(words)))
    rng.shuffle(posts)
    return posts, truth


def _edited(rng: random.Random, words: list[str], vocabulary: list[str]) -> str:
    edited = list(words)
    for _ in range(rng.randint(0, 3)):
        edited[rng.randrange(len(edited))] = rng.choice(vocabulary)
    if rng.random() < 0.3 and len(edited) > 30:
        edited = edited[: len(edited) - rng.randint(3, 8)]  # the last sentence cut
    text = " ".join(edited)
    if rng.random() < 0.3:
        text = "BREAKING: " + text
    if rng.random() < 0.5:
        text += " " + rng.choice(FOOTERS)
    return text


def _word(rng: random.Random) -> str:
    return "".join(rng.choice("abcdefghijklmnoprstuvyz") for _ in range(rng.randint(3, 9)))


def _rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _pairs(groups: list[list[str]]) -> set[tuple[str, str]]:
    return {pair for members in groups for pair in itertools.combinations(sorted(members), 2)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--posts", type=int, default=100_000)
    parser.add_argument("--threshold", type=float, default=0.5)
    args = parser.parse_args()

    posts, truth = generate(args.posts)
    rss_before = _rss_mb()
    started = time.process_time()
    cache: dict[str, int] = {}
    for post in posts:
        shingles(post.text, cache=cache)
    shingling = time.process_time() - started

    started, cpu_started = time.perf_counter(), time.process_time()
    stories = group(posts, threshold=args.threshold, min_channels=1)
    seconds, cpu = time.perf_counter() - started, time.process_time() - cpu_started
    rss_after = _rss_mb()

    planted: dict[int, list[str]] = defaultdict(list)
    for key, number in truth.items():
        planted[number].append(key)
    expected = _pairs([members for members in planted.values() if len(members) > 1])
    found = _pairs([[p.key for p in story.posts] for story in stories])
    hits = len(expected & found)
    by_key = {post.key: post for post in posts}
    sets = {key: shingles(by_key[key].text, cache=cache) for pair in expected for key in pair}
    # planted pairs as similar as the threshold asks (an edit can take a short copy below it)
    similar = {(a, b) for a, b in expected
               if (sa := sets[a]) is not None and (sb := sets[b]) is not None and _jaccard(sa, sb) >= args.threshold}
    report = {
        "posts": len(posts),
        "planted_stories": sum(1 for members in planted.values() if len(members) > 1),
        "stories_found": len(stories),
        "seconds": round(seconds, 2),
        "cpu_seconds": round(cpu, 2),  # on a shared machine, what the process itself used
        "posts_per_second": round(len(posts) / seconds),
        "shingling_share": round(shingling / cpu, 2),
        "pair_precision": round(hits / len(found), 4) if found else None,
        "pair_recall": round(hits / len(expected), 4) if expected else None,
        "pair_recall_at_threshold": round(len(similar & found) / len(similar), 4) if similar else None,
        "peak_rss_mb": round(rss_after),
        "rss_growth_mb": round(rss_after - rss_before),
    }
    print(json.dumps(report, indent=1))


if __name__ == "__main__":
    main()
