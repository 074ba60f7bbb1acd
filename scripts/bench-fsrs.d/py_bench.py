"""Python side of scripts/bench-fsrs.

    py_bench.py generate FILE CARDS REVIEWS SEED   write histories {"cards": [[[unixSeconds, rating], ...]]}
    py_bench.py py-fsrs FILE MIN_SECONDS           replay them through py-fsrs (fuzz off), print the rate
    py_bench.py fsrs-rs FILE MIN_SECONDS           the same memory updates through fsrs-rs-python
"""
import json, math, random, sys, time
from datetime import datetime, timezone


def generate(path, cards, reviews, seed):
    rng = random.Random(seed)
    ratings = [1, 2, 3, 3, 3, 4]
    out = []
    for _ in range(cards):
        t = 1_767_225_600.0
        history = []
        for _ in range(reviews):
            history.append([t, rng.choice(ratings)])
            t += round(math.exp(rng.uniform(math.log(60), math.log(86400 * 180))))
        out.append(history)
    with open(path, "w") as f:
        json.dump({"cards": out}, f)


def load(path):
    with open(path) as f:
        return json.load(f)["cards"]


def timed(replay, histories, min_seconds):
    checksum = replay()  # warm-up
    passes, begin = 0, time.perf_counter()
    while True:
        checksum = replay()
        passes += 1
        elapsed = time.perf_counter() - begin
        if elapsed >= min_seconds:
            break
    count = sum(len(h) for h in histories)
    return count, passes, elapsed, count * passes / elapsed, checksum


def py_fsrs(path, min_seconds):
    from importlib.metadata import version
    from fsrs import Card, Rating, Scheduler
    histories = [[(datetime.fromtimestamp(t, tz=timezone.utc), Rating(r)) for t, r in h] for h in load(path)]
    scheduler = Scheduler(enable_fuzzing=False)

    def replay():
        total = 0.0
        for history in histories:
            card = Card(card_id=1, due=history[0][0])
            for when, rating in history:
                card, _ = scheduler.review_card(card, rating, when)
            total += card.stability
        return total

    count, passes, elapsed, rate, checksum = timed(replay, histories, min_seconds)
    print(f"py-fsrs {version('fsrs')}: {count} reviews x {passes} passes in {elapsed:.3f} s: "
          f"{rate:.0f} reviews/s (checksum {checksum:.9g})")


def fsrs_rs(path, min_seconds):
    from importlib.metadata import version
    from fsrs_rs_python import DEFAULT_PARAMETERS, FSRS
    model = FSRS(DEFAULT_PARAMETERS)
    histories = []
    for h in load(path):
        # whole days since the previous review, as FSRS counts them; the first review has none
        steps, last = [], None
        for t, r in h:
            steps.append((0 if last is None else max(0, int((t - last) // 86400)), r))
            last = t
        histories.append(steps)
    names = {1: "again", 2: "hard", 3: "good", 4: "easy"}

    def replay():
        total = 0.0
        for history in histories:
            memory = None
            for days, rating in history:
                memory = getattr(model.next_states(memory, 0.9, days), names[rating]).memory
            total += memory.stability
        return total

    count, passes, elapsed, rate, checksum = timed(replay, histories, min_seconds)
    print(f"fsrs-rs-python {version('fsrs-rs-python')} (next_states: memory only, f32, no steps): "
          f"{count} reviews x {passes} passes in {elapsed:.3f} s: {rate:.0f} reviews/s (checksum {checksum:.6g})")


if __name__ == "__main__":
    command, args = sys.argv[1], sys.argv[2:]
    if command == "generate":
        generate(args[0], int(args[1]), int(args[2]), int(args[3]))
    elif command == "py-fsrs":
        py_fsrs(args[0], float(args[1]))
    elif command == "fsrs-rs":
        fsrs_rs(args[0], float(args[1]))
    else:
        sys.exit(__doc__)
