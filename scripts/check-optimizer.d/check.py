"""Compares factdrill's FSRS-6 optimizer (`factdrill optimize`) with fsrs-rs-python's
compute_parameters on the same review logs; driven by scripts/check-optimizer (see its usage)."""
import argparse
import csv
import json
import math
import os
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from statistics import median

from fsrs_rs_python import DEFAULT_PARAMETERS, FSRS, FSRSItem, FSRSReview, TrainingConfig

import simulate

DEFAULTS = list(DEFAULT_PARAMETERS)
# fsrs-rs's PARAMS_STDDEV (training.rs): the scale of each parameter.
PARAMS_STDDEV = [6.43, 9.66, 17.58, 27.85, 0.57, 0.28, 0.6, 0.12, 0.39, 0.18, 0.33,
                 0.3, 0.09, 0.16, 0.57, 0.25, 1.03, 0.31, 0.32, 0.14, 0.27]
LOG_LOSS_TOLERANCE = 0.01
RMSE_BINS_TOLERANCE = 0.05
# The batch orders both fits are run with: fsrs-rs's default seed first, then eight more.
SEEDS = [2023, 1, 2, 3, 4, 5, 6, 7, 8]
SEED = 20240101
SIMULATION_VERSION = 1  # bump when simulate.py changes, so --keep does not reuse stale CSVs
DAY_START_HOUR = 0
TZ_OFFSET_HOURS = 0


class Unusable(Exception):
    """factdrill is missing or failed: the check cannot run (exit 2)."""


def load_items(path, day_start=DAY_START_HOUR, offset=TZ_OFFSET_HOURS):
    """FSRS items from a review-export CSV, built the way factdrill builds them (the contract):
    rows grouped by card_id and sorted by review_time; a card whose first row's review_state is
    not 0 is skipped; day = floor((ms/1000 + (offset - day_start)*3600) / 86400); delta_t = day -
    previous review's day (0 for the first); one item per review i >= 1 with delta_t > 0 holding
    reviews[0..=i]; items ordered by the review_time of their last review, then card_id, then
    length. Returns (items, card_ids, stats)."""
    with open(path, newline="") as handle:
        reader = csv.DictReader(handle)
        if reader.fieldnames != simulate.HEADER:
            raise SystemExit(f"{path}: bad header {reader.fieldnames}, expected {simulate.HEADER}")
        by_card = defaultdict(list)
        rows = 0
        for row in reader:
            rows += 1
            by_card[int(row["card_id"])].append(
                (int(row["review_time"]), int(row["review_rating"]), int(row["review_state"])))
    keyed, skipped, long_term, recalled = [], 0, 0, 0
    for card_id, history in by_card.items():
        history.sort()
        if history[0][2] != 0:
            skipped += 1
            continue
        reviews, last_day = [], None
        for time_ms, rating, _ in history:
            day = (time_ms + round((offset - day_start) * 3_600_000)) // 86_400_000  # floor, exact
            delta_t = 0 if last_day is None else day - last_day
            reviews.append(FSRSReview(rating, delta_t))
            if delta_t > 0:
                keyed.append(((time_ms, card_id, len(reviews)), FSRSItem(list(reviews))))
                long_term += 1
                recalled += rating > 1
            last_day = day
    keyed.sort(key=lambda pair: pair[0])
    stats = {"rows": rows, "cards": len(by_card), "skipped": skipped,
             "recall": recalled / long_term if long_term else float("nan")}
    return [item for _, item in keyed], [key[1] for key, _ in keyed], stats


def evaluate(parameters, items):
    result = FSRS(list(parameters)).evaluate(items)
    return result.log_loss, result.rmse_bins


def distance(parameters, truth, indices=range(21)):
    """RMSE over the parameters (all 21 by default), each difference in units of fsrs-rs's PARAMS_STDDEV."""
    indices = list(indices)
    return math.sqrt(sum(((parameters[i] - truth[i]) / PARAMS_STDDEV[i]) ** 2 for i in indices) / len(indices))


