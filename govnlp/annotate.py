"""``govnlp annotate``: run the pipeline over many pages, write corpus-format output.

Inputs are text files, directories of ``*.txt``, JSONL files with a ``text``
field, or ``-`` for stdin.  Output is JSONL in the corpus format (so a
prediction file validates and can be corrected and added to ``corpus/``) or
a spaCy ``DocBin``.  A file that cannot be read or decoded, or is empty, is
reported by name and skipped; the exit status is 0 when every input worked
and 2 when some failed, with a summary on stderr.
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


def annotate_paths(inputs: list[str], output: str = "-", model: str | None = None, n_process: int = 1,
                   batch_size: int = 16, fmt: str = "jsonl", engine: str = "local") -> int:
    import govnlp
    from tqdm import tqdm

    from .corpus import doc_to_page

    failures: list[str] = []
    pages = list(iter_inputs(inputs, failures))
    nlp = govnlp.load(model) if model else govnlp.load()
    out_fh = sys.stdout if output == "-" else open(output, "w", encoding="utf-8")
    docbin = None
    if fmt == "docbin":
        from spacy.tokens import DocBin
        docbin = DocBin(store_user_data=True)
    show = sys.stderr.isatty()
    t0 = time.perf_counter()
    chars = 0
    bar = tqdm(total=len(pages), unit="page", disable=not show, file=sys.stderr)
    try:
        docs = nlp.pipe(((p.text, p) for p in pages), as_tuples=True, n_process=n_process,
                        batch_size=batch_size)
        for doc, page in docs:
            chars += len(page.text)
            if docbin is not None:
                docbin.add(doc)
            else:
                rec = doc_to_page(doc, page_id=page.id, meta={"source": page.source, "origin": "govnlp"})
                out_fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
            bar.update(1)
            secs = time.perf_counter() - t0
            bar.set_postfix_str(f"{chars / secs:,.0f} chars/s" if secs else "")
    finally:
        bar.close()
        if docbin is not None:
            Path(output if output != "-" else "annotated.spacy").write_bytes(docbin.to_bytes())
        if out_fh is not sys.stdout:
            out_fh.close()
    secs = time.perf_counter() - t0
    for f in failures:
        print(f"skipped: {f}", file=sys.stderr)
    print(f"annotated {len(pages)} page(s), {chars} chars in {secs:.1f}s "
          f"({len(pages) / secs if secs else 0:.1f} pages/s, {chars / secs if secs else 0:,.0f} chars/s); "
          f"{len(failures)} failed", file=sys.stderr)
    return 2 if failures else 0
