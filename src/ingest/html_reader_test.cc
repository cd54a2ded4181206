#include "ingest/html_reader.h"

#include <gtest/gtest.h>

#include <string>

#include "ingest/boilerplate.h"

namespace rasd::ingest {
namespace {

// A news page as Arabic sites write them: menus, share buttons, the article, tags, related articles,
// comments. The text is ours.
const char* kPage = R"(<!DOCTYPE html>
<html lang="ar" dir="rtl"><head>
<meta charset="utf-8">
<title>غارة جوية تقتل خمسة مدنيين في ريف إدلب - موقع الأخبار</title>
<meta property="og:url" content="https://news.example/ar/2019/03/12/strike-idlib">
<link rel="canonical" href="https://news.example/ar/strike-idlib">
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"NewsArticle","headline":"غارة","datePublished":"2019-03-11T21:30:00+03:00"}]}</script>
<style>.x{color:red}</style>
</head><body>
<header class="site-header"><nav><ul><li><a href="/">الرئيسية</a></li><li><a href="/syria">سوريا</a></li><li><a href="/world">العالم</a></li></ul></nav></header>
<div class="share-buttons"><a href="#">فيسبوك</a> <a href="#">تويتر</a> شارك</div>
<main><article class="post tag-syria category-news">
<h1>غارة جوية تقتل خمسة مدنيين في ريف إدلب</h1>
<div class="meta">تابعونا على تويتر</div>
<time datetime="2019-03-10">١٠ آذار</time>
<div class="article-body">
<p>قتل خمسة مدنيين، بينهم طفلان، وأصيب عشرة آخرون في غارة جوية استهدفت سوقاً شعبياً في بلدة معرة النعمان بريف إدلب الجنوبي، مساء أمس الإثنين.</p>
<p>وقال مراسلنا إن الطائرات الحربية شنت ثلاث غارات متتالية على البلدة، ما أدى إلى دمار كبير في المحال التجارية والمنازل المجاورة.</p>
<p>اقرأ أيضاً: <a href="/other">مقتل عنصرين في اشتباكات بريف حلب</a></p>
<p>وأشار الدفاع المدني إلى أن فرقه انتشلت الضحايا من تحت الأنقاض، ونقلت الجرحى إلى مستشفيات المنطقة، وسط تحليق مستمر للطيران.</p>
<script>var ad = "إعلان";</script>
<p>شارك برأيك</p>
<p>أشهر الوسوم</p>
<p>إدلب</p><p>غارات</p><p>سوريا</p>
</div>
<div class="related-posts"><h3>مواضيع ذات صلة</h3><ul>
<li><a href="/a">قصف مدفعي على ريف حماة الشمالي يوقع ضحايا بين المدنيين، حسب ناشطين في المنطقة</a></li>
<li><a href="/b">اشتباكات بين فصائل المعارضة وقوات النظام في ريف اللاذقية، ومقتل عدد من العناصر</a></li></ul></div>
<section id="comments"><h3>التعليقات</h3><p>تعليق طويل من أحد القراء عن الغارة وما جرى في البلدة، يقول فيه إن القصف لم يتوقف منذ أيام طويلة.</p></section>
</article></main>
<footer><p>جميع الحقوق محفوظة © 2019 موقع الأخبار، ولا يجوز نقل أي مادة من الموقع دون إذن مسبق من الإدارة.</p></footer>
</body></html>)";

TEST(HtmlReader, ArticleTextWithoutBoilerplate) {
  auto a = ReadHtmlArticle(kPage, "", "page.html", 1000);
  ASSERT_TRUE(a.ok()) << a.status().ToString();
  EXPECT_EQ(a->title, "غارة جوية تقتل خمسة مدنيين في ريف إدلب");
  EXPECT_EQ(a->url, "https://news.example/ar/strike-idlib");
  ASSERT_TRUE(a->published);
  EXPECT_EQ(a->published->ToString(), "2019-03-11");
  EXPECT_EQ(a->published_from, "json-ld");
  EXPECT_EQ(a->paragraphs, 3u) << a->text;
  EXPECT_TRUE(a->text.starts_with("غارة جوية تقتل خمسة مدنيين في ريف إدلب\nقتل خمسة مدنيين، بينهم طفلان")) << a->text;
  EXPECT_TRUE(a->text.ends_with("وسط تحليق مستمر للطيران.")) << a->text;
  for (const char* junk : {"شارك", "الوسوم", "اقرأ", "تابعونا", "الرئيسية", "فيسبوك", "ذات صلة", "ريف حماة", "تعليق",
                           "الحقوق", "إعلان", "color"}) {
    EXPECT_EQ(a->text.find(junk), std::string::npos) << junk << " in\n" << a->text;
  }
}

