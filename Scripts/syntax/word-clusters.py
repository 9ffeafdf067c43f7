#!/usr/bin/env python3
"""Writes Scripts/syntax/word-clusters.tsv: the word clusters the tagger and the parser read.

Usage: Scripts/syntax/word-clusters.py [NETMAP]   (default .build/release/netmap)

Words that occur in like contexts share a cluster, so a word the treebank never showed gets the
weights its cluster earned (Koo, Carreras and Collins 2008, "Simple semi-supervised dependency
parsing"). The text is netmap's own tokens (`netmap parse`) of the unlabelled
collections in ../shared/corpus (BBC 2004-05, Reuters 1987, Wikinews) and of the training
split of UD English EWT, about 4.7 million tokens. The clusters are Brown clusters (Brown et
al. 1992, "Class-based n-gram models of natural language"; the package brown-clustering on
PyPI): every word seen at least 4 times is merged, most frequent first, into 256 classes that
keep the most mutual information between neighbouring words, and the classes into one binary
tree. A word's path is its class's place in that tree ("0110": left, right, right, left), so a
path's prefix names a coarser class.

The table lists words and paths only, no text of the collections. The merges are
deterministic; the table, not this script, is the training input, so that Scripts/train-syntax
rebuilds the model byte for byte without it. Needs brown-clustering (numba, numpy); makes its
environment in $NETMAP_CLUSTERS_VENV (default /tmp/netmap-clusters-venv) when missing. Takes
about half an hour on two cores.
"""
import os
import subprocess
import sys
import tempfile

here = os.path.dirname(os.path.abspath(__file__))
root = os.path.dirname(os.path.dirname(here))
shared = os.path.join(root, "..", "shared")
venv = os.environ.get("NETMAP_CLUSTERS_VENV", "/tmp/netmap-clusters-venv")
python = os.path.join(venv, "bin", "python")

if os.environ.get("PYTHONHASHSEED") != "0" or sys.executable != python:
    if not os.path.exists(python) or subprocess.run([python, "-c", "import brown_clustering"], capture_output=True).returncode:
        print(f"word-clusters: installing brown-clustering into {venv}", file=sys.stderr)
        subprocess.run([sys.executable, "-m", "venv", venv], check=True)
        subprocess.run([os.path.join(venv, "bin", "pip"), "install", "-q", "brown-clustering==0.1.6"], check=True)
    os.execve(python, [python, os.path.abspath(__file__)] + sys.argv[1:], dict(os.environ, PYTHONHASHSEED="0"))

from brown_clustering import BigramCorpus, BrownClustering  # noqa: E402

SOURCES = ["corpus/bbc", "corpus/reuters-1987", "corpus/wikinews"]
TREEBANK = "treebank/ud-english-ewt/en_ewt-ud-train.conllu"
OUTPUT = os.path.join(here, "word-clusters.tsv")
ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")


def tokens(netmap, inputs):
    """Netmap tokens of `inputs` with ASCII letters lower-cased, one list a sentence (the
    trainer lower-cases every word of the table again, as the tagger does its tokens)."""
    result = subprocess.run([netmap, "parse", "--quiet", *inputs], check=True, capture_output=True, text=True).stdout
    sentence = []
    for line in result.split("\n"):
        if not line:
            if sentence:
                yield sentence
            sentence = []
        elif not line.startswith("#"):
            fields = line.split("\t")
            if fields[0].isdigit():
                sentence.append(fields[1].translate(ASCII_LOWER))


def main():
    netmap = sys.argv[1] if len(sys.argv) > 1 else os.path.join(root, ".build", "release", "netmap")
    sentences = []
    for source in SOURCES:
        sentences.extend(tokens(netmap, [os.path.join(shared, source)]))
    with tempfile.NamedTemporaryFile("w", suffix=".txt", encoding="utf-8") as text:
        with open(os.path.join(shared, TREEBANK), encoding="utf-8") as treebank:
            for line in treebank:
                if line.startswith("# text = "):
                    text.write(line[len("# text = "):].rstrip("\n") + "\n")
        text.flush()
        sentences.extend(tokens(netmap, [text.name]))
    print(f"word-clusters: {len(sentences)} sentences, {sum(map(len, sentences))} tokens", file=sys.stderr)
    corpus = BigramCorpus(sentences, alpha=0.0001, min_count=4)
    clustering = BrownClustering(corpus, 256)
    # The 256 classes, found by merging each word in order of frequency into the best of them;
    # then only the merges of the classes into one tree give the paths.
    for word, _ in corpus.ranks():
        clustering.helper.append_cluster([word])
        if clustering.helper.m > clustering.m:
            clustering.merge_best()
    classes = clustering.helper.copy_clusters()
    clustering._codes.clear()
    for _ in range(len(classes) - 1):
        clustering.merge_best()
    paths = clustering.codes()
    words = sorted(paths, key=lambda w: (-corpus.vocabulary[w], w))
    with open(OUTPUT, "w", encoding="utf-8") as out:
        out.write("# Word clusters for netmap's tagger and parser, written by Scripts/syntax/word-clusters.py (see there).\n")
        out.write("# Brown clusters (256) of netmap's tokens of ../shared/corpus (BBC 2004-05, Reuters 1987, Wikinews) and UD English EWT train.\n")
        out.write("# path <tab> word, most frequent first\n")
        for word in words:
            out.write(f"{paths[word]}\t{word}\n")
    print(f"word-clusters: wrote {OUTPUT} ({len(words)} words)", file=sys.stderr)


main()