def run_factdrill(binary, path, seed=None):
    if not (os.path.isfile(binary) and os.access(binary, os.X_OK)):
        raise Unusable(f"no factdrill executable at {binary}")
    command = [binary, "optimize", "--from", path, "--dry-run", "--json", "--day-start", str(DAY_START_HOUR)]
    if seed is not None:
        command += ["--seed", str(seed)]
    start = time.perf_counter()
    process = subprocess.run(command, capture_output=True, text=True, env={**os.environ, "TZ": "UTC"})
    elapsed = time.perf_counter() - start
    if process.returncode != 0:
        raise Unusable(f"`TZ=UTC {' '.join(command)}` exited {process.returncode}:\n"
                       f"{process.stderr.strip() or process.stdout.strip()}")
    try:
        result = json.loads(process.stdout)
        parameters = [float(x) for x in result["parameters"]]
    except (ValueError, KeyError, TypeError) as error:
        raise Unusable(f"`factdrill optimize` printed no usable JSON ({error}):\n{process.stdout[:2000]}")
    if len(parameters) != 21 or not all(math.isfinite(x) for x in parameters):
        raise Unusable(f"`factdrill optimize` returned {len(parameters)} parameters, expected 21 finite: {parameters}")
    return result, parameters, elapsed


def fmt(x, digits=4):
    return "-" if x is None or (isinstance(x, float) and math.isnan(x)) else f"{x:.{digits}f}"


