"""Reference cases of pymcdm 1.4.0 for ARAS, CoCoSo, CODAS, COPRAS, EDAS, MABAC, MAIRCA, MARCOS,
MOORA and OCRA, written as Tests/Fixtures/pymcdm/<name>.json (read by `rankingFixtures(name)`).

Run from anywhere with the virtual environment that has pymcdm 1.4.0:

    /work/venv-pymcdm/bin/python Tests/Fixtures/pymcdm/generate_group1.py

Every case is a random problem drawn from numpy's default_rng(seed): m alternatives (3 to 12),
n criteria (2 to 8), mixed benefit and cost criteria, each column on its own scale between 10^-2
and 10^4, weights random and summing to 1. Options are written as command-line text by parameter
name. A draw is skipped (the next seed is tried) when pymcdm's scores are not finite, or when two
different scores are so close (relative gap below 1e-7) that rounding could swap their ranks.
"""

import json
import pathlib

import numpy as np
import pymcdm
from pymcdm import methods, normalizations
from pymcdm.helpers import rankdata
import pymcdm.methods.codas as codas_module

OUT = pathlib.Path(__file__).resolve().parent
NORMALIZATIONS = {
    "minmax": normalizations.minmax_normalization,
    "vector": normalizations.vector_normalization,
    "max": normalizations.max_normalization,
    "sum": normalizations.sum_normalization,
    "linear": normalizations.linear_normalization,
}


def draw(rng):
    """A random problem: matrix, weights, types (at least one benefit and one cost criterion)."""
    m = int(rng.integers(3, 13))
    n = int(rng.integers(2, 9))
    exponents = rng.uniform(-2, 4, size=n)
    matrix = 10 ** exponents * rng.uniform(0.2, 5, size=(m, n))
    types = rng.choice([1, -1], size=n)
    types[0], types[1] = 1, -1
    rng.shuffle(types)
    weights = rng.uniform(0.05, 1, size=n)
    weights = weights / weights.sum()
    return matrix, weights, types


def well_separated(scores):
    distinct = np.unique(scores)
    gaps = np.diff(distinct)
    scale = np.maximum(1, np.abs(distinct[1:]))
    return bool(np.all(gaps > 1e-7 * scale))


def case(label, seed, body, options, matrix, weights, types, scores):
    scores = np.asarray(scores, dtype=float)
    call, _, note = label.partition(" | ")
    return {
        "provenance": f"pymcdm {pymcdm_version()} {call}(matrix, weights, types){note}, numpy default_rng seed {seed}",
        "matrix": [[float(v) for v in row] for row in matrix],
        "weights": [float(w) for w in weights],
        "types": [int(t) for t in types],
        "options": options,
        "scores": [float(s) for s in scores],
        "ranks": [float(r) for r in body.rank(scores)],
    }


def pymcdm_version():
    from importlib.metadata import version
    return version("pymcdm")


def generate(name, variants, count=10, extra_check=None):
    """`variants`: (label, options, factory) triples; the first is used for `count` cases, the
    others for three cases each."""
    cases = []
    seed = 1000 * (sum(map(ord, name)) % 97)
    plan = [(variants[0], count)] + [(v, 3) for v in variants[1:]]
    for (label, options, factory), wanted in plan:
        made = 0
        while made < wanted:
            seed += 1
            rng = np.random.default_rng(seed)
            matrix, weights, types = draw(rng)
            if "esp" in options:
                esp = np.where(types == 1, matrix.max(axis=0) * rng.uniform(1, 1.5, size=len(types)),
                               matrix.min(axis=0) * rng.uniform(0.5, 1, size=len(types)))
                options = dict(options, esp=",".join(repr(float(v)) for v in esp))
                body = factory(esp)
            else:
                body = factory()
            with np.errstate(all="ignore"):
                scores = body(matrix, weights, types)
            if not np.all(np.isfinite(scores)) or not well_separated(scores):
                continue
            if extra_check is not None and not extra_check(body, matrix, weights, types, options):
                continue
            cases.append(case(label, seed, body, options, matrix, weights, types, scores))
            made += 1
    (OUT / f"{name}.json").write_text(json.dumps(cases, indent=1) + "\n")
    print(name, len(cases))


def normalization_variants(cls, name, default, others):
    return [(f"{name}()", {}, lambda: cls())] + [
        (f"{name}(normalization_function={k}_normalization)", {"normalization": k},
         (lambda k=k: cls(normalization_function=NORMALIZATIONS[k])))
        for k in others]


def codas_with_tau(tau):
    """CODAS with ψ's threshold τ set (pymcdm fixes τ = 0.02 as the default of its module-level ψ)."""
    def body():
        codas_module._psi.__defaults__ = (tau,)
        return methods.CODAS()
    return body


def codas_clear_of_tau(body, matrix, weights, types, options):
    """Skips problems where some |E_i - E_k| lies within 1e-9 of τ (ψ could flip on rounding)."""
    tau = float(options.get("tau", "0.02"))
    e = body._method(matrix, weights, types)[3]
    return bool(np.all(np.abs(np.abs(e[:, None] - e[None, :]) - tau) > 1e-9))


def main():
    generate("moora", [("MOORA()", {}, methods.MOORA)])
    generate("aras", normalization_variants(methods.ARAS, "ARAS", "sum", ["minmax", "vector"])
             + [("ARAS(esp=esp)", {"esp": ""}, lambda esp: methods.ARAS(esp=esp))])
    generate("copras", [("COPRAS()", {}, methods.COPRAS)])
    generate("edas", [("EDAS()", {}, methods.EDAS)])
    generate("mabac", normalization_variants(methods.MABAC, "MABAC", "minmax", ["vector", "sum"]))
    generate("mairca", normalization_variants(methods.MAIRCA, "MAIRCA", "minmax", ["vector", "max"]))
    generate("codas", normalization_variants(methods.CODAS, "CODAS", "linear", ["minmax", "vector"])
             + [(f"CODAS() | with pymcdm.methods.codas._psi's tau = {t}", {"tau": repr(t)}, codas_with_tau(t)) for t in (0.01, 0.05)],
             extra_check=codas_clear_of_tau)
    codas_module._psi.__defaults__ = (0.02,)
    generate("cocoso", normalization_variants(methods.COCOSO, "COCOSO", "minmax", ["vector", "linear"])
             + [(f"COCOSO(l={l})", {"lambda": repr(l)}, (lambda l=l: methods.COCOSO(l=l))) for l in (0.2, 0.9)])
    generate("marcos", [("MARCOS()", {}, methods.MARCOS)])
    generate("ocra", [("OCRA()", {}, methods.OCRA)])


if __name__ == "__main__":
    main()