TEST(HtmlReader, PublicationDateSourcesInOrder) {
  std::string body = "<body><p>قتل خمسة مدنيين، بينهم طفلان، وأصيب عشرة آخرون في غارة جوية على بلدة في ريف إدلب.</p></body>";
  auto with = [&](const std::string& head, const std::string& url = "") {
    auto a = ReadHtmlArticle("<html><head>" + head + "</head>" + body + "</html>", url, "p.html", 1000);
    EXPECT_TRUE(a.ok());
    return a.ok() && a->published ? a->published->ToString() + " " + a->published_from : std::string("none");
  };
  EXPECT_EQ(with("<meta property=\"article:published_time\" content=\"2020-05-01T10:00:00Z\">"
                 "<meta name=\"date\" content=\"2020-06-01\">"),
            "2020-05-01 article:published_time");
  EXPECT_EQ(with("<meta name=\"pubdate\" content=\"20200702\">"), "2020-07-02 meta:pubdate");
  EXPECT_EQ(with("<meta name=\"date\" content=\"yesterday\">", "https://x.example/news/2021/01/31/story"),
            "2021-01-31 url");
  EXPECT_EQ(with("", "https://x.example/20190312-story.html"), "2019-03-12 url");
  EXPECT_EQ(with("", "https://x.example/news/1234567/story"), "none");
  EXPECT_EQ(with("<link rel=\"canonical\" href=\"https://x.example/2018-11-05/a\">"), "2018-11-05 url");
}

// The article of a page that must read (an empty one, with a failure, when it does not).
HtmlArticle ReadOk(const std::string& page) {
  auto a = ReadHtmlArticle(page, "", "p.html", 1000);
  EXPECT_TRUE(a.ok()) << a.status().ToString();
  return a.ok() ? *a : HtmlArticle{};
}

// Pages without a date in their metadata print it near the article: that line is kept, outside the text,
// for the time stage to read (time_expressions_test.cc, cli_test.cc).
TEST(HtmlReader, DatePrintedNearTheArticleIsItsDateline) {
  const std::string body =
      "<div class=\"articleText\">قتل أربعة جنود مصريين وأصيب ثلاثة آخرون، اليوم الثلاثاء، في هجوم شنه مسلحون على حاجز "
      "أمني بمدينة العريش.<br><br>وقالت المصادر إن المسلحين أطلقوا النار على الحاجز من سيارة مسرعة، قبل أن يلوذوا "
      "بالفرار.</div>";
  const std::string sidebar =
      "<div class=\"most-read\"><p><span class=\"date\">12 فبراير 2017</span> انفجار عبوة ناسفة جنوب العريش</p></div>";
  auto read = ReadOk;
  // Beside the body (a table cell of the old layouts), in a date element; the text is the article's alone.
  HtmlArticle a = read("<title>مقتل 4 جنود في العريش</title><body><table><tr><td class=\"content\">"
                       "<span class=\"newsStoryDate\">الثلاثاء 14 فبراير 2017 - 11:20 ص</span>" + body +
                       "</td><td>" + sidebar + "</td></tr></table></body>");
  EXPECT_EQ(a.dateline, "الثلاثاء 14 فبراير 2017 - 11:20 ص");
  EXPECT_TRUE(a.text.starts_with("مقتل 4 جنود في العريش\nقتل أربعة جنود")) << a.text;
  EXPECT_EQ(a.paragraphs, 2u);
  // Arabic-Indic digits, in a byline's <time> without datetime.
  a = read("<body><article><h1>مقتل 4 جنود في العريش</h1><div class=\"byline\">القاهرة - <time>١٤ فبراير ٢٠١٧</time></div>" +
           body + "</article></body>");
  EXPECT_EQ(a.dateline, "القاهرة - ١٤ فبراير ٢٠١٧");
  // The metadata's date wins: no dateline is kept.
  a = read("<head><meta property=\"article:published_time\" content=\"2017-02-14T09:00:00Z\"></head><body>"
           "<span class=\"date\">الثلاثاء 14 فبراير 2017</span>" + body + "</body>");
  EXPECT_EQ(a.dateline, "");
  // Dates far from the article (a sidebar in another branch of the page), or without a year, are not its date.
  a = read("<body><div class=\"page\"><div class=\"main\"><div class=\"col\"><div class=\"story\">" + body +
           "</div></div></div><div class=\"side\"><div class=\"box\"><div class=\"list\"><span class=\"post-date\">12 "
           "فبراير 2017</span></div></div></div></div></body>");
  EXPECT_EQ(a.dateline, "");
  a = read("<body><span class=\"time\">منذ 5 ساعات</span>" + body + "</body>");
  EXPECT_EQ(a.dateline, "");
}