def run_case(name, path, truth, factdrill_bin):
    print(f"\n=== {name}: {path}")
    items, card_ids, stats = load_items(path)
    print(f"reviews {stats['rows']}, cards {stats['cards']} ({stats['skipped']} without their first review skipped), "
          f"items {len(items)}; {stats['rows'] / max(stats['cards'], 1):.1f} reviews per card, "
          f"recall rate of long-term reviews {stats['recall']:.3f}")
    if len(items) < 64:
        print(f"FAIL {name}: only {len(items)} items, too few to fit")
        return False

    fd_result, fd_params, fd_time = run_factdrill(factdrill_bin, path)

    start = time.perf_counter()
    rs_params = list(FSRS(DEFAULTS).compute_parameters(items, card_ids=card_ids))
    rs_time = time.perf_counter() - start

    # For information only (not judged): fsrs-rs without card ids batches items instead of whole cards.
    rs_plain = list(FSRS(DEFAULTS).compute_parameters(items))

    columns = [("truth", truth)] if truth else []
    columns += [("fsrs-rs", rs_params), ("factdrill", fd_params), ("defaults", DEFAULTS), ("rs-no-ids", rs_plain)]
    print("\n      " + "".join(f"{label:>11}" for label, _ in columns))
    for i in range(21):
        print(f"  w{i:<3}" + "".join(f"{fmt(values[i]):>11}" for _, values in columns))
    if truth:
        print("  distance from truth, RMSE of (fit - truth) / PARAMS_STDDEV:")
        for label, values in columns[1:]:
            print(f"    {label:<10} all 21: {distance(values, truth):.4f}   w0-w3: {distance(values, truth, range(4)):.4f}"
                  f"   w4-w20: {distance(values, truth, range(4, 21)):.4f}")

    scores = {}
    for label, values in columns:
        try:
            scores[label] = evaluate(values, items)
        except Exception as error:  # e.g. parameters fsrs-rs rejects
            scores[label] = (float("nan"), float("nan"))
            print(f"  fsrs-rs cannot evaluate the {label} parameters: {error}")
    before = fd_result.get("before") or {}
    print("  (rs-no-ids: fsrs-rs fitted without card_ids, for information only; the verdict compares with 'fsrs-rs')")
    print(f"\n  {'scored by fsrs-rs evaluate':<28}{'log loss':>10}{'RMSE(bins)':>12}")
    for label, _ in columns:
        print(f"  {label:<28}{fmt(scores[label][0]):>10}{fmt(scores[label][1]):>12}")
    print(f"  {'factdrill, own figures':<28}{fmt(fd_result.get('logLoss')):>10}{fmt(fd_result.get('rmseBins')):>12}")
    print(f"  {'defaults, factdrill figures':<28}{fmt(before.get('logLoss')):>10}{fmt(before.get('rmseBins')):>12}")
    if fd_result.get("items") is not None and fd_result.get("items") != len(items):
        print(f"  note: factdrill reports {fd_result.get('items')} items, this script built {len(items)}")
    if fd_result.get("reviews") is not None and fd_result.get("reviews") != stats["rows"]:
        print(f"  note: factdrill reports {fd_result.get('reviews')} reviews, the log has {stats['rows']} rows")
    print(f"  fit time: fsrs-rs compute_parameters {rs_time:.2f} s, factdrill {fd_time:.2f} s (whole command)")

    (ll_rs, rmse_rs), (ll_fd, rmse_fd) = scores["fsrs-rs"], scores["factdrill"]
    print(f"  default seed only (2023 in both; their generators differ, so the batch orders do): log loss "
          f"{ll_fd:.4f} vs {ll_rs:.4f} ({(ll_fd - ll_rs) / ll_rs:+.2%}), RMSE(bins) {rmse_fd:.4f} vs {rmse_rs:.4f} "
          f"({(rmse_fd - rmse_rs) / rmse_rs:+.2%})")

    # One fit is one draw: the batch order (the seed) moves RMSE(bins) by up to a third on the
    # same log, in fsrs-rs as in factdrill. The verdict compares the medians over the same seeds.
    rs_runs, fd_runs = [], []
    for seed in SEEDS:
        if seed == SEEDS[0]:
            rs_runs.append((seed, scores["fsrs-rs"], rs_params))
            fd_runs.append((seed, scores["factdrill"], fd_params))
            continue
        params = list(FSRS(DEFAULTS).compute_parameters(
            items, card_ids=card_ids, training_config=TrainingConfig(seed=seed)))
        rs_runs.append((seed, evaluate(params, items), params))
        _, fd_seed_params, _ = run_factdrill(factdrill_bin, path, seed)
        fd_runs.append((seed, evaluate(fd_seed_params, items), fd_seed_params))
    print(f"\n  by seed (scored by fsrs-rs evaluate)    fsrs-rs ll   RMSE      factdrill ll   RMSE")
    for (seed, (lr, rr), _), (_, (lf, rf), _) in zip(rs_runs, fd_runs):
        print(f"  seed {seed:<34}{lr:>10.4f}{rr:>8.4f}{lf:>15.4f}{rf:>8.4f}")
    ll_rs, rmse_rs = median(r[1][0] for r in rs_runs), median(r[1][1] for r in rs_runs)
    ll_fd, rmse_fd = median(r[1][0] for r in fd_runs), median(r[1][1] for r in fd_runs)
    print(f"  {'median':<39}{ll_rs:>10.4f}{rmse_rs:>8.4f}{ll_fd:>15.4f}{rmse_fd:>8.4f}")
    if truth:
        d_rs = median(distance(r[2], truth) for r in rs_runs)
        d_fd = median(distance(r[2], truth) for r in fd_runs)
        print(f"  median distance from truth: fsrs-rs {d_rs:.4f}, factdrill {d_fd:.4f} (defaults {distance(DEFAULTS, truth):.4f})")
    ll_ok = ll_fd <= ll_rs * (1 + LOG_LOSS_TOLERANCE)
    rmse_ok = rmse_fd <= rmse_rs * (1 + RMSE_BINS_TOLERANCE)
    ok = ll_ok and rmse_ok
    print(f"{'PASS' if ok else 'FAIL'} {name}, medians over seeds {', '.join(map(str, SEEDS))}: "
          f"log loss {ll_fd:.4f} vs fsrs-rs {ll_rs:.4f} "
          f"({(ll_fd - ll_rs) / ll_rs:+.2%}, limit +{LOG_LOSS_TOLERANCE:.0%}{'' if ll_ok else ' EXCEEDED'}); "
          f"RMSE(bins) {rmse_fd:.4f} vs {rmse_rs:.4f} "
          f"({(rmse_fd - rmse_rs) / rmse_rs:+.2%}, limit +{RMSE_BINS_TOLERANCE:.0%}{'' if rmse_ok else ' EXCEEDED'})")
    return ok


