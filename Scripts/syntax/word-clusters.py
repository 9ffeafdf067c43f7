#!/usr/bin/env python3
"""Writes Scripts/syntax/word-clusters.tsv: the word clusters the part-of-speech tagger reads.

Usage: Scripts/syntax/word-clusters.py [NETMAP]   (default .build/release/netmap)

Words that occur in like contexts share a cluster, so a word the treebank never showed gets the
weights its cluster earned (Koo, Carreras and Collins 2008, "Simple semi-supervised dependency
parsing"). The text is netmap's own tokens (lower-cased, `netmap parse`) of the unlabelled
collections in ../shared/corpus (BBC 2004-05, Reuters 1987, Wikinews) and of the training
split of UD English EWT, about 4.7 million tokens. Each word seen at least 3 times gets a
skip-gram vector (word2vec: 100 dimensions, window 3, 5 passes; gensim); the unit vectors are
clustered by spherical k-means into 1,024 clusters, whose centres are clustered into 128 and
those into 16. A word's path is the binary number of its cluster at each level (4 + 7 + 10
bits), so a prefix of 4 bits names its coarse cluster and of 11 bits its middle one.

The table lists words and paths only, no text of the collections. Deterministic on one
machine (one worker thread, fixed seeds, PYTHONHASHSEED=0); another machine's floating point
may move a few words, which is why the table, not this script, is the training input.
Needs gensim and numpy; makes its environment in $NETMAP_CLUSTERS_VENV (default
/tmp/netmap-clusters-venv) when missing. Takes about five minutes.
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
    if not os.path.exists(python) or subprocess.run([python, "-c", "import gensim, numpy"], capture_output=True).returncode:
        print(f"word-clusters: installing gensim into {venv}", file=sys.stderr)
        subprocess.run([sys.executable, "-m", "venv", venv], check=True)
        subprocess.run([os.path.join(venv, "bin", "pip"), "install", "-q", "gensim==4.4.0", "numpy>=2,<3"], check=True)
    os.execve(python, [python, os.path.abspath(__file__)] + sys.argv[1:], dict(os.environ, PYTHONHASHSEED="0"))

import numpy as np  # noqa: E402
from gensim.models import Word2Vec  # noqa: E402

SOURCES = ["corpus/bbc", "corpus/reuters-1987", "corpus/wikinews"]
TREEBANK = "treebank/ud-english-ewt/en_ewt-ud-train.conllu"
OUTPUT = os.path.join(here, "word-clusters.tsv")


def tokens(netmap, inputs):
    """Lower-cased netmap tokens of `inputs`, one list a sentence."""
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
                sentence.append(fields[1].lower())


def kmeans(x, k, seed, weights=None, passes=25):
    """Spherical k-means: cluster of each row of `x` (unit vectors) and the unit centres."""
    rng = np.random.default_rng(seed)
    centres = x[rng.choice(len(x), k, replace=False)].copy()
    for _ in range(passes):
        assigned = (x @ centres.T).argmax(1)
        for j in range(k):
            members = assigned == j
            if members.any():
                v = (x[members] if weights is None else x[members] * weights[members, None]).sum(0)
                centres[j] = v / np.linalg.norm(v)
    return assigned, centres


def main():
    netmap = sys.argv[1] if len(sys.argv) > 1 else os.path.join(root, ".build", "release", "netmap")
    sentences = []
    for source in SOURCES:
        sentences.extend(tokens(netmap, [os.path.join(shared, source)]))
    with tempfile.NamedTemporaryFile("w", suffix=".txt", encoding="utf-8") as text:
        with open(os.path.join(shared, TREEBANK), encoding="utf-8") as treebank:
            for line in treebank:
                if line.startswith("# text = "):
                    text.write(line[len("# text = "):].rstrip("\n") + "\n\n")
        text.flush()
        sentences.extend(tokens(netmap, [text.name]))
    print(f"word-clusters: {len(sentences)} sentences, {sum(map(len, sentences))} tokens", file=sys.stderr)
    model = Word2Vec(sentences=sentences, vector_size=100, window=3, sg=1, negative=10, min_count=3, epochs=5,
                     workers=1, seed=1)
    words = list(model.wv.index_to_key)
    x = model.wv.vectors.astype(np.float64)
    x /= np.linalg.norm(x, axis=1, keepdims=True)
    fine, fine_centres = kmeans(x, 1024, seed=0)
    counts = np.bincount(fine, minlength=1024).astype(np.float64)
    middle, middle_centres = kmeans(fine_centres, 128, seed=1, weights=counts)
    coarse, _ = kmeans(middle_centres, 16, seed=2, weights=np.bincount(middle, weights=counts, minlength=128))
    with open(OUTPUT, "w", encoding="utf-8") as out:
        out.write("# Word clusters for netmap's tagger, written by Scripts/syntax/word-clusters.py (see there).\n")
        out.write("# From netmap's tokens of ../shared/corpus (BBC 2004-05, Reuters 1987, Wikinews) and UD English EWT train.\n")
        out.write("# path (coarse 4 bits, middle 7, fine 10) <tab> word, most frequent first\n")
        for i, word in enumerate(words):
            m = middle[fine[i]]
            out.write(f"{coarse[m]:04b}{m:07b}{fine[i]:010b}\t{word}\n")
    print(f"word-clusters: wrote {OUTPUT} ({len(words)} words)", file=sys.stderr)


main()
