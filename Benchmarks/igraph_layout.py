#!/usr/bin/env python3
"""Times igraph's Fruchterman-Reingold layout (as peer.py calls it: weights, 500 iterations) on
the co-author graph pubreport exported as CSV (`pubreport graph FILE --format csv --out BASE`).

    igraph_layout.py BASE-nodes.csv BASE-edges.csv   → prints seconds and the number of people
"""
import csv
import random
import sys
import time

import igraph


def main():
    with open(sys.argv[1], encoding="utf-8") as handle:
        ids = [row["id"] for row in csv.DictReader(handle)]
    index = {node: position for position, node in enumerate(ids)}
    with open(sys.argv[2], encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    graph = igraph.Graph(n=len(ids), edges=[(index[r["source"]], index[r["target"]]) for r in rows])
    weights = [float(r["joint_publications"]) for r in rows]
    random.seed(1)
    start = time.perf_counter()
    graph.layout_fruchterman_reingold(weights=weights, niter=500)
    print(f"{time.perf_counter() - start:.2f} {len(ids)}")


if __name__ == "__main__":
    main()
