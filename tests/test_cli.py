import json
import subprocess
import sys

import pytest

from govnlp.cli import main

from .conftest import ROOT, SEEDS


def test_validate_ok_and_failing(tmp_path, capsys):
    assert main(["validate", str(SEEDS)]) == 0
    bad = tmp_path / "bad.jsonl"
    page = json.loads(SEEDS.read_text(encoding="utf-8").splitlines()[0])
    page["spans"][0]["end"] = 10 ** 6
    bad.write_text("{oops\n" + json.dumps(page, ensure_ascii=False) + "\n", encoding="utf-8")
    assert main(["validate", str(bad)]) == 1
    out = capsys.readouterr().out
    assert f"{bad}:1" in out and f"{bad}:2 (seed-000)" in out and "out of range" in out


@pytest.mark.slow
def test_evaluate_writes_the_report_schema(tmp_path):
    out = tmp_path / "r.json"
    md = tmp_path / "r.md"
    assert main(["evaluate", "--data", str(SEEDS), "--output", str(out), "--markdown", str(md)]) == 0
    r = json.loads(out.read_text(encoding="utf-8"))
    assert r["pages"] == 5 and r["chars"] == 21587
    for lab in ("ADMIN", "ORG", "PERSON", "micro"):
        assert 0.0 <= r["ner"][lab]["f1"] <= 1.0
    assert {"span", "labeled", "label_accuracy", "expansion"} <= set(r["slogans"])
    assert {"BYLINE", "CREDIT", "PHOTO", "micro"} <= set(r["bylines"])
    assert {"role_accuracy", "article_bcubed", "articles_exact"} <= set(r["blocks"])
    assert r["speed"]["chars_per_second"] > 0 and set(r["per_page"]) == {f"seed-00{i}" for i in range(5)}
    assert "| ner ADMIN |" in md.read_text(encoding="utf-8")


@pytest.mark.slow
def test_annotate_skips_bad_files_and_output_validates(tmp_path):
    good = tmp_path / "in" / "page.txt"
    good.parent.mkdir()
    good.write_text((ROOT / "corpus" / "raw" / "001_95b19de787284634.txt").read_text(encoding="utf-8"),
                    encoding="utf-8")
    (tmp_path / "in" / "empty.txt").write_text("", encoding="utf-8")
    (tmp_path / "in" / "latin1.txt").write_bytes("caf\xe9".encode("latin-1"))
    out = tmp_path / "out.jsonl"
    proc = subprocess.run([sys.executable, "-m", "govnlp", "annotate", str(tmp_path / "in"),
                           str(tmp_path / "missing.txt"), "-o", str(out)],
                          capture_output=True, text=True)
    assert proc.returncode == 2
    assert "empty.txt: empty file" in proc.stderr and "latin1.txt: not UTF-8" in proc.stderr
    assert "missing.txt: cannot read" in proc.stderr and "3 failed" in proc.stderr
    assert main(["validate", str(out)]) == 0
    (rec,) = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert rec["id"] == "page" and rec["spans"]


