"""``govnlp annotate``: run the pipeline over many pages, write corpus-format output.

Inputs are text files, directories of ``*.txt``, JSONL files with a ``text``
field, or ``-`` for stdin.  Output is JSONL in the corpus format (so a
prediction file validates and can be corrected and added to ``corpus/``) or
a spaCy ``DocBin``.  A file that cannot be read or decoded, or is empty, is
reported by name and skipped; the exit status is 0 when every input worked
and 2 when some failed, with a summary on stderr.  ``engine="ray"`` spreads
the pages over Ray Data workers, one pipeline each (``pip install -e
".[ray]"``; ``docs/scale.md``).
"""
from __future__ import annotations

import json
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator


@dataclass
class Page:
    id: str
    text: str
    source: str


def iter_inputs(inputs: list[str], failures: list[str]) -> Iterator[Page]:
    for item in inputs:
        if item == "-":
            text = sys.stdin.read()
            if text.strip():
                yield Page("stdin", text, "stdin")
            else:
                failures.append("stdin: empty input")
            continue
        path = Path(item)
        if path.is_dir():
            files = sorted(p for p in path.rglob("*") if p.is_file() and p.suffix in (".txt", ".jsonl"))
            if not files:
                failures.append(f"{path}: no .txt or .jsonl files")
            yield from iter_inputs([str(p) for p in files], failures)
            continue
        try:
            raw = path.read_bytes()
        except OSError as e:
            failures.append(f"{path}: cannot read ({e.strerror or e})")
            continue
        try:
            text = raw.decode("utf-8-sig")
        except UnicodeDecodeError as e:
            failures.append(f"{path}: not UTF-8 ({e.reason} at byte {e.start})")
            continue
        if path.suffix == ".jsonl":
            for lineno, line in enumerate(text.splitlines(), 1):
                if not line.strip():
                    continue
                try:
                    rec = json.loads(line)
                    page_text = rec["text"]
                    if not isinstance(page_text, str):
                        raise TypeError("text is not a string")
                except (json.JSONDecodeError, KeyError, TypeError) as e:
                    failures.append(f"{path}:{lineno}: no usable 'text' field ({e})")
                    continue
                yield Page(str(rec.get("id") or f"{path.stem}-{lineno}"), page_text, f"{path}:{lineno}")
        elif not text.strip():
            failures.append(f"{path}: empty file")
        else:
            yield Page(path.stem, text, str(path))


class RayAnnotator:
    """One pipeline per Ray worker (constructed once, reused for every batch)."""

    def __init__(self, model: str | None = None):
        import govnlp

        self.nlp = govnlp.load(model)

    def __call__(self, batch: dict) -> dict:
        items = [(str(i), str(t), str(s)) for i, t, s in zip(batch["id"], batch["text"], batch["source"])]
        return {"index": batch["index"], "record": _records(self.nlp, items)}


def annotate_with_ray(pages: list[Page], model: str | None = None, workers: int = 2,
                      batch_size: int = 16) -> list[str]:
    """Corpus-format JSON lines for ``pages`` through Ray Data ``map_batches`` with
    ``workers`` pipeline actors; the result is in input order.  Connects to a running
    cluster when ``RAY_ADDRESS`` is set (``ray start --head`` …), else starts a local one."""
    import ray

    if not ray.is_initialized():
        ray.init(num_cpus=None if "RAY_ADDRESS" in __import__("os").environ else workers,
                 include_dashboard=False, log_to_driver=False)
    ds = ray.data.from_items([{"index": i, "id": p.id, "text": p.text, "source": p.source}
                              for i, p in enumerate(pages)])
    out = ds.map_batches(RayAnnotator, fn_constructor_kwargs={"model": model}, batch_size=batch_size,
                         concurrency=workers, num_cpus=1, batch_format="numpy")
    rows = sorted(out.take_all(), key=lambda r: r["index"])
    return [str(r["record"]) for r in rows]


_WORKER_NLP = None


def _worker_init(model: str | None) -> None:
    global _WORKER_NLP
    import govnlp

    _WORKER_NLP = govnlp.load(model)


