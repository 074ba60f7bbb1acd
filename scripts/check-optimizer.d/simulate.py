"""Synthetic FSRS-6 review histories for scripts/check-optimizer.

Memory follows the FSRS-6 equations (as fsrs-rs's model.rs `step` does) with a fixed, known,
non-default parameter vector TRUTH; the learner is scheduled by a separate FSRS-6 state kept with
the default parameters at desired retention 0.9. The log is written in factdrill's review-export
format (card_id,review_time,review_rating,review_state,review_duration; epoch milliseconds, UTC).
Deterministic for a given (cards, seed).
"""
import csv
import math
import random

# Known "truth": clearly different from fsrs-rs's defaults, inside its clamp bounds.
TRUTH = [
    0.4, 1.8, 4.0, 12.0,  # w0..w3 initial stability per first rating
    6.8, 0.6,             # w4, w5 initial difficulty
    2.2, 0.02,            # w6 difficulty delta, w7 mean reversion
    1.6, 0.2, 1.0,        # w8..w10 stability after success
    1.8, 0.08, 0.3, 1.4,  # w11..w14 stability after failure
    0.5, 2.2,             # w15 hard penalty, w16 easy bonus
    0.4, 0.2, 0.1,        # w17..w19 same-day (short-term) stability
    0.25,                 # w20 forgetting-curve decay
]

S_MIN, S_MAX = 0.001, 36500.0
D_MIN, D_MAX = 1.0, 10.0
DESIRED_RETENTION = 0.9
DAYS = 365
INTRO_DAYS = DAYS // 2          # cards are introduced during the first half of the period
FIRST_RATING = ((1, 0.20), (2, 0.15), (3, 0.55), (4, 0.10))
SUCCESS_RATING = ((2, 0.15), (3, 0.75), (4, 0.10))
BASE_MS = 1704067200000         # 2024-01-01T00:00:00Z
DAY_MS = 86400000
HEADER = ["card_id", "review_time", "review_rating", "review_state", "review_duration"]
# review_state values
NEW, LEARNING, REVIEW, RELEARNING = 0, 1, 2, 3


def clamp(x, lo, hi):
    return min(max(x, lo), hi)


def factor(w):
    return 0.9 ** (1.0 / -w[20]) - 1.0


def retrievability(w, t, s):
    return (1.0 + factor(w) * t / s) ** -w[20]


def init_d(w, rating):
    return w[4] - math.exp(w[5] * (rating - 1)) + 1.0


def next_d(w, d, rating):
    d1 = d + (10.0 - d) * (-w[6] * (rating - 3)) / 9.0
    return clamp(w[7] * (init_d(w, 4) - d1) + d1, D_MIN, D_MAX)


def step(w, state, delta_t, rating):
    """One FSRS-6 step; state is None before the first review, else (stability, difficulty)."""
    if state is None:
        return clamp(w[rating - 1], S_MIN, S_MAX), clamp(init_d(w, rating), D_MIN, D_MAX)
    s, d = state
    r = retrievability(w, delta_t, s)
    if delta_t == 0:
        sinc = math.exp(w[17] * (rating - 3 + w[18])) * s ** -w[19]
        new_s = s * (max(sinc, 1.0) if rating >= 2 else sinc)
    elif rating == 1:
        new_s = min(w[11] * d ** -w[12] * ((s + 1.0) ** w[13] - 1.0) * math.exp((1.0 - r) * w[14]),
                    s / math.exp(w[17] * w[18]))
    else:
        hard = w[15] if rating == 2 else 1.0
        easy = w[16] if rating == 4 else 1.0
        new_s = s * (1.0 + math.exp(w[8]) * (11.0 - d) * s ** -w[9]
                     * (math.exp((1.0 - r) * w[10]) - 1.0) * hard * easy)
    return clamp(new_s, S_MIN, S_MAX), next_d(w, d, rating)


def interval(w, s, desired_retention=DESIRED_RETENTION):
    t = s / factor(w) * (desired_retention ** (1.0 / -w[20]) - 1.0)
    return max(1, int(round(min(t, S_MAX))))


def pick(rng, table):
    x, acc = rng.random(), 0.0
    for value, p in table:
        acc += p
        if x < acc:
            return value
    return table[-1][0]


def simulate(cards, seed, scheduler_parameters, truth=TRUTH, days=DAYS):
    """Returns (rows, stats); rows are [card_id, time_ms, rating, state, duration] per card in time order."""
    rng = random.Random(seed)
    rows = []
    stats = {"long_term": 0, "recalled": 0, "same_day": 0}
    for index in range(cards):
        card_id = index + 1
        day = rng.randrange(INTRO_DAYS)
        true_state = sched_state = None
        last_day = None
        rating = pick(rng, FIRST_RATING)
        review_state = NEW
        while True:
            delta_t = 0 if last_day is None else day - last_day
            if last_day is not None:
                stats["long_term"] += 1
                recalled = rng.random() < retrievability(truth, delta_t, true_state[0])
                stats["recalled"] += recalled
                rating = pick(rng, SUCCESS_RATING) if recalled else 1
            time_ms = BASE_MS + day * DAY_MS + (8 * 3600 + rng.randrange(10 * 3600)) * 1000 + rng.randrange(1000)
            rows.append([card_id, time_ms, rating, review_state, 5000])
            true_state = step(truth, true_state, delta_t, rating)
            sched_state = step(scheduler_parameters, sched_state, delta_t, rating)
            if rating <= (2 if review_state == NEW else 1):
                # Same-day re-review a few minutes later: just seen, so recalled (R = 1): Good.
                time_ms += rng.randrange(120, 900) * 1000
                rows.append([card_id, time_ms, 3, LEARNING if review_state == NEW else RELEARNING, 5000])
                stats["same_day"] += 1
                true_state = step(truth, true_state, 0, 3)
                sched_state = step(scheduler_parameters, sched_state, 0, 3)
            last_day = day
            day += interval(scheduler_parameters, sched_state[0])
            if day >= days:
                break
            review_state = REVIEW
    return rows, stats


def write_csv(path, rows):
    with open(path, "w", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(HEADER)
        writer.writerows(rows)
