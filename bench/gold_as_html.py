#!/usr/bin/env python3
"""Write each article of a gold JSONL file as a news-site HTML page, to measure extraction through the
HTML reader against the same gold (the articles' events do not change with their markup).

usage: bench/gold_as_html.py GOLD.jsonl OUT_DIR [--seed N] [--layout article|table|header|script]

Each page has what real article pages carry around the text. `article` (the default), a current CMS: a
navigation bar, the headline as <h1> and in <title> with the site's name, article:published_time, a
script and a style, inline <strong> and <a> tags inside paragraphs, a "read also" list of other
headlines (with places and tolls of their own, which must not become events), share/tag/comment blocks
and a footer. `table`, an older layout: windows-1256 declared by <meta http-equiv>, no date in the
metadata but printed above the text ("الأربعاء 27 يونيو 2018 - 10:00 ص" in a <span class="date">), the
paragraphs separated by <br><br> in one <div> of a table cell, and a "most read" column of dated
headlines in the next cell. `header`: the headline and the first paragraph (the lead) in the article's
own <header>, the rest in a body <div> after it, a news ticker before the headline. `script`, a page
rendered by script: an empty <div id="root"> and the text only in the JSON-LD articleBody.
One page per article, named ID.html, so `rasd extract OUT_DIR/*.html`
gives the ids the gold uses. Then:

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


WEEKDAYS = ["الإثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"]  # date.weekday() order
MONTHS = ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر",
          "ديسمبر"]
MOST_READ = ('<td class="side"><div class="most-read"><h3>الأكثر قراءة</h3>'
             '<p><span class="date">12 مارس 2016</span> <a href="/m1">مقتل مسلحين في اشتباكات مع قوات الأمن في '
             'رفح والشيخ زويد</a></p><p><span class="date">3 مايو 2016</span> <a href="/m2">انفجار عبوة ناسفة '
             'يستهدف مدرعة للجيش جنوب العريش</a></p></div></td>')


def table_page(article):
    import datetime
    lines = [html.escape(line) for line in article.get("text", "").split("\n") if line.strip()]
    title = html.escape(article.get("title", ""))
    date = ""
    if article.get("published"):
        d = datetime.date.fromisoformat(article["published"])
        date = f'<span class="date">{WEEKDAYS[d.weekday()]} {d.day} {MONTHS[d.month - 1]} {d.year} - 10:00 ص</span>'
    return (f'<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1256">'
            f'<title>{title} - الجريدة</title></head>\n<body><div id="menu"><a href="/">الرئيسية</a> | '
            f'<a href="/arab">عربي</a> | <a href="/world">دولي</a></div><table><tr><td class="content">'
            f'<div class="newsTitle">{title}</div>{date}<div class="articleText">{"<br><br>".join(lines)}</div>'
            f'</td>{MOST_READ}</tr></table><div class="footer">جميع الحقوق محفوظة</div></body></html>\n')


TICKER = ('<div class="ticker"><p>عاجل: انفجار سيارة مفخخة قرب دوار في مدينة أعزاز وأنباء عن سقوط ضحايا بين '
          'المدنيين</p></div>')


def header_page(article):
    lines = [html.escape(line) for line in article.get("text", "").split("\n") if line.strip()]
    title = html.escape(article.get("title", ""))
    published = article.get("published") or ""
    meta = f'<meta property="article:published_time" content="{published}T10:00:00+03:00">' if published else ""
    lead = f'<p class="summary">{lines[0]}</p>' if lines else ""
    body = "".join(f"<p>{line}</p>" for line in lines[1:])
    return (f'<!DOCTYPE html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>{title} | موقع الأخبار</title>'
            f'{meta}</head>\n<body>{NAV}<main>{TICKER}<article><header class="entry-header"><h1>{title}</h1>{lead}'
            f'<div class="byline">بقلم: مراسل الموقع</div></header><div class="entry-content">{body}</div></article>'
            f'{RELATED}</main>{FOOTER}</body></html>\n')


def script_page(article):
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": article.get("title", ""),
          "articleBody": "\n".join(line for line in article.get("text", "").split("\n") if line.strip())}
    if article.get("published"):
        ld["datePublished"] = article["published"] + "T10:00:00+03:00"
    script = json.dumps(ld, ensure_ascii=False).replace("</", "<\\/")
    return (f'<!DOCTYPE html><html lang="ar"><head><meta charset="utf-8"><title>{html.escape(article.get("title", ""))}'
            f'</title><script type="application/ld+json">{script}</script></head><body><div id="root"></div>'
            f'<noscript>يرجى تفعيل جافاسكربت لعرض الموقع</noscript><script src="/app.js"></script></body></html>\n')


def main(argv):
    if len(argv) < 3:
        sys.exit(__doc__)
    seed = int(argv[argv.index("--seed") + 1]) if "--seed" in argv else 1
    layout = argv[argv.index("--layout") + 1] if "--layout" in argv else "article"
    if layout not in ("article", "table", "header", "script"):
        sys.exit(__doc__)
    rng = random.Random(seed)
    os.makedirs(argv[2], exist_ok=True)
    with open(argv[1], encoding="utf-8") as f:
        for line in f:
            if not line.strip():
                continue
            article = json.loads(line)
            path = os.path.join(argv[2], str(article["id"]) + ".html")
            if layout == "table":
                with open(path, "w", encoding="cp1256", errors="xmlcharrefreplace") as out:
                    out.write(table_page(article))
            else:
                render = {"article": lambda a: page(a, rng), "header": header_page, "script": script_page}[layout]
                with open(path, "w", encoding="utf-8") as out:
                    out.write(render(article))


if __name__ == "__main__":
    main(sys.argv)
