#!/usr/bin/env python3
"""Adjusted Rand index of a topic assignment against the true topics of a gen_bib.py corpus.

    topic_ari.py CORPUS.bib pubreport-topics.json    (output of `pubreport topics --json`)
    topic_ari.py CORPUS.bib assignments.csv          (output of peer.py)

Prints the ARI and the number of entries scored. Entries without a topic on either side are
left out (pubreport leaves out entries whose title and abstract have no usable words).
"""
import csv
import json
import re
import sys

from sklearn.metrics import adjusted_rand_score


def true_topics(path):
    truth, key = {}, None
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            entry = re.match(r"\s*@\w+\s*\{\s*([^,\s]+)\s*,", line)
            if entry:
                key = entry.group(1)
            field = re.match(r"\s*x-topic\s*=\s*[{\"]([^}\"]+)", line)
            if field and key:
                truth[key] = field.group(1)
    return truth


def predicted(path):
    if path.endswith(".json"):
        with open(path, encoding="utf-8") as handle:
            document = json.load(handle)
        return {key: topic["number"] for topic in document["topics"] for key in topic["publications"]}
    with open(path, encoding="utf-8") as handle:
        return {row["key"]: row["topic"] for row in csv.DictReader(handle)}


def main():
    truth, guess = true_topics(sys.argv[1]), predicted(sys.argv[2])
    keys = sorted(set(truth) & set(guess))
    print(f"{adjusted_rand_score([truth[k] for k in keys], [guess[k] for k in keys]):.4f} {len(keys)}")


if __name__ == "__main__":
    main()
