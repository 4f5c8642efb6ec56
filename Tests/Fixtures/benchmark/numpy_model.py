#!/usr/bin/env python3
"""An independent computation of `mcda benchmark`'s model with NumPy, SciPy and pymcdm 1.4.0.

The model (BenchmarkModel in Sources/MCDACore/Benchmark): for each cell (m alternatives,
n criteria), PROBLEMS independent problems; each criterion a cost with probability COST_SHARE;
weights Dirichlet(1, ..., 1); values iid uniform on [1, 10). Every method with mcda rank's
defaults, through pymcdm: TOPSIS with vector normalisation, VIKOR v = 0.5 ranked by Q, WSM with
linear normalisation (x/max, min/x), PROMETHEE II with the usual preference function. Ranks by
scipy.stats.rankdata (ties averaged, 1 = best); r_s, r_w and WS by pymcdm.correlations (WS with
the first method's ranking as reference); same winner when the sets of first-ranked
alternatives are equal.

The random streams are NumPy's (default_rng), not mcda's, so only distributions can be compared.

  fixture: the means and standard deviations of the coefficients for a few cells and the four
           methods, as JSON (Tests/Fixtures/benchmark/numpy_model.json):
             /work/venv-pymcdm/bin/python numpy_model.py fixture --problems 4000 --seed 2026 > numpy_model.json
  grid:    the whole study of `mcda benchmark --format json` (the same keys; seconds per method),
           the Python peer of Benchmarks/race-benchmark.sh:
             python numpy_model.py grid --alternatives=5,10,50 --criteria=3,5,8 --problems 1000 --seed 1
"""
import argparse
import itertools
import json
import sys
import time
from importlib.metadata import version

import numpy as np
from pymcdm import correlations, normalizations
from pymcdm.methods import PROMETHEE_II, TOPSIS, VIKOR, WSM
from scipy.stats import rankdata

# name -> (pymcdm method, larger score is better)
METHODS = {
    "topsis": (TOPSIS(normalizations.vector_normalization), True),
    "vikor": (VIKOR(v=0.5), False),
    "wsm": (WSM(normalizations.linear_normalization), True),
    "promethee-ii": (PROMETHEE_II("usual"), True),
}
FIXTURE_CELLS = [(5, 3), (10, 5), (50, 8)]


def draw(rng, m, n, cost_share):
    """One problem: types (+1 benefit, -1 cost), weights, values."""
    types = np.where(rng.random(n) < cost_share, -1, 1)
    weights = rng.dirichlet(np.ones(n))
    values = rng.uniform(1.0, 10.0, size=(m, n))
    return types, weights, values


def ranks(name, values, weights, types):
    method, descending = METHODS[name]
    # validation=False: pymcdm's input checks (and its warnings about dominated alternatives) are
    # not part of the model, and the fastest honest peer skips them.
    scores = np.asarray(method(values, weights, types, validation=False), dtype=float)
    return rankdata(-scores if descending else scores, method="average")


def same_winner(x, y):
    return set(np.flatnonzero(x == x.min())) == set(np.flatnonzero(y == y.min()))


def run_cell(rng, m, n, problems, names, cost_share):
    """Per pair: arrays of r_s, r_w, WS and same-winner flags; per method: seconds."""
    pairs = list(itertools.combinations(range(len(names)), 2))
    out = {p: {"spearman": [], "weightedSpearman": [], "ws": [], "sameWinner": []} for p in pairs}
    seconds = [0.0] * len(names)
    for _ in range(problems):
        types, weights, values = draw(rng, m, n, cost_share)
        r = []
        for q, name in enumerate(names):
            start = time.perf_counter()
            r.append(ranks(name, values, weights, types))
            seconds[q] += time.perf_counter() - start
        for a, b in pairs:
            x, y = r[a], r[b]
            out[(a, b)]["spearman"].append(correlations.spearman(x, y))
            out[(a, b)]["weightedSpearman"].append(correlations.weighted_spearman(x, y))
            out[(a, b)]["ws"].append(correlations.rank_similarity_coef(x, y))
            out[(a, b)]["sameWinner"].append(1.0 if same_winner(x, y) else 0.0)
    return out, seconds


def summary(values):
    v = np.asarray(values, dtype=float)
    q1, median, q3 = np.quantile(v, [0.25, 0.5, 0.75])  # linear interpolation, as mcda
    return {"mean": float(v.mean()), "sd": float(v.std(ddof=1)), "q1": float(q1), "median": float(median), "q3": float(q3)}


def fixture(args):
    rng = np.random.default_rng(args.seed)
    names = list(METHODS)
    cells = []
    for m, n in FIXTURE_CELLS:
        out, _ = run_cell(rng, m, n, args.problems, names, args.cost_share)
        pairs = []
        for (a, b), stats in out.items():
            entry = {"a": names[a], "b": names[b]}
            for key, values in stats.items():
                v = np.asarray(values, dtype=float)
                entry[key] = {"mean": float(v.mean()), "sd": float(v.std(ddof=1))}
            pairs.append(entry)
        cells.append({"alternatives": m, "criteria": n, "pairs": pairs})
    return {
        "provenance": "Tests/Fixtures/benchmark/numpy_model.py fixture --problems %d --seed %d --cost-share %g "
                      "(pymcdm %s, NumPy %s, Python %s)" % (args.problems, args.seed, args.cost_share, version("pymcdm"),
                                                            np.__version__, sys.version.split()[0]),
        "problems": args.problems,
        "costShare": args.cost_share,
        "results": cells,
    }


def grid(args):
    rng = np.random.default_rng(args.seed)
    names = args.methods.split(",")
    results = []
    for m in map(int, args.alternatives.split(",")):
        for n in map(int, args.criteria.split(",")):
            out, seconds = run_cell(rng, m, n, args.problems, names, args.cost_share)
            pairs = []
            for (a, b), stats in out.items():
                entry = {"a": names[a], "b": names[b]}
                for key in ("spearman", "weightedSpearman", "ws"):
                    entry[key] = summary(stats[key])
                entry["sameWinner"] = float(np.mean(stats["sameWinner"]))
                pairs.append(entry)
            results.append({"alternatives": m, "criteria": n, "pairs": pairs,
                            "seconds": {name: seconds[q] for q, name in enumerate(names)}})
    return {"model": {"kind": "random", "costShare": args.cost_share, "peer": "numpy_model.py (pymcdm %s)" % version("pymcdm")},
            "seed": args.seed, "problems": args.problems, "methods": names, "results": results}


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("mode", choices=["fixture", "grid"])
    parser.add_argument("--alternatives", default="5,10,50")
    parser.add_argument("--criteria", default="3,5,8")
    parser.add_argument("--methods", default="topsis,vikor,wsm,promethee-ii")
    parser.add_argument("--problems", type=int, default=1000)
    parser.add_argument("--cost-share", type=float, default=0.5)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    document = fixture(args) if args.mode == "fixture" else grid(args)
    json.dump(document, sys.stdout, indent=1)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
