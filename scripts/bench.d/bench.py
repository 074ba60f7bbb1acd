"""Driver of scripts/bench: makes the data, runs every measurement several times and prints one
table of medians (wall time, CPU time, peak memory), with the reference tools beside factdrill.

    bench.py --bin DIR --python VENV_PYTHON --work DIR [--quick] [--runs N]

Every child's CPU time and max RSS come from wait4() (its own rusage), wall times from
time.perf_counter(). "first card" is the moment the line with the first card's header `[1/`
arrives on the pipe from factdrill's standard output. "answer to next card" is timed inside the
REPL's study session by `factdrill-bench answer` (see Sources/factdrill-bench/AnswerBench.swift),
on a fresh copy of the study database per run.
"""
import argparse
import csv
import json
import os
import random
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
PY_BENCH = os.path.join(ROOT, "scripts", "bench-fsrs.d", "py_bench.py")
NOW = "2026-01-10T10:00:00Z"  # SyntheticDatabase.Plan.now: the history ends at this day's start


class Run:
    """One child process: wall seconds, seconds to the marker line, CPU seconds, max RSS (MB), stdout."""

    def __init__(self, wall, first, cpu, rss_mb, out):
        self.wall, self.first, self.cpu, self.rss_mb, self.out = wall, first, cpu, rss_mb, out


def run(cmd, stdin=b"", marker=None, env=None, check=True):
    environment = dict(os.environ, FACTDRILL_NOW=NOW, TZ="UTC", FACTDRILL_SEED="1", NO_COLOR="1")
    environment.update(env or {})
    with tempfile.TemporaryFile() as err:
        begin = time.perf_counter()
        child = subprocess.Popen(cmd, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=err, env=environment)
        child.stdin.write(stdin)
        child.stdin.close()
        first, lines = None, []
        for line in child.stdout:
            if first is None and marker is not None and marker in line:
                first = time.perf_counter() - begin
            lines.append(line)
        _, status, usage = os.wait4(child.pid, 0)
        wall = time.perf_counter() - begin
        child.returncode = os.waitstatus_to_exitcode(status)
        out = b"".join(lines).decode("utf-8", "replace")
        if check and child.returncode != 0:
            err.seek(0)
            sys.exit(f"bench: {' '.join(cmd)} failed ({child.returncode}):\n{err.read().decode('utf-8', 'replace')}\n{out[-2000:]}")
        if marker is not None and first is None:
            sys.exit(f"bench: {' '.join(cmd)}: no line with {marker!r} in its output:\n{out[-2000:]}")
    return Run(wall, first, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024, out)


def median(values):
    return statistics.median(values) if values else float("nan")


def fmt_time(seconds):
    if seconds != seconds:
        return "-"
    return f"{seconds * 1000:.0f} ms" if seconds < 2 else f"{seconds:.2f} s"


def fmt_ms(milliseconds):
    return f"{milliseconds:.2f} ms"


def fmt_rate(rate):
    return f"{rate / 1e6:.2f} M/s" if rate >= 1e6 else f"{rate / 1e3:.1f} k/s"


class Table:
    def __init__(self):
        self.rows = []

    def add(self, name, value, cpu, rss, runs, target="", note=""):
        self.rows.append([name, value, cpu, rss, str(runs), target, note])
        print(f"  {name}: {value} (cpu {cpu}, max RSS {rss}) {target} {note}".rstrip(), flush=True)

    def render(self):
        header = ["benchmark", "median", "CPU", "max RSS", "runs", "target", "result"]
        lines = ["| " + " | ".join(header) + " |", "|" + "|".join(["---"] * len(header)) + "|"]
        for row in self.rows:
            lines.append("| " + " | ".join(row) + " |")
        return "\n".join(lines)