def _records(nlp, batch: list[tuple[str, str, str]]) -> list[str]:
    from .corpus import doc_to_page

    docs = nlp.pipe([text for _, text, _ in batch])
    return [json.dumps(doc_to_page(doc, page_id=pid, meta={"source": source, "origin": "govnlp"}),
                       ensure_ascii=False) for doc, (pid, _, source) in zip(docs, batch)]


def _worker_records(batch: list[tuple[str, str, str]]) -> list[str]:
    return _records(_WORKER_NLP, batch)


def iter_records(pages: list[Page], model: str | None = None, n_process: int = 1,
                 batch_size: int = 16) -> Iterator[tuple[Page, str]]:
    """(page, corpus-format JSON line) for every page, in input order.

    With ``n_process > 1`` each worker process loads the pipeline once and sends
    back JSON lines, not ``Doc`` objects: a serialised ``Doc`` of single-character
    tokens is ~130 bytes a character, which makes ``nlp.pipe(n_process=…)`` spend a
    good part of its time copying Docs between processes (``docs/performance.md``)."""
    batches = [pages[i:i + batch_size] for i in range(0, len(pages), batch_size)]
    payload = [[(p.id, p.text, p.source) for p in b] for b in batches]
    if n_process <= 1:
        import govnlp

        nlp = govnlp.load(model)
        for b, items in zip(batches, payload):
            yield from zip(b, _records(nlp, items))
        return
    import multiprocessing

    methods = multiprocessing.get_all_start_methods()
    ctx = multiprocessing.get_context("fork" if "fork" in methods else "spawn")
    with ctx.Pool(n_process, initializer=_worker_init, initargs=(model,)) as pool:
        for b, lines in zip(batches, pool.imap(_worker_records, payload)):
            yield from zip(b, lines)


def annotate_paths(inputs: list[str], output: str = "-", model: str | None = None, n_process: int = 1,
                   batch_size: int = 16, fmt: str = "jsonl", engine: str = "local") -> int:
    from tqdm import tqdm

    failures: list[str] = []
    pages = list(iter_inputs(inputs, failures))
    if engine == "ray":
        if fmt != "jsonl":
            raise ValueError("--engine ray writes JSONL only")
        t0 = time.perf_counter()
        lines = annotate_with_ray(pages, model=model, workers=max(1, n_process), batch_size=batch_size)
        out_fh = sys.stdout if output == "-" else open(output, "w", encoding="utf-8")
        try:
            for line in lines:
                out_fh.write(line + "\n")
        finally:
            if out_fh is not sys.stdout:
                out_fh.close()
        return _summary(pages, failures, time.perf_counter() - t0)
    out_fh = sys.stdout if output == "-" else open(output, "w", encoding="utf-8")
    docbin = None
    show = sys.stderr.isatty()
    t0 = time.perf_counter()
    chars = 0
    bar = tqdm(total=len(pages), unit="page", disable=not show, file=sys.stderr)
    try:
        if fmt == "docbin":
            import govnlp
            from spacy.tokens import DocBin

            nlp = govnlp.load(model)
            docbin = DocBin(store_user_data=True)
            results = nlp.pipe(((p.text, p) for p in pages), as_tuples=True, n_process=n_process,
                               batch_size=batch_size)
        else:
            results = ((line, page) for page, line in iter_records(pages, model, n_process, batch_size))
        for result, page in results:
            chars += len(page.text)
            if docbin is not None:
                docbin.add(result)
            else:
                out_fh.write(result + "\n")
            bar.update(1)
            secs = time.perf_counter() - t0
            bar.set_postfix_str(f"{chars / secs:,.0f} chars/s" if secs else "")
    finally:
        bar.close()
        if docbin is not None:
            Path(output if output != "-" else "annotated.spacy").write_bytes(docbin.to_bytes())
        if out_fh is not sys.stdout:
            out_fh.close()
    return _summary(pages, failures, time.perf_counter() - t0)


def _summary(pages: list[Page], failures: list[str], secs: float) -> int:
    chars = sum(len(p.text) for p in pages)
    for f in failures:
        print(f"skipped: {f}", file=sys.stderr)
    print(f"annotated {len(pages)} page(s), {chars} chars in {secs:.1f}s "
          f"({len(pages) / secs if secs else 0:.1f} pages/s, {chars / secs if secs else 0:,.0f} chars/s); "
          f"{len(failures)} failed", file=sys.stderr)
    return 2 if failures else 0
