"""Throughput benchmark: govnlp against the tools a user would otherwise reach for.

    python benchmarks/run.py [--chars 1000000] [--output benchmarks/results.json]

On the corpus pages repeated to ``--chars`` characters it measures, in one run:
``govnlp.load()`` time, characters/second of the full shipped pipeline with
1 and 2 processes (``nlp.pipe``, Docs returned, and ``govnlp annotate``'s
workers, JSON records returned), one pass over the corpus's web pages (a stream of
pages never seen before, where every page compiles what it needs afresh), peak RSS, cost
against page length (1k … 1M-char pages),
and the peers when installed (``pip install -e ".[bench]"``): jieba.posseg
(ns/nt/nr tagging), a blank spaCy ``zh`` pipeline with a default-config NER
(speed does not depend on its weights, so it is initialised, not trained),
and cpca over the same lines.  Prints a table with ratios to govnlp and
writes the JSON.  A script, not a timed test.
"""
from __future__ import annotations

import argparse
import json
import platform
import resource
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def corpus_text(chars: int) -> list[str]:
    pages = [json.loads(line)["text"] for line in (ROOT / "corpus" / "seeds.jsonl").open(encoding="utf-8")]
    out, total = [], 0
    while total < chars:
        for p in pages:
            out.append(p)
            total += len(p)
            if total >= chars:
                break
    return out


def timed(fn) -> float:
    t0 = time.perf_counter()
    fn()
    return time.perf_counter() - t0


def bench_govnlp(pages: list[str]) -> dict:
    import govnlp

    load_s = timed(govnlp.load)
    nlp = govnlp.load()
    n = sum(map(len, pages))
    consume = lambda docs: [None for _ in docs]  # stream: keep no Doc alive
    one = timed(lambda: consume(nlp.pipe(pages, batch_size=8)))
    web = [json.loads(line)["text"] for path in sorted((ROOT / "corpus").glob("pages*.jsonl"))
           for line in path.open(encoding="utf-8")]
    stream = timed(lambda: consume(nlp.pipe(web, batch_size=8)))
    rss_one = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    two = timed(lambda: consume(nlp.pipe(pages, batch_size=8, n_process=2)))
    # the archive path (govnlp annotate): workers send back JSON records, not Docs
    from govnlp.annotate import Page, iter_records

    items = [Page(str(i), p, "bench") for i, p in enumerate(pages)]
    rec_one = timed(lambda: consume(iter_records(items, n_process=1, batch_size=8)))
    rec_two = timed(lambda: consume(iter_records(items, n_process=2, batch_size=8)))
    scaling = {}
    unit = "\n".join(pages)
    for size in (1_000, 10_000, 100_000, 1_000_000):
        if size > len(unit) * 2:
            break
        text = (unit * (size // len(unit) + 1))[:size]
        scaling[size] = size / timed(lambda: nlp(text))
    rss_all = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {"load_seconds": load_s, "chars_per_second": n / one, "chars_per_second_2proc": n / two,
            "speedup_2proc": one / two, "records_chars_per_second": n / rec_one,
            "records_chars_per_second_2proc": n / rec_two, "records_speedup_2proc": rec_one / rec_two,
            "chars_per_second_by_page_length": scaling,
            "unique_pages": len(web), "unique_chars": sum(map(len, web)),
            "unique_chars_per_second": sum(map(len, web)) / stream,
            "peak_rss_mb_streaming": rss_one, "peak_rss_mb_with_1M_char_page": rss_all}


def bench_jieba(pages):
    try:
        import jieba
        import jieba.posseg as pseg
    except ImportError:
        return None
    jieba.initialize()
    n = sum(map(len, pages))
    return n / timed(lambda: [[(w.word, w.flag) for w in pseg.cut(p) if w.flag in ("ns", "nt", "nr")]
                              for p in pages])


def bench_spacy_ner(pages):
    import spacy

    nlp = spacy.blank("zh")
    ner = nlp.add_pipe("ner")
    for lab in ("ADMIN", "ORG", "PERSON"):
        ner.add_label(lab)
    nlp.initialize()
    n = sum(map(len, pages))
    return n / timed(lambda: list(nlp.pipe(pages, batch_size=8)))


def bench_cpca(pages):
    try:
        import cpca
    except ImportError:
        return None
    lines = [l for p in pages for l in p.split("\n") if l.strip()]
    n = sum(map(len, lines))
    return n / timed(lambda: cpca.transform(lines))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--chars", type=int, default=1_000_000)
    ap.add_argument("--output", default=str(ROOT / "benchmarks" / "results.json"))
    args = ap.parse_args()
    pages = corpus_text(args.chars)
    res = {"machine": f"{platform.machine()} {platform.processor() or ''} {platform.python_version()}".strip(),
           "chars": sum(map(len, pages)), "govnlp": bench_govnlp(pages)}
    peers = {"jieba.posseg": bench_jieba(pages), "spaCy blank zh + default NER": bench_spacy_ner(pages),
             "cpca": bench_cpca(pages)}
    res["peers_chars_per_second"] = peers
    res["peak_rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    g = res["govnlp"]
    print(f"{res['chars']:,} chars; govnlp.load() {g['load_seconds']:.2f} s; peak RSS "
          f"{g['peak_rss_mb_streaming']:.0f} MB streaming pages, {g['peak_rss_mb_with_1M_char_page']:.0f} MB "
          f"after a 1M-char page, {res['peak_rss_mb']:.0f} MB with the peers")
    print(f"{'tool':32s} {'chars/s':>12s} {'ratio to govnlp':>16s}")
    print(f"{'govnlp (1 process)':32s} {g['chars_per_second']:12,.0f} {1.0:16.2f}")
    print(f"{'govnlp, unique web pages':32s} {g['unique_chars_per_second']:12,.0f} "
          f"{g['unique_chars_per_second'] / g['chars_per_second']:16.2f}  ({g['unique_pages']} pages, one pass)")
    print(f"{'govnlp (2 processes)':32s} {g['chars_per_second_2proc']:12,.0f} "
          f"{g['chars_per_second_2proc'] / g['chars_per_second']:16.2f}")
    print(f"{'govnlp annotate (1 process)':32s} {g['records_chars_per_second']:12,.0f} "
          f"{g['records_chars_per_second'] / g['chars_per_second']:16.2f}")
    print(f"{'govnlp annotate (2 processes)':32s} {g['records_chars_per_second_2proc']:12,.0f} "
          f"{g['records_chars_per_second_2proc'] / g['chars_per_second']:16.2f}  "
          f"({g['records_speedup_2proc']:.2f}x its 1-process run)")
    for name, v in peers.items():
        if v is None:
            print(f"{name:32s} {'not installed':>12s}")
        else:
            print(f"{name:32s} {v:12,.0f} {v / g['chars_per_second']:16.2f}")
    for size, v in g["chars_per_second_by_page_length"].items():
        print(f"page of {size:>9,} chars: {v:12,.0f} chars/s")
    Path(args.output).write_text(json.dumps(res, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
