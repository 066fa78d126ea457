from govnlp.render import render_html


def test_render_marks_every_layer(blank_nlp):
    text = ("本报讯（记者 何振明）泽州县开展“六个一”（做一件好事、栽一棵绿树、清一片垃圾、发一条微信、"
            "帮一个贫困户、记一条廉政箴言）活动。\n\n增强党性 践行初心\n\n县人社局组织专场招聘会。")
    html = render_html(blank_nlp(text), title="t")
    assert html.startswith("<!DOCTYPE html>")
    for mark in ("ADMIN", "COUNT", "ITEM", "BYLINE", 'data-article="1"', "CROSSHEAD"):
        assert mark in html, mark
    # the text is all there, in order
    assert "做一件好事" in html and "县人社局" in html