def usable_csv(path):
    try:
        with open(path, newline="") as handle:
            return next(csv.reader(handle), None) == simulate.HEADER and handle.readline() != ""
    except OSError:
        return False


def synthetic_csv(directory, cards):
    path = os.path.join(directory, f"synthetic-{cards}-seed{SEED}-v{SIMULATION_VERSION}.csv")
    if usable_csv(path):
        print(f"reusing {path}")
        return path
    rows, stats = simulate.simulate(cards, SEED + cards, DEFAULTS)
    simulate.write_csv(path, rows)
    print(f"simulated {cards} cards over {simulate.DAYS} days: {len(rows)} reviews "
          f"({stats['long_term']} long-term, recall {stats['recalled'] / stats['long_term']:.3f}; "
          f"{stats['same_day']} same-day) -> {path}")
    return path


def study_csv(directory, bench_bin):
    """Case (b): a review log exported from a factdrill database after simulated study, or None."""
    path = os.path.join(directory, "factdrill-study-2000-180d-seed7.csv")
    if os.path.exists(path):  # always regenerated: it is factdrill's own output, which may have changed
        os.remove(path)
    if not (os.path.isfile(bench_bin) and os.access(bench_bin, os.X_OK)):
        return None, f"no factdrill-bench executable at {bench_bin}"
    command = [bench_bin, "simulate-study", "--out", path, "--cards", "2000", "--days", "180", "--seed", "7"]
    process = subprocess.run(command, capture_output=True, text=True, env={**os.environ, "TZ": "UTC"})
    if process.returncode != 0:
        if os.path.exists(path):
            os.remove(path)
        detail = (process.stderr.strip() or process.stdout.strip()).splitlines()
        return None, f"`{' '.join(command)}` exited {process.returncode}: {' / '.join(detail[-3:])}"
    if not usable_csv(path):
        return None, f"`{' '.join(command)}` wrote no usable review log at {path}"
    return path, None


def main():
    parser = argparse.ArgumentParser(prog="check-optimizer")
    parser.add_argument("--quick", action="store_true", help="only the 2,000-card synthetic case (and case b)")
    parser.add_argument("--keep", metavar="DIR", help="write the CSVs to DIR; later runs reuse the synthetic ones (case b is regenerated)")
    parser.add_argument("--cards", type=int, action="append", default=[], metavar="N", help="add an N-card synthetic case")
    parser.add_argument("--factdrill", required=True)
    parser.add_argument("--bench", required=True)
    args = parser.parse_args()

    sizes = [2000] if args.quick else [2000, 20000]
    sizes += [n for n in args.cards if n > 0 and n not in sizes]
    if args.keep:
        os.makedirs(args.keep, exist_ok=True)
        directory, scratch = args.keep, None
    else:
        scratch = tempfile.TemporaryDirectory(prefix="check-optimizer-")
        directory = scratch.name
    print("truth: " + ", ".join(f"{x:g}" for x in simulate.TRUTH))

    cases = [(f"(a) synthetic, {n} cards", synthetic_csv(directory, n), simulate.TRUTH) for n in sizes]
    path, why = study_csv(directory, args.bench)
    if path:
        cases.append(("(b) factdrill simulated study", path, None))
    results = []
    try:
        for name, path, truth in cases:
            results.append((name, run_case(name, path, truth, args.factdrill)))
    except Unusable as error:
        print(f"\ncheck-optimizer: cannot run factdrill's optimizer: {error}", file=sys.stderr)
        return 2
    finally:
        if scratch:
            scratch.cleanup()

    print("\nsummary:")
    for name, ok in results:
        print(f"  {'PASS' if ok else 'FAIL'}  {name}")
    if why:
        print(f"  SKIP  (b) factdrill simulated study: {why}")
    return 0 if results and all(ok for _, ok in results) else 1


if __name__ == "__main__":
    sys.exit(main())
