#!/usr/bin/env python3
"""Small seeds for one fuzz target, cut from the test fixtures: one BibTeX entry, one CSL-JSON
item, one Hugo page or a dozen homepage lines per file. libFuzzer mutates small inputs far faster
than whole pages (hundreds of runs a second on a 30 kB page, thousands on a 1 kB one).

    seeds.py TARGET OUT_DIR
"""
import glob
import hashlib
import json
import os
import re
import sys


def write(out, text):
    data = text.encode("utf-8", "surrogateescape")
    with open(os.path.join(out, hashlib.sha1(data).hexdigest()[:16]), "wb") as handle:
        handle.write(data)


def bibtex_entries():
    for path in sorted(glob.glob("Tests/Fixtures/bibtex/*.bib")):
        text = open(path, encoding="utf-8", errors="replace").read()
        for chunk in re.split(r"\n(?=@)", text):
            if chunk.strip():
                yield chunk[:4000]


def homepage_chunks():
    for path in sorted(glob.glob("Tests/Fixtures/homepage/*.md")):
        lines = open(path, encoding="utf-8", errors="replace").read().split("\n")
        for start in range(0, len(lines), 12):
            yield "# Publications\n" + "\n".join(lines[start:start + 12])


def reference_lines(per_file=4):
    """The held-out references of Tests/Fixtures/references, a few a file."""
    rows = [line.split("\t")[0] for line in open("Tests/Fixtures/references/grobid-evaluation.tsv", encoding="utf-8")][1:]
    for chunk in chunks(rows, per_file):
        yield "\n".join(chunk)


def export_chunks(target):
    """Records of the service exports in Tests/Fixtures/exports, a few at a time."""
    patterns = {"ris": ["*.ris", "webofscience-*.txt"], "openalex": ["*openalex*.json"],
                "dblp": ["*dblp*.xml"], "orcid": ["*orcid*.json", "*orcid*.xml"]}[target]
    for pattern in patterns:
        for path in sorted(glob.glob("Tests/Fixtures/exports/" + pattern)):
            text = open(path, encoding="utf-8", errors="replace").read()
            if target == "ris":
                for chunk in re.split(r"\n(?=ER)", text):
                    yield chunk[:4000] + "\nER  -\n"
            elif target == "openalex":
                data = json.loads(text)
                works = data.get("results", [data]) if isinstance(data, dict) else data
                for work in works:
                    yield json.dumps(work)[:4000]
            elif target == "dblp":
                for chunk in chunks(re.findall(r"<(?:inproceedings|article|incollection)\b.*?</(?:inproceedings|article|incollection)>", text, re.S), 3):
                    yield '<?xml version="1.0"?>\n<dblpperson name="A" pid="1/1">\n' + "".join("<r>" + c + "</r>\n" for c in chunk) + "</dblpperson>\n"
            else:
                for start in range(0, len(text), 3500):
                    yield text[start:start + 3500]


def chunks(items, size):
    for start in range(0, len(items), size):
        yield items[start:start + size]


def main():
    target, out = sys.argv[1], sys.argv[2]
    os.makedirs(out, exist_ok=True)
    if target in ("bibtex",):
        seeds = bibtex_entries()
    elif target == "names":
        seeds = (m.group(1) for e in bibtex_entries() for m in re.finditer(r"author\s*=\s*[{\"](.*?)[}\"],?\n", e, re.S))
    elif target == "csljson":
        seeds = (json.dumps([item]) for p in sorted(glob.glob("Tests/Fixtures/csljson/*.json"))
                 for item in json.load(open(p, encoding="utf-8")))
    elif target == "hugo":
        seeds = (open(p, encoding="utf-8", errors="replace").read()[:4000]
                 for p in sorted(glob.glob("Tests/Fixtures/hugo/*/content/publication/*/index.md"))
                 # TOML pages of the Academic theme (`+++`), one file a paper.
                 + sorted(p for p in glob.glob("Tests/Fixtures/hugo/*/content/publication/*.md") if not p.endswith("_index.md"))
                 + sorted(glob.glob("Tests/Fixtures/academicpages/*/_publications/*.md")))
    elif target == "references":
        seeds = reference_lines()
    elif target == "latexcv":
        seeds = ("\\section{Publications}\n\\begin{enumerate}\n" + "".join("\\item " + line + "\n" for line in chunk)
                 + "\\end{enumerate}\n" for chunk in chunks(list(reference_lines(1)), 3))
    elif target in ("ris", "openalex", "dblp", "orcid"):
        seeds = export_chunks(target)
    else:  # homepage, venues
        seeds = homepage_chunks()
    for seed in seeds:
        write(out, seed)


if __name__ == "__main__":
    main()
