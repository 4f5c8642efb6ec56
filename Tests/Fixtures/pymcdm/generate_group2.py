"""Reference cases of pymcdm 1.4.0 for spotis, rim, ram, probid, sprobid, ervd, rafsi, aroman and lmaw.

Writes Tests/Fixtures/pymcdm/<name>.json next to this script: a list of cases, each with its
provenance, matrix, weights (summing to 1), types (1 benefit, -1 cost), options (the method's
options as command-line text by parameter name), scores (pymcdm's preference values) and ranks
(pymcdm's rank(): 1 = best, ties averaged).

Run with the virtual environment that has pymcdm 1.4.0:
    /work/venv-pymcdm/bin/python Tests/Fixtures/pymcdm/generate_group2.py
"""
import json
import os

import numpy as np
from pymcdm import methods, normalizations

HERE = os.path.dirname(os.path.abspath(__file__))


def num(x):
    """A float as text that parses back to the same double."""
    return repr(float(x))


def nums(xs):
    return ",".join(num(x) for x in xs)


def ranges(pairs):
    return ",".join(f"{num(a)}:{num(b)}" for a, b in pairs)


def problem(rng, m=None, n=None, negative=False):
    """A random problem: columns on scales from 1e-3 to 1e5, values spanning a factor 100 within a
    column, benefit and cost criteria mixed, Dirichlet weights."""
    m = int(rng.integers(3, 13)) if m is None else m
    n = int(rng.integers(2, 9)) if n is None else n
    scales = 10.0 ** rng.uniform(-3, 5, n)
    x = scales * rng.uniform(0.1, 10, (m, n))
    if negative:  # shift some columns below zero
        shift = rng.random(n) < 0.5
        x[:, shift] -= (scales * 5)[shift]
    types = np.array([1, -1] + list(rng.choice([1, -1], n - 2)))
    rng.shuffle(types)
    w = rng.dirichlet(np.ones(n))
    return x, w, types


def case(provenance, x, w, types, options, body):
    scores = np.asarray(body(x, w, types), dtype=float)
    if not np.all(np.isfinite(scores)):
        return None
    return {
        "provenance": provenance,
        "matrix": x.tolist(),
        "weights": w.tolist(),
        "types": [int(t) for t in types],
        "options": options,
        "scores": scores.tolist(),
        "ranks": [float(r) for r in body.rank(scores)],
    }


def widen(rng, x, round_to=None):
    """Bounds around every column, wider than its values on both sides."""
    lo, hi = x.min(axis=0), x.max(axis=0)
    span = hi - lo
    a = lo - span * rng.uniform(0.01, 0.5, len(lo))
    b = hi + span * rng.uniform(0.01, 0.5, len(hi))
    return np.stack([a, b], axis=1)


def spotis(seed):
    rng = np.random.default_rng(seed)
    x, w, types = problem(rng, negative=seed % 3 == 0)
    kind = seed % 3
    if kind == 0:
        bounds = methods.SPOTIS.make_bounds(x)
        return case(f"pymcdm 1.4.0 SPOTIS(SPOTIS.make_bounds(matrix))(matrix, weights, types), numpy seed {seed}",
                    x, w, types, {}, methods.SPOTIS(bounds))
    bounds = widen(rng, x)
    if kind == 1:
        return case(f"pymcdm 1.4.0 SPOTIS(bounds)(matrix, weights, types), numpy seed {seed}",
                    x, w, types, {"bounds": ranges(bounds)}, methods.SPOTIS(bounds))
    esp = bounds[:, 0] + (bounds[:, 1] - bounds[:, 0]) * rng.random(len(bounds))
    return case(f"pymcdm 1.4.0 SPOTIS(bounds, esp)(matrix, weights, types), numpy seed {seed}",
                x, w, types, {"bounds": ranges(bounds), "esp": nums(esp)}, methods.SPOTIS(bounds, esp))


def rim(seed):
    rng = np.random.default_rng(seed)
    x, w, types = problem(rng, negative=seed % 4 == 1)
    kind = seed % 3
    if kind == 0:
        return case(f"pymcdm 1.4.0 RIM(SPOTIS.make_bounds(matrix))(matrix, weights, types), numpy seed {seed}",
                    x, w, types, {}, methods.RIM(methods.SPOTIS.make_bounds(x)))
    bounds = widen(rng, x)
    if kind == 1:
        return case(f"pymcdm 1.4.0 RIM(bounds)(matrix, weights, types), numpy seed {seed}",
                    x, w, types, {"bounds": ranges(bounds)}, methods.RIM(bounds))
    # A reference ideal inside the bounds: an interval, or a single value written v:v.
    a, b = bounds[:, 0], bounds[:, 1]
    c = a + (b - a) * rng.uniform(0, 0.8, len(a))
    d = np.where(rng.random(len(a)) < 0.3, c, c + (b - c) * rng.uniform(0, 1, len(a)))
    ref = np.stack([c, d], axis=1)
    return case(f"pymcdm 1.4.0 RIM(bounds, ref_ideal)(matrix, weights, types), numpy seed {seed}",
                x, w, types, {"bounds": ranges(bounds), "reference-ideal": ranges(ref)}, methods.RIM(bounds, ref))


RAM_NORMALIZATIONS = [None, None, None, None, None, "minmax", "max", "vector", "linear"]


