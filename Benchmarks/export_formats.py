#!/usr/bin/env python3
"""Writes one publication list in the four service formats pubreport reads (issue 27).

Usage: export_formats.py PUBLICATIONS.json OUTDIR

PUBLICATIONS.json is `pubreport parse corpus.bib --json` (a generated corpus, so the records have
the sizes and shapes of a real list: several authors, venues, abstracts, DOIs). OUTDIR receives
  list.ris        RIS as Zotero writes it (TY, AU, TI, T2, PY, DO, AB, ER)
  openalex.json   one OpenAlex API results page: authorships with institutions and countries,
                  the abstract as an inverted index, cited_by_count and counts_by_year
  dblp.xml        a dblp person page (<dblpperson> with <r><article|inproceedings>)
  orcid.json      an ORCID /record (API 3.0 JSON): work summaries grouped by DOI
so `make bench` can time each reader on the same records. Deterministic: no randomness.
"""
import json
import os
import sys
from xml.sax.saxutils import escape

INSTITUTIONS = [("University of Toronto", "CA"), ("Tsinghua University", "CN"), ("ETH Zurich", "CH"),
                ("University of Oxford", "GB"), ("Stanford University", "US"), ("KAIST", "KR")]


def kind_of(publication):
    return (publication.get("venue") or {}).get("kind", "other")


def doi_of(publication):
    link = (publication.get("links") or {}).get("paper") or ""
    return link[len("https://doi.org/"):] if link.startswith("https://doi.org/") else None


def write_ris(publications, path):
    with open(path, "w", encoding="utf-8") as out:
        for p in publications:
            out.write("TY  - %s\n" % ("CPAPER" if kind_of(p) in ("conference", "workshop") else "JOUR"))
            for author in p["authors"]:
                out.write("AU  - %s\n" % author["name"])
            out.write("TI  - %s\n" % p["title"])
            if p.get("venue"):
                out.write("T2  - %s\n" % p["venue"]["name"])
            if p.get("year"):
                out.write("PY  - %d\n" % p["year"])
            if doi_of(p):
                out.write("DO  - %s\n" % doi_of(p))
            if p.get("abstract"):
                out.write("AB  - %s\n" % p["abstract"])
            out.write("ER  - \n\n")


def inverted_index(text):
    index = {}
    for position, word in enumerate(text.split()):
        index.setdefault(word, []).append(position)
    return index


def write_openalex(publications, path):
    results = []
    for n, p in enumerate(publications):
        authorships = []
        for i, author in enumerate(p["authors"]):
            name, country = INSTITUTIONS[(n + i) % len(INSTITUTIONS)]
            authorships.append({
                "author_position": "first" if i == 0 else "middle",
                "author": {"id": "https://openalex.org/A%d" % (n * 100 + i), "display_name": author["name"]},
                "institutions": [{"display_name": name, "country_code": country, "type": "education"}],
                "countries": [country],
            })
        year = p.get("year")
        venue = p.get("venue")
        results.append({
            "id": "https://openalex.org/W%d" % (1000000 + n),
            "doi": "https://doi.org/" + doi_of(p) if doi_of(p) else None,
            "title": p["title"], "display_name": p["title"],
            "publication_year": year,
            "type": "article",
            "primary_location": {"source": {"display_name": venue["name"], "type": "conference" if kind_of(p) == "conference" else "journal"}} if venue else None,
            "authorships": authorships,
            "cited_by_count": n % 37,
            "counts_by_year": [{"year": year + k, "cited_by_count": (n + k) % 5} for k in range(3)] if year else [],
            "abstract_inverted_index": inverted_index(p["abstract"]) if p.get("abstract") else None,
        })
    with open(path, "w", encoding="utf-8") as out:
        json.dump({"meta": {"count": len(results), "page": 1, "per_page": len(results)}, "results": results}, out)


def write_dblp(publications, path):
    with open(path, "w", encoding="utf-8") as out:
        out.write('<?xml version="1.0" encoding="UTF-8"?>\n<dblpperson name="Ann Lee" pid="00/1" n="%d">\n' % len(publications))
        for n, p in enumerate(publications):
            element = "inproceedings" if kind_of(p) in ("conference", "workshop") else "article"
            out.write('<r><%s key="x/y/K%d" mdate="2025-01-01">\n' % (element, n))
            for author in p["authors"]:
                out.write("<author>%s</author>\n" % escape(author["name"]))
            out.write("<title>%s.</title>\n" % escape(p["title"]))
            if p.get("year"):
                out.write("<year>%d</year>\n" % p["year"])
            if p.get("venue"):
                tag = "booktitle" if element == "inproceedings" else "journal"
                out.write("<%s>%s</%s>\n" % (tag, escape(p["venue"]["name"]), tag))
            if doi_of(p):
                out.write("<ee>https://doi.org/%s</ee>\n" % escape(doi_of(p)))
            out.write("</%s></r>\n" % element)
        out.write("</dblpperson>\n")


def write_orcid(publications, path):
    groups = []
    for n, p in enumerate(publications):
        ids = [{"external-id-type": "doi", "external-id-value": doi_of(p), "external-id-relationship": "self"}] if doi_of(p) else []
        summary = {
            "put-code": n + 1,
            "title": {"title": {"value": p["title"]}},
            "external-ids": {"external-id": ids},
            "type": "conference-paper" if kind_of(p) == "conference" else "journal-article",
            "publication-date": {"year": {"value": str(p["year"])}} if p.get("year") else None,
            "journal-title": {"value": p["venue"]["name"]} if p.get("venue") else None,
        }
        groups.append({"external-ids": {"external-id": ids}, "work-summary": [summary]})
    record = {
        "orcid-identifier": {"path": "0000-0000-0000-0000"},
        "person": {"name": {"given-names": {"value": "Ann"}, "family-name": {"value": "Lee"}}},
        "activities-summary": {"works": {"group": groups}},
    }
    with open(path, "w", encoding="utf-8") as out:
        json.dump(record, out)


def main():
    publications = json.load(open(sys.argv[1], encoding="utf-8"))
    outdir = sys.argv[2]
    os.makedirs(outdir, exist_ok=True)
    write_ris(publications, os.path.join(outdir, "list.ris"))
    write_openalex(publications, os.path.join(outdir, "openalex.json"))
    write_dblp(publications, os.path.join(outdir, "dblp.xml"))
    write_orcid(publications, os.path.join(outdir, "orcid.json"))


if __name__ == "__main__":
    main()
