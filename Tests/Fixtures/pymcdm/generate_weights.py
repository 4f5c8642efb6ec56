"""Reference cases of pymcdm 1.4.0's objective weighting methods: merec, gini, variance, cilos,
idocriw, angle and lopcow (pymcdm.weights.<name>_weights).

Writes Tests/Fixtures/pymcdm/weights/<name>.json next to this script: a list of cases, each with
its provenance, matrix (alternatives in rows), types (1 benefit, -1 cost; only merec, cilos,
idocriw and lopcow read them) and weights (pymcdm's output). Problems are random with a numpy
seed: 3 to 12 alternatives, 2 to 8 criteria, benefit and cost mixed, column scales from 1e-3 to
1e5 and values spanning a factor 100 within a column (strictly positive, as merec, cilos,
idocriw and angle need). A case whose weights are not all finite, or whose CILOS null space is
not one-dimensional, is skipped (its seed is simply absent).

Run with the virtual environment that has pymcdm 1.4.0:
    /work/venv-pymcdm/bin/python Tests/Fixtures/pymcdm/generate_weights.py
"""
import json
from importlib import metadata
import os

import numpy as np

from pymcdm import weights as W
from scipy.linalg import null_space

HERE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "weights")
METHODS = ["merec", "gini", "variance", "cilos", "idocriw", "angle", "lopcow"]
CASES = 10


def problem(rng):
    m = int(rng.integers(3, 13))
    n = int(rng.integers(2, 9))
    scales = 10.0 ** rng.uniform(-3, 5, n)
    x = scales * rng.uniform(0.1, 10, (m, n))
    types = np.array([1, -1] + list(rng.choice([1, -1], n - 2)))
    rng.shuffle(types)
    return x, types


def cilos_is_unique(x, types):
    """The CILOS system F q = 0 has a one-dimensional solution space (else pymcdm's answer is not
    a weight vector)."""
    nx = x.astype(float).copy()
    for j, t in enumerate(types):
        if t < 0:
            nx[:, j] = nx[:, j].min() / nx[:, j]
    nx = nx / nx.sum(axis=0)
    a = nx[np.argmax(nx, axis=0)]
    p = (np.diag(a) - a) / np.diag(a)
    f = p - np.diag(p.sum(axis=0))
    return null_space(f).shape[1] == 1


def main():
    assert metadata.version("pymcdm") == "1.4.0", metadata.version("pymcdm")
    os.makedirs(HERE, exist_ok=True)
    for name in METHODS:
        function = getattr(W, f"{name}_weights")
        cases, seed = [], 0
        while len(cases) < CASES:
            seed += 1
            rng = np.random.default_rng(1000 * (METHODS.index(name) + 1) + seed)
            x, types = problem(rng)
            if name in ("cilos", "idocriw") and not cilos_is_unique(x, types):
                continue
            w = np.asarray(function(x, types), dtype=float)
            if w.shape != (x.shape[1],) or not np.all(np.isfinite(w)):
                continue
            cases.append({
                "provenance": f"pymcdm 1.4.0 weights.{name}_weights(matrix, types), "
                              f"numpy default_rng({1000 * (METHODS.index(name) + 1) + seed})",
                "matrix": x.tolist(),
                "types": [int(t) for t in types],
                "weights": w.tolist(),
            })
        with open(os.path.join(HERE, f"{name}.json"), "w") as f:
            json.dump(cases, f, indent=1)
            f.write("\n")


if __name__ == "__main__":
    main()
