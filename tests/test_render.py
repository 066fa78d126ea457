import shutil
import subprocess

import pytest

from govnlp.render import render_html

from .conftest import ROOT


def test_render_marks_every_layer(blank_nlp):
    text = ("本报讯（记者 何振明）泽州县开展“六个一”（做一件好事、栽一棵绿树、清一片垃圾、发一条微信、"
            "帮一个贫困户、记一条廉政箴言）活动。\n\n增强党性 践行初心\n\n县人社局组织专场招聘会。")
    html = render_html(blank_nlp(text), title="t")
    assert html.startswith("<!DOCTYPE html>")
    for mark in ("ADMIN", "COUNT", "ITEM", "BYLINE", 'data-article="1"', "CROSSHEAD"):
        assert mark in html, mark
    # the text is all there, in order
    assert "做一件好事" in html and "县人社局" in html


@pytest.mark.slow
def test_render_in_headless_chromium(nlp, tmp_path):
    """The page renders in a real browser and the marks are in its DOM."""
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    assert chromium, "Debian's chromium is needed (.ci/run installs it)"
    text = (ROOT / "corpus" / "raw" / "002_10cad8e984222598.txt").read_text(encoding="utf-8")
    page = tmp_path / "page.html"
    page.write_text(render_html(nlp(text), title="seed-002"), encoding="utf-8")
    proc = subprocess.run([chromium, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                           "--no-first-run", "--disable-background-networking", "--disable-component-update",
                           "--disable-sync", f"--user-data-dir={tmp_path / 'profile'}", "--dump-dom",
                           page.as_uri()], capture_output=True, text=True, timeout=120)
    dom = proc.stdout
    assert "</html>" in dom, proc.stderr[-1000:]
    for mark in ("ADMIN", "ORG", "PERSON", "PARALLEL", "BYLINE", "PHOTO", 'data-article="8"', "HEADLINE", "文峰区"):
        assert mark in dom, mark