def ram(seed):
    rng = np.random.default_rng(seed)
    x, w, types = problem(rng)
    name = RAM_NORMALIZATIONS[seed % len(RAM_NORMALIZATIONS)]
    if name is None:
        return case(f"pymcdm 1.4.0 RAM()(matrix, weights, types), numpy seed {seed}", x, w, types, {}, methods.RAM())
    function = getattr(normalizations, f"{name}_normalization")
    return case(f"pymcdm 1.4.0 RAM({name}_normalization)(matrix, weights, types), numpy seed {seed}",
                x, w, types, {"normalization": name}, methods.RAM(function))


def probid(seed):
    rng = np.random.default_rng(seed)
    x, w, types = problem(rng, m=3 + seed % 10)
    return case(f"pymcdm 1.4.0 PROBID()(matrix, weights, types), numpy seed {seed}", x, w, types, {}, methods.PROBID())


def sprobid(seed):
    rng = np.random.default_rng(seed)
    x, w, types = problem(rng, m=3 + seed % 10)
    return case(f"pymcdm 1.4.0 SPROBID()(matrix, weights, types), numpy seed {seed}", x, w, types, {}, methods.SPROBID())


def ervd(seed):
    rng = np.random.default_rng(seed)
    x, w, types = problem(rng)
    kind = seed % 3
    if kind == 0:
        ref = x.mean(axis=0)
        return case(f"pymcdm 1.4.0 ERVD(matrix.mean(axis=0))(matrix, weights, types), numpy seed {seed}",
                    x, w, types, {}, methods.ERVD(ref))
    lo, hi = x.min(axis=0), x.max(axis=0)
    ref = lo + (hi - lo) * rng.uniform(-0.2, 1.2, len(lo))
    if kind == 1:
        return case(f"pymcdm 1.4.0 ERVD(ref_point)(matrix, weights, types), numpy seed {seed}",
                    x, w, types, {"reference": nums(ref)}, methods.ERVD(ref))
    lam, alpha = round(float(rng.uniform(1, 3)), 2), round(float(rng.uniform(0.3, 1)), 2)
    return case(f"pymcdm 1.4.0 ERVD(ref_point, lambd={lam}, alpha={alpha})(matrix, weights, types), numpy seed {seed}",
                x, w, types, {"reference": nums(ref), "loss-aversion": num(lam), "alpha": num(alpha)},
                methods.ERVD(ref, lambd=lam, alpha=alpha))


def rafsi(seed):
    rng = np.random.default_rng(seed)
    x, w, types = problem(rng, negative=seed % 4 == 2)
    kind = seed % 3
    lo, hi = x.min(axis=0), x.max(axis=0)
    if kind == 0:
        ideal, anti = np.where(types == 1, hi, lo), np.where(types == 1, lo, hi)
        return case(f"pymcdm 1.4.0 RAFSI(column best, column worst)(matrix, weights, types), numpy seed {seed}",
                    x, w, types, {}, methods.RAFSI(ideal, anti))
    bounds = widen(rng, x)
    # The paper's reading (ideal < anti-ideal on a cost criterion) or pymcdm's (ideal the larger end).
    paper = rng.random(len(lo)) < 0.5
    ideal = np.where((types == 1) | ~paper, bounds[:, 1], bounds[:, 0])
    anti = np.where((types == 1) | ~paper, bounds[:, 0], bounds[:, 1])
    options = {"ideal": nums(ideal), "anti-ideal": nums(anti)}
    if kind == 1:
        return case(f"pymcdm 1.4.0 RAFSI(ideal, anti_ideal)(matrix, weights, types), numpy seed {seed}",
                    x, w, types, options, methods.RAFSI(ideal, anti))
    n1 = float(rng.integers(1, 4))
    n2k = n1 + float(rng.integers(2, 9))
    options.update({"n1": num(n1), "n2k": num(n2k)})
    return case(f"pymcdm 1.4.0 RAFSI(ideal, anti_ideal, n1={n1}, n2k={n2k})(matrix, weights, types), numpy seed {seed}",
                x, w, types, options, methods.RAFSI(ideal, anti, n1=n1, n2k=n2k))


def aroman(seed):
    rng = np.random.default_rng(seed)
    x, w, types = problem(rng)
    if seed % 2 == 0:
        return case(f"pymcdm 1.4.0 AROMAN()(matrix, weights, types), numpy seed {seed}", x, w, types, {}, methods.AROMAN())
    beta, lam = round(float(rng.uniform(0, 1)), 2), round(float(rng.uniform(0, 1)), 2)
    return case(f"pymcdm 1.4.0 AROMAN(beta={beta}, lam={lam})(matrix, weights, types), numpy seed {seed}",
                x, w, types, {"beta": num(beta), "lambda": num(lam)}, methods.AROMAN(beta=beta, lam=lam))


def lmaw(seed):
    rng = np.random.default_rng(seed)
    x, w, types = problem(rng)
    return case(f"pymcdm 1.4.0 LMAW()(matrix, weights, types), numpy seed {seed}", x, w, types, {}, methods.LMAW())


GENERATORS = {"spotis": spotis, "rim": rim, "ram": ram, "probid": probid, "sprobid": sprobid,
              "ervd": ervd, "rafsi": rafsi, "aroman": aroman, "lmaw": lmaw}
CASES = 10

if __name__ == "__main__":
    for name, generate in GENERATORS.items():
        cases, seed = [], 1
        while len(cases) < CASES:
            c = generate(seed)
            if c is not None:  # pymcdm gave a non-finite score (sPROBID at a zero distance): next seed
                cases.append(c)
            seed += 1
        with open(os.path.join(HERE, f"{name}.json"), "w") as f:
            json.dump(cases, f, indent=1)
            f.write("\n")
        print(name, len(cases), "cases")
