"""fsrs-rs-python's fit of a review log in factdrill's export format, timed in-process (for
scripts/bench): the items are built as factdrill builds them (scripts/check-optimizer.d/check.py),
then compute_parameters runs RUNS times. Prints one JSON line: readSeconds, fitSeconds (median),
items."""
import json
import os
import statistics
import sys
import time

sys.path.insert(0, os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "check-optimizer.d"))
import check  # noqa: E402
from fsrs_rs_python import DEFAULT_PARAMETERS, FSRS  # noqa: E402

path, runs = sys.argv[1], int(sys.argv[2])
start = time.perf_counter()
items, card_ids, _ = check.load_items(path)
read = time.perf_counter() - start
fits = []
for _ in range(runs):
    start = time.perf_counter()
    FSRS(DEFAULT_PARAMETERS).compute_parameters(items, card_ids=card_ids)
    fits.append(time.perf_counter() - start)
print(json.dumps({"readSeconds": read, "fitSeconds": statistics.median(fits), "items": len(items)}))
