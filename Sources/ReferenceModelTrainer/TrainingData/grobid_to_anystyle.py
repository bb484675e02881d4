#!/usr/bin/env python3
"""Converts GROBID's labelled citations (TEI <bibl> elements) into AnyStyle's XML, the format the
reference model trains on.

GROBID's citation training corpus (grobid-trainer/resources/dataset/citation/corpus/*.xml,
Apache-2.0, see LICENSE-grobid) marks spans inside running text; AnyStyle labels whole words.
Each word takes the label of most of its letters and digits (the span "SESSLER</author>." is
the author's word "SESSLER."); words outside every span are notes.

Usage: grobid_to_anystyle.py GROBID_CHECKOUT [FOLDER] > grobid-citations.xml
(the checkout's git directory is read at HEAD, as `fetch` leaves it; FOLDER defaults to the
training corpus; grobid-trainer/resources/dataset/citation/evaluation/ gives GROBID's own test
citations, which the model never trains on).
"""
import subprocess
import sys
import xml.etree.ElementTree as ET
from xml.sax.saxutils import escape

CORPUS = "grobid-trainer/resources/dataset/citation/corpus/"


def local(tag):
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def label(element, has_article_title):
    tag = local(element.tag)
    kind = element.get("level") or element.get("type") or element.get("unit") or ""
    if tag == "title":
        return {"a": "title", "j": "journal", "s": "collection-title"}.get(
            kind, "container-title" if has_article_title else "title")
    if tag == "biblScope":
        return {"vol": "volume", "volume": "volume", "issue": "volume"}.get(kind, "pages")
    if tag == "idno":
        return "doi" if kind.lower() == "doi" else "note"
    if tag == "note":
        return "genre" if kind == "report" else "note"
    return {"author": "author", "editor": "editor", "date": "date", "publisher": "publisher",
            "orgName": "publisher", "pubPlace": "location", "pubplace": "location", "ptr": "url",
            "meeting": "container-title", "label": "citation-number"}.get(tag)


def characters(element, inherited, has_article_title, out):
    """Appends (character, label) pairs for the element's text, children and tails."""
    own = label(element, has_article_title) or inherited
    if local(element.tag) == "lb":
        out.append((" ", inherited))
    for ch in element.text or "":
        out.append((ch, own))
    for child in element:
        characters(child, own, has_article_title, out)
        for ch in child.tail or "":
            out.append((ch, own))


def words(pairs):
    """Whitespace-separated words, each with the label of most of its letters and digits."""
    result, current = [], []
    for ch, lab in pairs + [(" ", None)]:
        if ch.isspace():
            if current:
                text = "".join(c for c, _ in current)
                votes = {}
                for c, l in current:
                    if c.isalnum() and l:
                        votes[l] = votes.get(l, 0) + 1
                if not votes:
                    for c, l in current:
                        if l:
                            votes[l] = votes.get(l, 0) + 1
                best = max(sorted(votes), key=lambda l: votes[l]) if votes else "note"
                result.append((text, best))
            current = []
        else:
            current.append((ch, lab))
    return result


def main(checkout, folder=CORPUS):
    git = ["git", "--git-dir", checkout]
    files = subprocess.run(git + ["ls-tree", "-r", "--name-only", "HEAD", folder],
                           capture_output=True, text=True, check=True).stdout.split("\n")
    sequences, skipped = [], 0
    for name in sorted(f for f in files if f.endswith(".xml")):
        data = subprocess.run(git + ["show", "HEAD:" + name], capture_output=True, check=True).stdout
        try:
            root = ET.fromstring(data)
        except ET.ParseError:
            skipped += 1
            continue
        for bibl in root.iter():
            if local(bibl.tag) != "bibl":
                continue
            has_article = any(local(e.tag) == "title" and e.get("level") == "a" for e in bibl.iter())
            pairs = []
            characters(bibl, None, has_article, pairs)
            segments = []
            for text, lab in words(pairs):
                if segments and segments[-1][0] == lab:
                    segments[-1][1].append(text)
                else:
                    segments.append((lab, [text]))
            if len(segments) > 1 or (segments and segments[0][0] != "note"):
                sequences.append(segments)
    print('<?xml version="1.0" encoding="UTF-8"?>')
    print("<dataset>")
    for segments in sequences:
        print("  <sequence>")
        for lab, texts in segments:
            print(f"    <{lab}>{escape(' '.join(texts))}</{lab}>")
        print("  </sequence>")
    print("</dataset>")
    print(f"{len(sequences)} citations; {skipped} files not well-formed, skipped", file=sys.stderr)


if __name__ == "__main__":
    main(sys.argv[1], *sys.argv[2:3])
