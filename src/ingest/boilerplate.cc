#include "ingest/boilerplate.h"

#include <algorithm>
#include <array>
#include <string>
#include <vector>

#include "text/normalizer.h"

namespace rasd::ingest {

namespace {

bool IsBoilerplateToken(std::string_view t) {
  static constexpr std::array<std::string_view, 46> kTokens = {
      "nav",        "navbar",     "navigation", "menu",      "header",     "masthead",     "footer",
      "breadcrumb", "breadcrumbs", "sidebar",   "aside",     "share",      "sharing",      "sharethis",
      "social",     "related",    "comments",   "comment",   "disqus",     "tags",         "tagcloud",
      "keywords",   "ad",         "ads",        "advert",    "advertisement", "banner",    "sponsored",
      "promo",      "newsletter", "subscribe",  "cookie",    "cookies",    "popup",        "modal",
      "widget",     "mostread",   "trending",   "popular",   "recommended", "outbrain",    "taboola",
      "toolbar",    "pagination", "pager",      "copyright"};
  return std::find(kTokens.begin(), kTokens.end(), t) != kTokens.end();
}

// Class/id names split into lower-case words at '-', '_' and spaces. WordPress marks posts with their
// taxonomy ("tag-gaza", "category-news", "post-123"); those names say nothing about furniture.
bool HasBoilerplateToken(std::string_view attr) {
  std::string lower(attr);
  for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  size_t pos = 0;
  while (pos < lower.size()) {
    size_t end = lower.find_first_of(" \t\r\n", pos);
    if (end == std::string::npos) end = lower.size();
    std::string_view name(lower.data() + pos, end - pos);
    pos = end + 1;
    if (name.empty() || name.starts_with("tag-") || name.starts_with("category-") || name.starts_with("post-")) continue;
    // The article's own head ("article-header", "entry-header", "story-header": headline, lead, byline) is
    // no masthead.
    if (name.find("header") != std::string_view::npos &&
        (name.find("article") != std::string_view::npos || name.find("entry") != std::string_view::npos ||
         name.find("story") != std::string_view::npos || name.find("news") != std::string_view::npos)) {
      continue;
    }
    size_t p = 0;
    while (p <= name.size()) {
      size_t e = name.find_first_of("-_", p);
      if (e == std::string_view::npos) e = name.size();
      if (e > p && IsBoilerplateToken(name.substr(p, e - p))) return true;
      p = e + 1;
    }
  }
  return false;
}

struct PhraseLists {
  std::vector<std::string> section_heads;  // open a list of other things
  std::vector<std::string> teasers;        // "read also: <another article>"
  std::vector<std::string> labels;         // page labels, dropped when they are the whole block
  std::vector<std::string> label_prefixes; // page labels, dropped when they open a short block
};

const PhraseLists& Phrases() {
  static const PhraseLists lists = [] {
    PhraseLists l;
    for (const char* p : {"شارك برأيك", "أشهر الوسوم", "الوسوم", "وسوم", "كلمات مفتاحية", "كلمات دالة",
                          "اقرأ أيضا", "إقرأ أيضا", "اقرأ المزيد", "طالع أيضا", "شاهد أيضا", "مواضيع ذات صلة",
                          "أخبار ذات صلة", "مقالات ذات صلة", "ذات صلة", "الأكثر قراءة", "الأكثر مشاهدة",
                          "الأكثر تداولا", "الأكثر شعبية", "التعليقات", "أضف تعليق", "أضف تعليقك", "اترك تعليقا",
                          "تعليقات", "المزيد من الأخبار", "آخر الأخبار", "أخبار متعلقة", "قد يعجبك أيضا",
                          "related articles", "related", "tags", "comments", "read more", "most read"}) {
      l.section_heads.push_back(text::NormalizeKey(p));
    }
    for (const char* p : {"اقرأ أيضا", "إقرأ أيضا", "اقرأ المزيد", "طالع أيضا", "شاهد أيضا", "اقرأ كذلك",
                          "read also", "read more", "see also"}) {
      l.teasers.push_back(text::NormalizeKey(p));
    }
    // Labels that are whole blocks; alone, "شارك" is a share button, in a sentence it is a verb.
    for (const char* p : {"شارك", "شاركوا", "مشاركة", "انشر", "طباعة", "أرسل لصديق", "اشترك", "اشترك الآن", "share",
                          "print", "facebook", "twitter", "whatsapp", "telegram", "subscribe", "email"}) {
      l.labels.push_back(text::NormalizeKey(p));
    }
    // Labels that open a short block ("تابعونا على تويتر", "جميع الحقوق محفوظة لـ ...").
    for (const char* p : {"تابعونا", "تابعنا على", "جميع الحقوق محفوظة", "حقوق النشر", "النشرة البريدية",
                          "اشترك في النشرة", "حمل تطبيق", "تحميل التطبيق", "all rights reserved", "follow us", "©"}) {
      l.label_prefixes.push_back(text::NormalizeKey(p));
    }
    return l;
  }();
  return lists;
}

// The block's key: normalized, with the punctuation that decorates labels ("اقرأ أيضاً:", "» الوسوم")
// removed from both ends.
std::string BlockKey(std::string_view block) {
  std::string key = text::NormalizeKey(block);
  auto decoration = [](char c) {
    return c == ' ' || c == ':' || c == '|' || c == '-' || c == '"' || c == '.' || c == '>' || c == '<' ||
           c == '*' || c == '#' || c == '/' || c == '(' || c == ')' || c == '[' || c == ']';
  };
  size_t b = 0, e = key.size();
  while (b < e && decoration(key[b])) ++b;
  while (e > b && decoration(key[e - 1])) --e;
  return key.substr(b, e - b);
}

bool StartsWithPhrase(std::string_view key, std::string_view phrase) {
  if (!key.starts_with(phrase)) return false;
  if (key.size() == phrase.size()) return true;
  // The phrase must end at a word boundary: "تعليقات" opens a block, "تعليقاته على" is prose.
  unsigned char next = static_cast<unsigned char>(key[phrase.size()]);
  return next < 0x80 && !std::isalnum(next);
}

}  // namespace

bool IsBoilerplateContainer(std::string_view tag, std::string_view class_attr, std::string_view id_attr,
                            std::string_view role_attr) {
  if (tag == "nav" || tag == "aside" || tag == "footer") return true;
  if (role_attr == "navigation" || role_attr == "complementary" || role_attr == "contentinfo" ||
      role_attr == "banner" || role_attr == "menu" || role_attr == "search") {
    return true;
  }
  // The page's main containers carry site-wide classes; judging them by words would drop everything.
  if (tag == "html" || tag == "body" || tag == "main" || tag == "article") return false;
  return HasBoilerplateToken(class_attr) || HasBoilerplateToken(id_attr);
}

size_t WordCount(std::string_view text) {
  size_t words = 0;
  bool in_word = false;
  for (size_t i = 0; i < text.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    bool letter = c >= 0x80 || std::isalnum(c);  // non-ASCII bytes count as letters (Arabic)
    if (c == 0xC2 && i + 1 < text.size() && static_cast<unsigned char>(text[i + 1]) == 0xA0) letter = false;  // NBSP
    if (letter && !in_word) ++words;
    in_word = letter;
  }
  return words;
}

BlockVerdict JudgeBlock(std::string_view text, size_t link_chars) {
  if (text.empty()) return BlockVerdict::kDrop;
  std::string key = BlockKey(text);
  size_t words = WordCount(key);
  const PhraseLists& lists = Phrases();
  for (const std::string& phrase : lists.section_heads) {
    if (StartsWithPhrase(key, phrase) && words <= WordCount(phrase) + 1) return BlockVerdict::kSectionEnd;
  }
  // Mostly links: menus, tag lists, teasers of other articles.
  if (link_chars * 2 > text.size()) return BlockVerdict::kDrop;
  for (const std::string& phrase : lists.teasers) {
    if (StartsWithPhrase(key, phrase)) return BlockVerdict::kDrop;
  }
  for (const std::string& phrase : lists.labels) {
    if (key == phrase) return BlockVerdict::kDrop;
  }
  if (words <= 8) {
    for (const std::string& phrase : lists.label_prefixes) {
      if (StartsWithPhrase(key, phrase) || (phrase == "©" && key.find(phrase) != std::string::npos)) {
        return BlockVerdict::kDrop;
      }
    }
  }
  return BlockVerdict::kKeep;
}

}  // namespace rasd::ingest