// The lead printed apart from the body, in the article's header or marked as a lead, is the text's first
// paragraph: it usually tells the event.
TEST(HtmlReader, TheLeadBeforeTheBodyIsKept) {
  const std::string lead = "قتل سبعة مدنيين، بينهم ثلاثة أطفال، في قصف جوي استهدف بلدة خان شيخون بريف إدلب الجنوبي، صباح اليوم.";
  const std::string body =
      "<div class=\"article-body\"><p>وقال الدفاع المدني إن فرقه عملت على انتشال الضحايا من تحت الأنقاض، مضيفا أن القصف "
      "طال منازل المدنيين وسوقا شعبيا.</p><p>وأضاف أن عدد الجرحى بلغ خمسة عشر شخصا، بعضهم في حالة حرجة، نقلوا إلى "
      "مستشفيات قريبة في المنطقة.</p><p>وتشهد المنطقة تصعيدا عسكريا منذ أسابيع، رغم اتفاق خفض التصعيد الموقع بين "
      "روسيا وتركيا، بحسب ناشطين محليين.</p></div>";
  const std::string ticker =
      "<div class=\"ticker\"><p>عاجل: انفجار سيارة مفخخة قرب دوار في مدينة أعزاز وأنباء عن سقوط ضحايا بين المدنيين</p></div>";
  auto text = [](const std::string& page) { return ReadOk(page).text; };
  const std::string expected = "قتلى بقصف على إدلب\n" + lead + "\nوقال الدفاع المدني";
  // In a div named as the article's header (a masthead word in another name), after the headline.
  EXPECT_TRUE(text("<body>" + ticker + "<div class=\"container\"><div class=\"article-header\"><h1>قتلى بقصف على إدلب</h1><p>" +
                   lead + "</p></div>" + body + "</div></body>").starts_with(expected));
  // In the <header> of an <article> (a page's own <header> is its masthead).
  EXPECT_TRUE(text("<body><header class=\"site\"><p>" + lead + "</p></header><article><header><h1>قتلى بقصف على إدلب</h1><p>" +
                   lead + "</p></header>" + body + "</article></body>").starts_with(expected));
  // Marked as a lead ("chapo") with no headline before it.
  EXPECT_TRUE(text("<title>قتلى بقصف على إدلب</title><body><div class=\"t-content\"><p class=\"t-content__chapo\">" + lead +
                   "</p>" + body + "</div></body>").starts_with(expected));
  // Prose before the headline (a news ticker) is not the lead.
  const std::string t = text("<body><div class=\"wrap\">" + ticker + "<h1>قتلى بقصف على إدلب</h1>" + body + "</div></body>");
  EXPECT_EQ(t.find("أعزاز"), std::string::npos) << t;
}

