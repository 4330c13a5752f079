#!/usr/bin/python3
"""Runs this project's bench and the PyTorch peer benchmark (torch_peer.py) in alternation on one
machine and prints the table of docs/benchmarks.md: workload, metric, ours, PyTorch, ratio.

    /usr/bin/python3 bench/compare_torch.py --peer ../shared/bench/torch_peer.py --rounds 3

Needs Debian's python3-torch and libopenblas0-pthread, and target/lstm-explorer.jar (./mvnw package).
Throughput is measured in alternating rounds (ours, peer, peer, ours, ...) so both see the same load;
a ratio is the median over rounds of the ratio within a round. The last column divides each side's
figures by its own CPU time (the measuring thread's for ours, the process's for the peer), which
removes most of the noise a busy machine adds; the other columns are wall-clock. Time to solve and trace latency of the
peer are measured once, between the rounds. Both sides train and trace on one thread.
"""
import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile

TASKS = ["counting", "selective-counting", "state-memory", "copy"]
TEXT = "src/main/resources/bench/charlm.txt"


def ours(jar, workloads):
    """Our JSON lines, each with "cpu_value": the figure per CPU-second of the measuring thread (from the
    rounds and cpu/wall ratios the bench logs to standard error), the fair figure on a busy machine."""
    out = subprocess.run(["java", "--add-modules", "jdk.incubator.vector", "-jar", jar, "bench"] + workloads, check=True, capture_output=True, text=True)
    sys.stderr.write(out.stderr)
    lines = [json.loads(line) for line in out.stdout.splitlines() if line.strip()]
    notes = [l[4:] for l in out.stderr.splitlines() if l.startswith("#   {")]
    for line, note in zip(lines, notes):
        detail = note[note.index("}") + 1:]
        if "rounds" in detail:
            values, ratios = detail.split(", cpu/wall")
            values = [float(v) for v in values.split()[1:]]
            ratios = [float(v) for v in ratios.split()]
            rate = line["metric"] == "train_seq_per_s"
            line["cpu_value"] = statistics.median(v / r if rate else v * r for v, r in zip(values, ratios))
        elif "cpu" in detail:
            line["cpu_value"] = float(detail.split()[1])
    return lines


def peer(script, metrics, workloads, extra=()):
    with tempfile.NamedTemporaryFile(suffix=".json", delete=False) as f:
        path = f.name
    cmd = [sys.executable, script, "--metrics", metrics, "--workloads", ",".join(workloads), "--threads", "1",
           "--text", TEXT, "--out", path] + list(extra)
    subprocess.run(cmd, check=True, stdout=sys.stderr)
    with open(path) as fh:
        result = json.load(fh)
    os.unlink(path)
    return result


def peer_trace_counting(script):
    """The peer's trace (c) at the counting task's size, H=10, with the peer's own code."""
    code = ("import sys, json; sys.path.insert(0, %r); import torch_peer as p; p.set_threads(1); "
            "print(json.dumps(p.bench_trace(p.Counting(), [1], 300, 30, lambda m: None)))"
            % os.path.dirname(os.path.abspath(script)))
    out = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def number(x):
    return "%.3g" % x if x < 1 else "{:,.0f}".format(x) if x >= 100 else "%.1f" % x


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--peer", default="../shared/bench/torch_peer.py")
    ap.add_argument("--jar", default="target/lstm-explorer.jar")
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--peer-runs", default="3", help="timed runs per workload in each peer round")
    args = ap.parse_args()

    throughput = TASKS + ["charlm128"]
    rounds_ours, rounds_peer = [], []
    for r in range(args.rounds):
        first_ours = r % 2 == 0
        if first_ours:
            rounds_ours.append(ours(args.jar, []))
        rounds_peer.append(peer(args.peer, "a", throughput, ["--runs", args.peer_runs]))
        if not first_ours:
            rounds_ours.append(ours(args.jar, []))
    solve_trace = peer(args.peer, "c,b", TASKS + ["charlm128"])
    trace_small = peer_trace_counting(args.peer)

    def our_values(workload, metric, key="value"):
        """Per round: the value (median over seeds for solve_seconds)."""
        per_round = []
        for lines in rounds_ours:
            vals = [l[key] for l in lines if l["workload"] == workload and l["metric"] == metric]
            per_round.append(statistics.median(vals))
        return per_round

    rows = []
    for w in throughput:
        o = our_values(w, "train_seq_per_s")
        p = [rp["a"][w]["1"]["median_seq_per_s"] for rp in rounds_peer]
        ratio = statistics.median(a / b for a, b in zip(o, p))
        oc = our_values(w, "train_seq_per_s", "cpu_value")
        pc = [statistics.median(v / c for v, c in zip(rp["a"][w]["1"]["runs"], rp["a"][w]["1"]["cpu_over_wall"]))
              for rp in rounds_peer]
        cpu_ratio = statistics.median(a / b for a, b in zip(oc, pc))
        rows.append((w, "training sequences/s (batch 32)", statistics.median(o), statistics.median(p), ratio,
                     cpu_ratio))
    for w in TASKS:
        o = statistics.median(our_values(w, "solve_seconds"))
        walls = [s["wall_s"] for s in solve_trace["b"][w]]
        p = statistics.median(walls)
        oc = statistics.median(our_values(w, "solve_seconds", "cpu_value"))
        pc = statistics.median(s["wall_s"] * s["cpu_over_wall"] for s in solve_trace["b"][w])
        rows.append((w, "seconds to solve (median of seeds 1-3)", o, p, p / o, pc / oc))
    tuned = "LSTMCell weights, tuned loop, full trace"
    o = statistics.median(our_values("counting", "trace_us"))
    p = trace_small["T21_threads1"][tuned]
    rows.append(("counting", "full-gate trace, 21 steps, H=10 (µs)", o, p, p / o, None))
    o = statistics.median(our_values("trace-long", "trace_us"))
    p = solve_trace["c"]["T500_threads1"][tuned]
    rows.append(("trace-long", "full-gate trace, 500 steps, H=128 (µs)", o, p, p / o, None))

    print("| workload | metric | ours | PyTorch | ours faster by | same, per CPU-second |")
    print("|---|---|---:|---:|---:|---:|")
    for w, m, o, p, ratio, cpu_ratio in rows:
        print("| `%s` | %s | %s | %s | %.2f× | %s |" % (w, m, number(o), number(p), ratio,
                                                     "%.2f×" % cpu_ratio if cpu_ratio else "–"))
    print("\n(raw: ours per round %s)" % json.dumps(rounds_ours), file=sys.stderr)


if __name__ == "__main__":
    main()
