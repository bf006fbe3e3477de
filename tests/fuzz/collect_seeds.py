#!/usr/bin/env python3
"""Regenerates tests/fuzz/seeds/<target>/ from the project's own files (never from ../shared):
query and data sections of tests/queries/*.test, tests/acceptance/queries/*.rq, the rule files
in engine/data/rules (whole and one rule each), lines and openings of corpus/*.txt and the
.meta sidecars. Hand-written seeds (hand_*) are kept. Run from anywhere; idempotent."""
import hashlib
import pathlib
import re

ROOT = pathlib.Path(__file__).resolve().parents[2]
SEEDS = ROOT / "tests/fuzz/seeds"


def put(target, text, limit=4096):
    data = text.encode("utf-8")[:limit]
    if not data.strip():
        return
    directory = SEEDS / target
    directory.mkdir(parents=True, exist_ok=True)
    (directory / ("seed_" + hashlib.sha1(data).hexdigest()[:16])).write_bytes(data)


def sections(path):
    """The '-- name' sections of a .test file as {name: text}."""
    found, name = {}, None
    for line in path.read_text(encoding="utf-8").splitlines(keepends=True):
        match = re.match(r"^-- (\w+)", line)
        if match:
            name = match.group(1)
            found.setdefault(name, "")
        elif name:
            found[name] += line
    return found


def main():
    for old in SEEDS.glob("*/seed_*"):
        old.unlink()
    for test in sorted((ROOT / "tests/queries").rglob("*.test")):
        parts = sections(test)
        put("query_parser", parts.get("query", ""))
        data = parts.get("data", "")
        put("ntriples_reader", data)
        put("turtle_reader", data)
        put("nquads_reader", re.sub(r" \.$", " <http://marsad.dev/graph/g> .", data,
                                    flags=re.M))
    for query in sorted((ROOT / "tests/acceptance/queries").glob("*.rq")):
        put("query_parser", query.read_text(encoding="utf-8"))
    for rules in sorted((ROOT / "engine/data/rules").glob("*.rules")):
        text = rules.read_text(encoding="utf-8")
        put("rules_parser", text, limit=1 << 16)
        for rule in re.findall(r"^rule .*?^end$", text, flags=re.M | re.S):
            put("rules_parser", rule + "\n")
    for article in sorted((ROOT / "corpus").glob("*.txt")):
        text = article.read_text(encoding="utf-8")
        lines = [line for line in text.splitlines() if line.strip()]
        put("extract", "\n".join(lines[:6]) + "\n")
        put("date_parser", "\n".join(lines[:2]) + "\n")
        for line in lines[:8]:
            put("normalizer", line, limit=1024)
            put("date_parser", line, limit=1024)
    for meta in sorted((ROOT / "corpus").glob("*.meta")):
        put("extract", meta.read_text(encoding="utf-8"))


if __name__ == "__main__":
    main()