// A page rendered by script carries its text in JSON-LD alone.
TEST(HtmlReader, JsonLdArticleBodyStandsInForAnEmptyPage) {
  auto read = [](const std::string& body_json, const std::string& html_body) {
    const std::string page =
        "<html><head><title>مقتل جنديين في هجوم بالعراق</title><script type=\"application/ld+json\">{\"@type\":\"NewsArticle\","
        "\"datePublished\":\"2021-05-03T08:00:00+03:00\",\"articleBody\":\"" + body_json + "\"}</script></head><body>" +
        html_body + "<script src=\"/app.js\"></script></body></html>";
    auto a = ReadHtmlArticle(page, "", "p.html", 1000);
    EXPECT_TRUE(a.ok()) << a.status().ToString();
    return a.ok() ? *a : HtmlArticle{};
  };
  const std::string s1 = "قتل جنديان عراقيان وأصيب ثلاثة آخرون، مساء أمس الأحد، في هجوم شنه مسلحون على نقطة عسكرية في قضاء الطارمية.";
  const std::string s2 = "وقالت خلية الإعلام الأمني في بيان إن القوات باشرت عمليات تفتيش في المنطقة بحثا عن المهاجمين.";
  HtmlArticle a = read(s1 + "\\n" + s2, "<div id=\"root\"></div>");
  EXPECT_EQ(a.body_from, "json-ld");
  EXPECT_EQ(a.text, "مقتل جنديين في هجوم بالعراق\n" + s1 + "\n" + s2);
  EXPECT_EQ(a.published->ToString(), "2021-05-03");
  // The headline and a paragraph restated at the end, once each, as from the markup.
  a = read("مقتل جنديين في هجوم بالعراق\\n" + s1 + "\\n" + s2 + "\\n" + s1, "<div id=\"root\"></div>");
  EXPECT_EQ(a.text, "مقتل جنديين في هجوم بالعراق\n" + s1 + "\n" + s2);
  // Markup inside the articleBody is read as a page's paragraphs are.
  a = read("<p>" + s1 + "</p><p>" + s2 + "</p>", "<div id=\"root\"></div>");
  EXPECT_EQ(a.text, "مقتل جنديين في هجوم بالعراق\n" + s1 + "\n" + s2);
  // Markup there nested too deep is not parsed (gumbo is quadratic in depth), as a page's would not be.
  std::string deep;
  for (int i = 0; i < 5000; ++i) deep += "<div>";
  auto refused = ReadHtmlArticle("<script type=\"application/ld+json\">{\"articleBody\":\"" + deep + s1 +
                                     "\"}</script><div id=\"root\"></div>",
                                 "", "deep.html", 1000);
  EXPECT_FALSE(refused.ok());
  // A page whose markup has the text keeps it (its boilerplate filtering applies there).
  a = read(s1, "<article><p>" + s1 + "</p><p>" + s2 + "</p></article>");
  EXPECT_EQ(a.body_from, "html");
  EXPECT_EQ(a.paragraphs, 2u);
}

TEST(HtmlReader, DateHelpers) {
  EXPECT_EQ(DayOfMetaDate("2019/03/12")->ToString(), "2019-03-12");
  EXPECT_FALSE(DayOfMetaDate("2019-13-12"));
  EXPECT_FALSE(DayOfMetaDate("12/03/2019"));
  EXPECT_EQ(DayOfUrl("https://a.example/ar/news/2019/3/12/x"), std::nullopt);  // not zero-padded: not a date here
  EXPECT_EQ(DayOfUrl("/ar/2019/03/12")->ToString(), "2019-03-12");
  EXPECT_FALSE(DayOfUrl("https://2019.example/?d=20190312"));
}

TEST(HtmlReader, TitleFallbacksAndTruncatedMarkup) {
  // Truncated in the middle of a paragraph and a tag: the parser repairs it as browsers do.
  auto a = ReadHtmlArticle("<html><body><h1>اشتباكات في درعا</h1><p>اندلعت اشتباكات عنيفة بين مسلحين وقوات الأمن في مدينة درعا، "
                           "وأسفرت عن سقوط قتلى وجرحى من الطرفين، حسب مصادر محلية.</p><p>وأضافت المصادر أن<di",
                           "", "t.html", 1000);
  ASSERT_TRUE(a.ok()) << a.status().ToString();
  EXPECT_EQ(a->title, "اشتباكات في درعا");
  EXPECT_FALSE(a->published);
  EXPECT_NE(a->text.find("\nاندلعت اشتباكات"), std::string::npos) << a->text;
}

