#!/usr/bin/env python3
"""Write each article of a gold JSONL file as a news-site HTML page, to measure extraction through the
HTML reader against the same gold (the articles' events do not change with their markup).

usage: bench/gold_as_html.py GOLD.jsonl OUT_DIR [--seed N]

Each page has what real article pages carry around the text: a navigation bar, the headline as <h1>
and in <title> with the site's name, article:published_time, a script and a style, inline <strong>
and <a> tags inside paragraphs, a "read also" list of other headlines (with places and tolls of
their own, which must not become events), share/tag/comment blocks and a footer. One page per
article, named ID.html, so `rasd extract OUT_DIR/*.html` gives the ids the gold uses. Then:

    build/rasd extract OUT_DIR/*.html > pred.jsonl
    build/rasd eval GOLD.jsonl --pred pred.jsonl
"""
import html
import json
import os
import random
import sys

NAV = ('<header><nav><ul><li><a href="/">الرئيسية</a></li><li><a href="/news">أخبار</a></li>'
       '<li><a href="/sport">رياضة</a></li><li><a href="/econ">اقتصاد</a></li></ul></nav></header>')
RELATED = ('<aside class="related"><h3>اقرأ أيضاً</h3><ul>'
           '<li><a href="/a1">مقتل خمسة جنود في هجوم على حاجز عسكري شمال سيناء</a></li>'
           '<li><a href="/a2">غارات جوية تستهدف ريف إدلب الجنوبي</a></li>'
           '<li><a href="/a3">تظاهرات في بغداد احتجاجاً على انقطاع الكهرباء</a></li></ul></aside>')
FOOTER = ('<div class="share">شارك برأيك</div><div class="tags"><h4>أشهر الوسوم</h4><a>سوريا</a> <a>غزة</a> '
          '<a>اليمن</a></div><footer>جميع الحقوق محفوظة © 2024</footer>'
          '<div class="comments"><p>تعليق: الله يحمي الجميع</p></div>')


def page(article, rng):
    paragraphs = []
    for line in article.get("text", "").split("\n"):
        if not line.strip():
            continue
        words = [html.escape(w) for w in line.split(" ")]
        if len(words) > 4:  # two words a paragraph wrapped in inline tags, as CMS editors do
            for i in rng.sample(range(len(words)), 2):
                tag = '<strong>%s</strong>' if rng.random() < 0.5 else '<a href="/tag/x">%s</a>'
                words[i] = tag % words[i]
        paragraphs.append("<p>" + " ".join(words) + "</p>")
    title = html.escape(article.get("title", ""))
    published = article.get("published") or ""
    meta = f'<meta property="article:published_time" content="{published}T10:00:00+03:00">' if published else ""
    return (f'<!DOCTYPE html><html lang="ar" dir="rtl"><head><meta charset="utf-8">'
            f'<title>{title} | موقع الأخبار</title>\n{meta}<script>var x = "<p>لا</p>";</script>'
            f'<style>p{{color:red}}</style></head>\n<body>{NAV}<main><article><h1>{title}</h1>'
            f'{"".join(paragraphs)}</article>{RELATED}</main>{FOOTER}</body></html>\n')


def main(argv):
    if len(argv) < 3:
        sys.exit(__doc__)
    seed = int(argv[argv.index("--seed") + 1]) if "--seed" in argv else 1
    rng = random.Random(seed)
    os.makedirs(argv[2], exist_ok=True)
    with open(argv[1], encoding="utf-8") as f:
        for line in f:
            if not line.strip():
                continue
            article = json.loads(line)
            with open(os.path.join(argv[2], str(article["id"]) + ".html"), "w", encoding="utf-8") as out:
                out.write(page(article, rng))


if __name__ == "__main__":
    main(sys.argv)