@pytest.mark.slow
def test_sample_command_prints_every_layer():
    proc = subprocess.run([sys.executable, "-m", "govnlp", "sample"], capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr
    for head in ("Entities:", "Slogans:", "Bylines:", "Articles:"):
        assert head in proc.stdout
    assert "文峰区" in proc.stdout and "410502" in proc.stdout


@pytest.mark.slow
def test_spacy_evaluate_runs_on_the_shipped_pipeline(tmp_path):
    import govnlp

    gold = tmp_path / "seeds.spacy"
    assert main(["convert", str(SEEDS), "-o", str(gold)]) == 0
    out = tmp_path / "metrics.json"
    proc = subprocess.run([sys.executable, "-m", "spacy", "evaluate", str(govnlp.shipped_pipeline_path()),
                           str(gold), "--output", str(out)], capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr[-2000:]
    metrics = json.loads(out.read_text(encoding="utf-8"))
    assert "ents_f" in metrics and "slogans_f" in metrics and "blocks_role_acc" in metrics


@pytest.mark.slow
def test_spacy_train_runs_the_shipped_config_without_code(tmp_path):
    proc = subprocess.run([sys.executable, "-m", "spacy", "train", str(ROOT / "configs" / "ner.cfg"),
                           "--output", str(tmp_path / "out"), "--training.max_steps", "20",
                           "--training.eval_frequency", "10", "--paths.msra", "50",
                           "--paths.train", str(SEEDS), "--paths.dev", str(SEEDS)],
                          capture_output=True, text=True, cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr[-2000:]
    import govnlp
    nlp = govnlp.load(tmp_path / "out" / "model-last")
    assert nlp.pipe_names == ["govnlp_normalizer", "admin_gazetteer", "entity_patterns", "ner"]


@pytest.mark.slow
def test_spacy_package_builds_the_shipped_pipeline(tmp_path):
    import govnlp

    proc = subprocess.run([sys.executable, "-m", "spacy", "package", str(govnlp.shipped_pipeline_path()),
                           str(tmp_path), "--name", "govnlp_pipeline", "--version", "0.1.0", "--force"],
                          capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert list(tmp_path.glob("*/dist/*.tar.gz"))


def annotate_runs(tmp_path, pattern: str, runs: dict[str, list[str]]) -> dict[str, str]:
    """``govnlp annotate`` over the raw seed pages matching ``pattern``, once per run
    (name → extra arguments); the JSONL each run wrote."""
    src = tmp_path / "in"
    src.mkdir()
    for f in sorted((ROOT / "corpus" / "raw").glob(pattern)):
        (src / f.name).write_text(f.read_text(encoding="utf-8"), encoding="utf-8")
    outs = {}
    for name, extra in runs.items():
        out = tmp_path / f"{name}.jsonl"
        proc = subprocess.run([sys.executable, "-m", "govnlp", "annotate", str(src), "-o", str(out),
                               "--batch-size", "1", *extra], capture_output=True, text=True, timeout=600)
        assert proc.returncode == 0, proc.stderr[-2000:]
        outs[name] = out.read_text(encoding="utf-8")
    return outs


@pytest.mark.slow
def test_worker_processes_equal_the_single_process_run(tmp_path):
    outs = annotate_runs(tmp_path, "00[0-3]_*.txt", {"1": ["--n-process", "1"], "2": ["--n-process", "2"]})
    assert outs["2"] == outs["1"] and outs["1"].count("\n") == 4


@pytest.mark.slow
def test_ray_engine_equals_the_single_process_run(tmp_path):
    pytest.importorskip("ray", reason="Ray is installed by the [test] extra")
    outs = annotate_runs(tmp_path, "00[0-2]_*.txt", {engine: ["--engine", engine, "--n-process", "2"]
                                                     for engine in ("local", "ray")})
    assert outs["ray"] == outs["local"] and outs["local"].count("\n") == 3


@pytest.mark.slow
def test_slogan_classifier_config_trains_and_annotates(tmp_path):
    proc = subprocess.run([sys.executable, "-m", "spacy", "train", str(ROOT / "configs" / "slogans.cfg"),
                           "--output", str(tmp_path / "out"), "--training.max_steps", "20",
                           "--training.eval_frequency", "10", "--paths.train", str(SEEDS),
                           "--paths.dev", str(SEEDS)], capture_output=True, text=True, cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr[-2000:]
    import govnlp
    nlp = govnlp.load(tmp_path / "out" / "model-last")
    nlp.add_pipe("slogan_finder", name="slogan_attributes", config={"mode": "annotate"})
    doc = nlp("县里开展“六个一”活动，推行“一周一擦”。")
    for s in doc.spans["slogans"]:
        assert s.text in ("六个一", "一周一擦") and s._.template is not None


def test_shipped_resolver_is_the_crossval_default():
    """crossval's default variant, the factory default and the shipped pipeline agree."""
    import spacy

    import govnlp
    from govnlp.crossval import SHIPPED, VARIANTS

    cfg = spacy.util.load_config(govnlp.shipped_pipeline_path() / "config.cfg")["components"]["entity_resolver"]
    want = VARIANTS[SHIPPED][1]
    assert {k: cfg[k] for k in want} == want
    from govnlp.components.entity_resolver import EntityResolver
    default = EntityResolver(None)
    assert (default.mode, sorted(default.prefer), sorted(default.ner_labels)) == \
           (want["mode"], sorted(want["prefer"]), sorted(want["ner_labels"]))


def test_ner_config_trains_on_the_seeds_and_the_listed_development_pages():
    from thinc.api import Config

    from govnlp.corpus import EXTRA_TRAIN

    cfg = Config().from_disk(ROOT / "configs" / "ner.cfg", interpolate=False)
    assert cfg["paths"]["train"].split(",") == ["corpus/seeds.jsonl", *EXTRA_TRAIN]