def verdict(ok):
    return "ok" if ok else "MISSED"


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--bin", required=True)
    parser.add_argument("--python", required=True)
    parser.add_argument("--work", required=True)
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--runs", type=int, default=0)
    parser.add_argument("--only", default="", help="comma-separated: study,stats,fsrs,import,generate,draft,optimize,matcher")
    args = parser.parse_args()
    quick = args.quick
    runs = args.runs or (1 if quick else 5)
    slow_runs = args.runs or (1 if quick else 3)
    # Imports vary by a few percent from run to run on a shared machine: five runs of each side.
    import_runs = args.runs or (1 if quick else 5)
    only = set(filter(None, args.only.split(",")))
    factdrill = os.path.join(args.bin, "factdrill")
    bench = os.path.join(args.bin, "factdrill-bench")
    work = args.work
    os.makedirs(work, exist_ok=True)

    size = dict(cards=5_000, decks=5, reviews=50_000, csv=5_000, facts=1_000, fsrs_cards=200,
                matcher=2_000, answers=200) if quick else dict(cards=100_000, decks=50, reviews=1_000_000, csv=100_000,
                                                               facts=10_000, fsrs_cards=2_000, matcher=20_000,
                                                               answers=1_000)
    table = Table()

    def wanted(name):
        return not only or name in only

    # The study database: fixed seed, made once per work folder and size.
    db = os.path.join(work, f"study-{size['cards']}-{size['reviews']}.sqlite")
    if (wanted("study") or wanted("stats")) and not os.path.exists(db):
        made = run([bench, "store", "--make", db, "--cards", str(size["cards"]), "--decks", str(size["decks"]),
                    "--reviews", str(size["reviews"]), "--seed", "1"])
        print(made.out.strip(), flush=True)

    if wanted("study"):
        print(f"first card: {size['cards']:,} cards, {size['reviews']:,} reviews", flush=True)
        # factdrill study: straight into a session; :quit at the answer prompt leaves.
        runs_study = [run([factdrill, "study", "--db", db], stdin=b":quit\n", marker=b"[1/") for _ in range(runs)]
        first = median([r.first for r in runs_study])
        rss = max(r.rss_mb for r in runs_study)
        table.add("first card, `factdrill study` (to `[1/` on stdout)", fmt_time(first),
                  fmt_time(median([r.cpu for r in runs_study])) + " (whole process)", f"{rss:.0f} MB", runs,
                  "< 30 ms, < 100 MB", verdict(first < 0.03 and rss < 100))
        table.add("  whole process (`study`, `:quit`)", fmt_time(median([r.wall for r in runs_study])),
                  fmt_time(median([r.cpu for r in runs_study])), f"{rss:.0f} MB", runs)
        # The REPL: greeting, `study`, first card, `:quit`, then end of input.
        runs_repl = [run([factdrill, "--db", db], stdin=b"study\n:quit\n", marker=b"[1/") for _ in range(runs)]
        first = median([r.first for r in runs_repl])
        rss = max(r.rss_mb for r in runs_repl)
        table.add("first card, REPL (`factdrill`, `study`)", fmt_time(first),
                  fmt_time(median([r.cpu for r in runs_repl])) + " (whole process)", f"{rss:.0f} MB", runs,
                  "< 40 ms, < 100 MB", verdict(first < 0.04 and rss < 100))
        table.add("  whole process (REPL)", fmt_time(median([r.wall for r in runs_repl])),
                  fmt_time(median([r.cpu for r in runs_repl])), f"{rss:.0f} MB", runs)
        answer_step(bench, db, work, size, runs, table)

    if wanted("stats"):
        runs_stats = [run([factdrill, "stats", "--db", db]) for _ in range(runs)]
        wall = median([r.wall for r in runs_stats])
        rss = max(r.rss_mb for r in runs_stats)
        table.add(f"`factdrill stats` ({size['cards'] // 1000}k cards, {size['reviews'] // 1000}k reviews)",
                  fmt_time(wall), fmt_time(median([r.cpu for r in runs_stats])), f"{rss:.0f} MB", runs,
                  "< 300 ms, < 100 MB", verdict(wall < 0.3 and rss < 100))

    def installed(module):
        return subprocess.run([args.python, "-c", f"import {module}"], capture_output=True).returncode == 0

    if wanted("fsrs") and not installed("fsrs"):
        print("py-fsrs is not installed: the FSRS rows are left out", flush=True)
    elif wanted("fsrs"):
        histories = os.path.join(work, f"histories-{size['fsrs_cards']}.json")
        if not os.path.exists(histories):
            run([args.python, PY_BENCH, "generate", histories, str(size["fsrs_cards"]), "25", "20251129"])
        seconds = "0.5" if quick else "2"

        def rate(line):
            return float(re.search(r": ([0-9]+) reviews/s", line).group(1))

        swift = [run([bench, "fsrs", "--histories", histories, "--min-seconds", seconds]) for _ in range(slow_runs)]
        py = [run([args.python, PY_BENCH, "py-fsrs", histories, seconds]) for _ in range(slow_runs)]
        try:
            rs = [run([args.python, PY_BENCH, "fsrs-rs", histories, seconds]) for _ in range(slow_runs)]
        except SystemExit as error:
            print(f"fsrs-rs-python not measured: {error}", flush=True)
            rs = []
        swift_rate = median([rate(r.out) for r in swift])
        py_rate = median([rate(r.out) for r in py])
        count = size["fsrs_cards"] * 25
        label = f"FSRS replay, {count:,} reviews ({size['fsrs_cards']:,} cards x 25)"
        table.add(label + ": Swift `FSRS`", fmt_rate(swift_rate) + " reviews", "", f"{max(r.rss_mb for r in swift):.0f} MB",
                  slow_runs)
        py_version = re.search(r"py-fsrs ([^:]+):", py[0].out).group(1)
        table.add(f"  py-fsrs {py_version}", fmt_rate(py_rate) + " reviews", "", f"{max(r.rss_mb for r in py):.0f} MB",
                  slow_runs, ">= 50x slower", f"Swift {swift_rate / py_rate:.0f}x, {verdict(swift_rate >= 50 * py_rate)}")
        if rs:
            rs_rate = median([rate(r.out) for r in rs])
            rs_version = re.search(r"fsrs-rs-python ([^ ]+)", rs[0].out).group(1)
            table.add(f"  fsrs-rs-python {rs_version} (memory states only)", fmt_rate(rs_rate) + " reviews", "",
                      f"{max(r.rss_mb for r in rs):.0f} MB", slow_runs, "slower than Swift",
                      f"Swift {swift_rate / rs_rate:.1f}x, {verdict(swift_rate >= rs_rate)}")
        swift_sum = re.search(r"checksum ([^)]*)\)", swift[0].out).group(1)
        py_sum = re.search(r"checksum ([^)]*)\)", py[0].out).group(1)
        if swift_sum != py_sum:
            print(f"FSRS checksums differ: swift {swift_sum}, py-fsrs {py_sum}", flush=True)

    if wanted("import"):
        rows = size["csv"]
        csv_path = os.path.join(work, f"bench-import-{rows}.csv")
        write_csv(csv_path, rows)
        factdrill_runs = []
        for index in range(import_runs):
            target = os.path.join(work, f"import-{index}.sqlite")
            remove_db(target)
            run([factdrill, "decks", "--db", target])  # created with the seed deck, not timed
            result = run([factdrill, "import", csv_path, "--db", target])
            if "added" not in result.out:
                sys.exit(f"bench: the import printed no count:\n{result.out}")
            factdrill_runs.append(result)
            remove_db(target)
        anki_runs = []
        for index in range(import_runs if installed("anki") else 0):
            folder = os.path.join(work, f"anki-{index}")
            shutil.rmtree(folder, ignore_errors=True)
            os.makedirs(folder)
            result = run([args.python, os.path.join(HERE, "anki_import.py"), csv_path, folder])
            info = json.loads(result.out.strip().splitlines()[-1])
            if info["notes"] != rows:
                sys.exit(f"bench: Anki imported {info['notes']} notes of {rows}")
            anki_runs.append((result, info))
            shutil.rmtree(folder, ignore_errors=True)
        mine = median([r.wall for r in factdrill_runs])
        table.add(f"CSV import, {rows:,} rows: `factdrill import` (whole process)", fmt_time(mine),
                  fmt_time(median([r.cpu for r in factdrill_runs])), f"{max(r.rss_mb for r in factdrill_runs):.0f} MB",
                  import_runs, "", f"{rows / mine / 1000:.0f}k rows/s")
        # In-process, timed as Anki's row is (the database made first): read, parse, install in
        # one transaction, each phase apart (where the time goes).
        inside = []
        for index in range(import_runs):
            phases_db = os.path.join(work, f"import-phases-{index}.sqlite")
            remove_db(phases_db)
            phases = run([bench, "import", csv_path, phases_db])
            print(phases.out.strip(), flush=True)
            read_ms, parse_ms, install_ms = (float(x) for x in re.search(
                r"read ([0-9.]+) ms, parse ([0-9.]+) ms, install ([0-9.]+) ms", phases.out).groups())
            inside.append(((read_ms + parse_ms + install_ms) / 1000, phases))
            remove_db(phases_db)
        mine_inside = median([seconds for seconds, _ in inside])
        table.add("  in-process: read + parse + install (`factdrill-bench import`)", fmt_time(mine_inside),
                  "", f"{max(r.rss_mb for _, r in inside):.0f} MB", import_runs, "", "")
        if not anki_runs:
            print("the anki package is not installed: its row is left out", flush=True)
    if wanted("import") and anki_runs:
        anki = median([info["seconds"] for _, info in anki_runs])
        anki_process = median([r.wall for r, _ in anki_runs])
        table.add(f"  Anki {anki_runs[0][1]['version']} `import_csv` (in-process, collection made first)", fmt_time(anki),
                  fmt_time(median([info["cpu"] for _, info in anki_runs])),
                  f"{max(r.rss_mb for r, _ in anki_runs):.0f} MB", import_runs, ">= 2x slower",
                  # Like against like: each import timed in-process with its database made first, and
                  # each whole process; both must be 2x (issue 13's budget; an earlier one asked 3x). The mixed ratio (factdrill's whole process
                  # against Anki's call alone) is shown too, the strictest bound.
                  f"factdrill {anki / mine_inside:.2f}x in-process, {anki_process / mine:.2f}x whole process, "
                  f"{verdict(anki >= 2 * mine_inside and anki_process >= 2 * mine)} (Anki's whole process "
                  f"{fmt_time(anki_process)}; factdrill's whole process against Anki's call alone {anki / mine:.2f}x)")

    if wanted("generate"):
        facts = size["facts"]
        gen = [run([bench, "generate", str(facts), str(max(100, facts // 10))]) for _ in range(runs)]

        def seconds_of(text, label):
            match = re.search(label + r" ([0-9.]+) s \(cpu ([0-9.]+) s\)", text)
            return float(match.group(1)), float(match.group(2))

        generation = [seconds_of(r.out, "generation") for r in gen]
        encoding = [seconds_of(r.out, "encoding") for r in gen]
        cards = re.search(r"-> ([0-9]+) cards", gen[0].out).group(1)
        wall = median([g[0] for g in generation])
        table.add(f"generation, {facts:,} facts -> {int(cards):,} cards (in-process, `factdrill-bench generate`)",
                  fmt_time(wall), fmt_time(median([g[1] for g in generation])), f"{max(r.rss_mb for r in gen):.0f} MB",
                  runs, "< 2 s", verdict(wall < 2))
        table.add("  deck file encoding (JSON)", fmt_time(median([e[0] for e in encoding])),
                  fmt_time(median([e[1] for e in encoding])), "", runs)
        model = os.path.join(work, f"bench-{facts}.article.yaml")
        written = run([bench, "model", "--write", model, "--facts", str(facts), "--entities", str(max(100, facts // 10))])
        print(written.out.strip(), flush=True)
        deck = os.path.join(work, "bench.deck.json")
        check = [run([factdrill, "check", model]) for _ in range(runs)]
        end = [run([factdrill, "generate", model, "-o", deck]) for _ in range(runs)]
        wall = median([r.wall for r in end])
        model_facts = int(re.search(r"model: ([0-9]+) facts", written.out).group(1))
        table.add(f"`factdrill generate` of a {model_facts:,}-fact YAML model (whole process)", fmt_time(wall),
                  fmt_time(median([r.cpu for r in end])), f"{max(r.rss_mb for r in end):.0f} MB", runs, "",
                  "read YAML + generate + write the deck file")
        table.add("  of which loading the YAML: `factdrill check` (whole process)", fmt_time(median([r.wall for r in check])),
                  fmt_time(median([r.cpu for r in check])), f"{max(r.rss_mb for r in check):.0f} MB", runs)

    if wanted("draft"):
        # A 1,000-word article: development texts of both languages, joined until 1,000 words.
        root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
        dev = os.path.join(root, "Tests/FactDrillKitTests/Fixtures/Draft/dev")
        texts, words = [], 0
        for name in sorted(os.listdir(dev)):
            if name.endswith(".txt") and words < 1000:
                text = open(os.path.join(dev, name), encoding="utf-8").read()
                texts.append(text)
                words += len(text.split())
        article = os.path.join(work, "draft-article.txt")
        with open(article, "w", encoding="utf-8") as out:
            out.write("\n".join(texts))
        timed = run([bench, "draft", article, "--runs", "50", "--published", "2024-07-10"])
        median_ms = float(re.search(r"median ([0-9.]+) ms", timed.out).group(1))
        counted = re.search(r"draft ([0-9]+) words", timed.out).group(1)
        table.add(f"`draft` of a {int(counted):,}-word article (in-process, `factdrill-bench draft`)",
                  fmt_ms(median_ms), "", f"{timed.rss_mb:.0f} MB", 50, "< 100 ms", verdict(median_ms < 100))
        whole = [run([factdrill, "draft", article, "--published", "2024-07-10", "-o",
                      os.path.join(work, "draft-article.article.yaml")]) for _ in range(runs)]
        table.add("  `factdrill draft` of it (whole process: read, draft, write, prove it loads)",
                  fmt_time(median([r.wall for r in whole])), fmt_time(median([r.cpu for r in whole])),
                  f"{max(r.rss_mb for r in whole):.0f} MB", runs)

    if wanted("optimize"):
        # A review log of about 100,000 reviews (10,700 simulated cards over a year, memory from
        # known parameters, scheduled by the defaults: scripts/check-optimizer.d/simulate.py).
        sys.path.insert(0, os.path.join(ROOT, "scripts", "check-optimizer.d"))
        import simulate
        cards = 1_070 if quick else 10_700
        revlog = os.path.join(work, f"optimize-{cards}.csv")
        if not os.path.exists(revlog):
            from fsrs_rs_python import DEFAULT_PARAMETERS
            rows, _ = simulate.simulate(cards, 20240101 + cards, list(DEFAULT_PARAMETERS))
            simulate.write_csv(revlog, rows)
        with open(revlog) as handle:
            reviews = sum(1 for _ in handle) - 1
        fit = run([bench, "optimize", "--from", revlog, "--runs", str(slow_runs)])
        ours = json.loads(fit.out)
        reference = run([args.python, os.path.join(HERE, "fsrs_rs_optimize.py"), revlog, str(slow_runs)])
        theirs = json.loads(reference.out)
        table.add(f"`optimize`: fitting {reviews:,} reviews (in-process, `factdrill-bench optimize`)",
                  fmt_time(ours["fitSeconds"]), "", f"{fit.rss_mb:.0f} MB", slow_runs,
                  f"<= fsrs-rs-python ({fmt_time(theirs['fitSeconds'])})",
                  verdict(ours["fitSeconds"] <= theirs["fitSeconds"]))
        table.add("  fsrs-rs-python `compute_parameters` on the same items (in-process)",
                  fmt_time(theirs["fitSeconds"]), "", f"{reference.rss_mb:.0f} MB", slow_runs, "",
                  f"reading the CSV into items took it {fmt_time(theirs['readSeconds'])}")
        whole = [run([factdrill, "optimize", "--from", revlog, "--dry-run", "--json", "--day-start", "0"])
                 for _ in range(slow_runs)]
        peak = max(r.rss_mb for r in whole)
        table.add("  `factdrill optimize --from … --dry-run` (whole process: read, fit, score before and after)",
                  fmt_time(median([r.wall for r in whole])), fmt_time(median([r.cpu for r in whole])),
                  f"{peak:.0f} MB", slow_runs, "< 200 MB", verdict(peak < 200))

    if wanted("matcher"):
        matcher = [run([bench, "matcher", str(size["matcher"])]) for _ in range(runs)]

        def judgements(text, label):
            return float(re.search(re.escape(label) + r"\s+([0-9]+) judgements/s", text).group(1))

        plain = median([judgements(r.out, "judge(_:accepted:rejecting:)") for r in matcher])
        cached = median([judgements(r.out, "judge(_:against:) (cached)") for r in matcher])
        rss = max(r.rss_mb for r in matcher)
        table.add("matcher `judge`, answers and names prepared per call", fmt_rate(plain) + " judgements", "",
                  f"{rss:.0f} MB", runs, "> 100k/s", verdict(plain > 100_000))
        table.add("  `judge(_:against:)`, accepted answers prepared once per card", fmt_rate(cached) + " judgements", "",
                  "", runs, "> 100k/s", verdict(cached > 100_000))

    print()
    print(table.render())


def answer_step(bench, db, work, size, runs, table):
    """The step from an answer to the next card shown: rating committed, next card chosen and
    rendered, timed answer after answer inside the REPL's session; a fresh copy of the database
    per run, since the session records its answers. Median and p95 of each run, then their medians."""
    figures = []
    for index in range(runs):
        copy = os.path.join(work, f"answer-{index}.sqlite")
        remove_db(copy)
        for suffix in ("", "-wal"):
            if os.path.exists(db + suffix):
                shutil.copyfile(db + suffix, copy + suffix)
        result = run([bench, "answer", copy, "--answers", str(size["answers"])])
        print(result.out.strip(), flush=True)
        remove_db(copy)

        def pair(label):
            match = re.search(re.escape(label) + r"[^\n]*?median ([0-9.]+) ms, p95 ([0-9.]+) ms", result.out)
            return float(match.group(1)), float(match.group(2))

        cpu = float(re.search(r"CPU median ([0-9.]+) ms", result.out).group(1))
        steps = int(re.search(r"answer step: ([0-9]+) steps", result.out).group(1))
        figures.append((pair("answer step:"), pair("commit"), pair("next card"), cpu, steps, result.rss_mb))
    step = median([f[0][0] for f in figures])
    p95 = median([f[0][1] for f in figures])
    commit = (median([f[1][0] for f in figures]), median([f[1][1] for f in figures]))
    render = (median([f[2][0] for f in figures]), median([f[2][1] for f in figures]))
    table.add(f"answer to next card shown (rating committed, next card chosen and rendered; in the REPL's "
              f"session, {figures[0][4]:,} answers a run)", fmt_ms(step), fmt_ms(median([f[3] for f in figures])),
              f"{max(f[5] for f in figures):.0f} MB", runs, "< 5 ms",
              f"p95 {fmt_ms(p95)}; commit {fmt_ms(commit[0])} (p95 {fmt_ms(commit[1])}), next card "
              f"{fmt_ms(render[0])} (p95 {fmt_ms(render[1])}); {verdict(step < 5 and p95 < 5)}")


def write_csv(path, rows):
    """Anki's text format: a header naming the separator, then front, back and tags per row."""
    if os.path.exists(path):
        return
    rng = random.Random(20251129)
    syllables = ["ka", "lo", "mi", "ra", "su", "te", "no", "vi", "da", "ze", "bu", "ha"]
    arabic = ["كا", "لو", "مي", "را", "سو", "تي", "نو", "في", "دا", "زي", "بو", "ها"]
    with open(path, "w", newline="", encoding="utf-8") as handle:
        handle.write("#separator:comma\n#html:false\n")
        writer = csv.writer(handle)
        for index in range(rows):
            parts = [rng.randrange(len(syllables)) for _ in range(3)]
            name = "".join(syllables[p] for p in parts).capitalize()
            name_ar = "".join(arabic[p] for p in parts)
            front = f"Which country ranked {index % 50 + 1}th among the largest {name} producers, question {index}?"
            back = f"{name}land, {name_ar}"
            writer.writerow([front, back, f"bench set{index % 10}"])


def remove_db(path):
    for suffix in ("", "-wal", "-shm"):
        if os.path.exists(path + suffix):
            os.remove(path + suffix)


if __name__ == "__main__":
    main()
