#!/usr/bin/env python3
"""Compares one mcda output under two LAPACK builds (see lapack-builds.sh).

JSON: the same structure, strings, booleans and integers, and every number within 1e-9 relative
(1e-12 absolute near zero): a share or a rank that moved changes by far more. The differences in
the last digits are listed, grouped by field. Anything else (the text reports): byte for byte.
"""
import json
import re
import sys
from collections import defaultdict

name, a_path, b_path = sys.argv[1:4]
a_text, b_text = open(a_path, "rb").read(), open(b_path, "rb").read()
if not name.endswith(".json"):
    if a_text != b_text:
        print("%s: the reports DIFFER" % name)
        sys.exit(1)
    print("%s: identical" % name)
    sys.exit(0)

a, b = json.loads(a_text), json.loads(b_text)
digits, wrong = defaultdict(list), []


def walk(x, y, path):
    if isinstance(x, dict) and isinstance(y, dict):
        if x.keys() != y.keys():
            wrong.append("%s: keys %s vs %s" % (path, sorted(x), sorted(y)))
        for k in x.keys() & y.keys():
            walk(x[k], y[k], path + "." + k)
    elif isinstance(x, list) and isinstance(y, list):
        if len(x) != len(y):
            wrong.append("%s: %d vs %d entries" % (path, len(x), len(y)))
        for i, (p, q) in enumerate(zip(x, y)):
            walk(p, q, "%s[%d]" % (path, i))
    elif isinstance(x, float) and isinstance(y, (int, float)) or isinstance(y, float) and isinstance(x, (int, float)):
        if x != y:
            gap = abs(x - y)
            if gap > 1e-9 * max(abs(x), abs(y)) and gap > 1e-12:
                wrong.append("%s: %r vs %r" % (path, x, y))
            else:
                digits[re.sub(r"\[\d+\]", "[]", path)].append(gap / max(abs(x), abs(y)))
    elif x != y or type(x) != type(y):
        wrong.append("%s: %r vs %r" % (path, x, y))


walk(a, b, "")
if a_text == b_text:
    print("%s: identical" % name)
else:
    print("%s: %d numbers differ in the last digits%s" % (name, sum(map(len, digits.values())),
          "" if digits else " (only formatting)"))
    for field, gaps in sorted(digits.items()):
        print("    %-60s %4d, at most %.1e relative" % (field, len(gaps), max(gaps)))
for line in wrong[:20]:
    print("    DIFFERS %s" % line)
sys.exit(1 if wrong else 0)
