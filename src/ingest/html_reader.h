// Stage `ingest`: a news page (HTML, already decoded to UTF-8) turned into its article.
//
//   Result<HtmlArticle> a = ReadHtmlArticle(utf8_page, "https://site/2019/03/12/x.html", "x.html", 1000);
//   a->title      // og:title, else <title> (site name cut off), else the first <h1>
//   a->text       // the title, then the article's paragraphs, one per line (from the markup; from the
//                 // JSON-LD articleBody when the markup holds less than half of its words)
//   a->published  // article:published_time, og:published_time, JSON-LD datePublished, <time datetime>,
//                 // <meta name=date|pubdate|...>, then a date in the URL (/2019/03/12/, /20190312/)
//   a->dateline   // without any, the date printed near the article, for the time stage
//   a->url        // <link rel=canonical>, else og:url
//
// The page is parsed by gumbo (an HTML5 parser: broken and truncated markup is repaired as browsers
// do). The article body is the container whose paragraphs carry the most text (a Readability-like
// score: long, comma-rich, link-poor paragraphs), with page furniture dropped by markup (nav, aside,
// footer, share/related/comment/tag containers) and by words (a short list of page labels such as
// "شارك برأيك", "أشهر الوسوم", "اقرأ أيضا", "تابعونا"; see boilerplate.h).
//
// gumbo's tree construction is quadratic in nesting depth, so pages nested deeper than `max_depth`
// elements (by a linear pre-scan) are refused with the offset where the limit was crossed.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "rasd/date.h"
#include "rasd/status.h"

namespace rasd::ingest {

struct HtmlArticle {
  std::string title;
  std::string text;  // title, '\n', paragraphs separated by '\n'; no empty lines
  std::string url;   // canonical URL when the page names one
  std::optional<Day> published;
  std::string published_from;  // where the date came from: "article:published_time", "json-ld", "time",
                               // "meta:<name>", "url"; empty when none
  // No date in the metadata: the date the page prints near the article ("الثلاثاء 14 فبراير 2017 - 11:20
  // ص"), for the time stage to read (Document::dateline); not part of `text`. Empty when none.
  std::string dateline;
  std::string body_from = "html";  // "json-ld" when the text is the JSON-LD articleBody (a page rendered by script)
  size_t paragraphs = 0;        // article paragraphs kept (title excluded)
  size_t dropped_blocks = 0;    // text blocks judged boilerplate inside the article container
};

// `page` must be valid UTF-8. `page_url` (may be empty) is where the page was fetched from; it is the
// last source of a date. Errors (naming `where`): nesting deeper than max_depth (Unsupported, with the
// byte offset), no article text found (NotFound).
Result<HtmlArticle> ReadHtmlArticle(std::string_view page, std::string_view page_url, const std::string& where,
                                    size_t max_depth);

// The byte offset where the nesting of `page` first exceeds `max_depth` elements, or npos. A linear scan
// that follows the HTML rules that keep real pages shallow (void elements, <p>/<li>/<td> closed by their
// next sibling, end tags closing what they match).
size_t NestingLimitOffset(std::string_view page, size_t max_depth);

// A publication day from a date string in page metadata ("2019-03-12T08:00:00+03:00", "2019/03/12",
// "20190312"), or nullopt.
std::optional<Day> DayOfMetaDate(std::string_view value);

// A date in a URL path: /2019/03/12/, /2019-03-12/, /20190312/ (also before '-', '_' or '.'), or nullopt.
std::optional<Day> DayOfUrl(std::string_view url);

}  // namespace rasd::ingest
