"""Writes hostile inputs of about SIZE bytes into OUTDIR, one per shape that once cost (or could
cost) more than linear time or memory: `make bench` times `stats --json` on each at two sizes
to show the growth.

Usage: hostile_inputs.py SIZE OUTDIR
"""
import os
import sys

size, out = int(sys.argv[1]), sys.argv[2]
os.makedirs(out, exist_ok=True)
good = "- `CVPR 2020` [A Good Paper Title Here](https://example.org), **Ann Lee**, Bob Smith\n"


def write(name, text):
    with open(os.path.join(out, name), "w", encoding="utf-8") as f:
        f.write(text)


def nested_list():
    # One list item whose continuation lines are ever more indented (quadratic before 993b7be).
    lines, total, depth = [], 0, 0
    while total < size:
        line = " " * (2 * depth) + "- x\n"
        lines.append(line)
        total += len(line)
        depth += 1
    return "# Publications\n\n" + good + "".join(lines) + "\n" + good


shapes = {
    "entries.md": "# Publications\n\n" + good * (size // len(good)),
    "nested-list.md": nested_list(),
    "one-line.md": "# Publications\n\n" + good + "[*_`<" * (size // 5) + "\n\n" + good,
    "nested-divs.md": "# Publications\n\n" + good + "<div>" * (size // 11) + "x" + "</div>" * (size // 11) + "\n\n" + good,
    # A reference line of ever more "(with " clauses closed once at the end (quadratic in the
    # co-author clause reader before it bounded its reach).
    "with-clauses.txt": "(with A B C D E, " * (size // 17) + ") A Good Paper Title Here, Journal of Examples, 2020.\n"
    + "Ann Lee, Bob Smith. A Second Good Paper Title. Journal of Examples, 2021.\n",
    "unbalanced.bib": "@article{a, title={" + "{" * size + "}\n@article{b, title={Kept}, author={Ann Lee}, year=2020}\n",
    # Fifteen doublings of an @string half the input long (exponential before e80452f).
    "doubling-strings.bib": '@string{s0 = "' + "x" * (size // 2) + '"}\n'
    + "".join(f"@string{{s{i} = s{i - 1} # s{i - 1}}}\n" for i in range(1, 16))
    + "@article{a, title = s15, author = {Ann Lee}, year = 2020}\n",
    # Consortium papers of 3,000 authors with one owner (4.5 million pairs each before the
    # large-team rule of the co-author graph).
    "consortium.bib": "".join(
        f"@article{{c{k}, title = {{Consortium Result {k}}}, journal = {{Nature}}, year = 2020, author = {{Ann Lee and "
        + " and ".join(f"Member{k}x{i} Person" for i in range(3000)) + "}}\n"
        for k in range(max(1, size // 70000))),
    "many-authors.bib": "@article{a, title={T}, year=2020, author={"
    + " and ".join(f"Author{i} Person" for i in range(size // 20))
    + "}}\n",
}
for name, text in shapes.items():
    write(name, text)

# A Hugo site: one page nests block lists as deep as the size allows, one is good.
pages = {
    "deep": "---\ntitle: Deep\ntags:\n  " + "- " * (size // 2) + "x\n---\n",
    "good": "---\ntitle: A Good Paper Title Here\ndate: 2020-01-01\n---\n",
}
for slug, text in pages.items():
    folder = os.path.join(out, "hugo-site", "content", "publication", slug)
    os.makedirs(folder, exist_ok=True)
    write(os.path.join(folder, "index.md"), text)