TEST(HtmlReader, SiteNameIsCutFromEitherSideOfTheTitle) {
  const std::string body = "<body><p>اندلعت اشتباكات عنيفة بين مسلحين وقوات الأمن في مدينة درعا، وأسفرت عن سقوط قتلى.</p></body>";
  for (const char* title : {"الموقع - اشتباكات في درعا وريفها", "اشتباكات في درعا وريفها | الموقع"}) {
    auto a = ReadHtmlArticle(std::string("<title>") + title + "</title>" + body, "", "t.html", 1000);
    ASSERT_TRUE(a.ok());
    EXPECT_EQ(a->title, "اشتباكات في درعا وريفها");
  }
}

TEST(HtmlReader, DeepNestingIsRefusedWithItsOffset) {
  std::string deep = "<html><body>";
  for (int i = 0; i < 100000; ++i) deep += "<div>";
  deep += "نص";
  auto a = ReadHtmlArticle(deep, "", "deep.html", 1000);
  ASSERT_FALSE(a.ok());
  EXPECT_EQ(a.status().message(), "deep.html: HTML nested deeper than 1000 elements at byte offset 5002");
  // Unclosed <p>, <li> and <td> are closed by their next sibling: a long flat page is not deep.
  std::string flat = "<html><body><table>";
  for (int i = 0; i < 5000; ++i) flat += "<tr><td>خلية<td>خلية<p>فقرة<li>بند<br><img src=x>";
  EXPECT_EQ(NestingLimitOffset(flat, 1000), std::string_view::npos);
}

TEST(HtmlReader, PageWithoutArticleText) {
  auto a = ReadHtmlArticle("<html><body><nav><a href=/>الرئيسية</a></nav><script>x()</script></body></html>", "",
                           "index.html", 1000);
  ASSERT_FALSE(a.ok());
  EXPECT_EQ(a.status().message(), "index.html: no article text found in the page");
}

TEST(Boilerplate, BlocksAndContainers) {
  EXPECT_EQ(JudgeBlock("شارك برأيك", 0), BlockVerdict::kSectionEnd);
  EXPECT_EQ(JudgeBlock("» أشهر الوسوم", 0), BlockVerdict::kSectionEnd);
  EXPECT_EQ(JudgeBlock("اقرأ أيضاً: مقتل عنصرين في ريف حلب", 0), BlockVerdict::kDrop);
  EXPECT_EQ(JudgeBlock("تابعونا على فيسبوك وتويتر", 0), BlockVerdict::kDrop);
  EXPECT_EQ(JudgeBlock("شارك", 0), BlockVerdict::kDrop);
  EXPECT_EQ(JudgeBlock("شارك المئات في التظاهرة", 0), BlockVerdict::kKeep);  // a verb in prose
  EXPECT_EQ(JudgeBlock("قتل ثلاثة مدنيين في قصف", 10), BlockVerdict::kKeep);
  EXPECT_EQ(JudgeBlock("قتل ثلاثة مدنيين", 30), BlockVerdict::kDrop);  // mostly link text
  EXPECT_TRUE(IsBoilerplateContainer("div", "social-share", "", ""));
  EXPECT_TRUE(IsBoilerplateContainer("div", "", "related_articles", ""));
  EXPECT_TRUE(IsBoilerplateContainer("ul", "", "", "navigation"));
  EXPECT_FALSE(IsBoilerplateContainer("div", "article-content", "", ""));
  EXPECT_FALSE(IsBoilerplateContainer("div", "post tag-news", "", ""));  // WordPress taxonomy classes
  EXPECT_FALSE(IsBoilerplateContainer("article", "comments-open", "", ""));
}

}  // namespace
}  // namespace rasd::ingest
