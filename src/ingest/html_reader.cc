#include "ingest/html_reader.h"

#include <gumbo.h>
#include <simdjson.h>

#include <algorithm>
#include <array>
#include <cstring>
#include <initializer_list>
#include <memory>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "ingest/boilerplate.h"
#include "ingest/encoding.h"

namespace rasd::ingest {

namespace {

bool IsAsciiSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }

// Appends `s` to `out` with runs of whitespace (ASCII and NBSP) collapsed to one space.
void AppendCollapsed(std::string_view s, std::string& out) {
  for (size_t i = 0; i < s.size(); ++i) {
    bool space = IsAsciiSpace(s[i]);
    if (!space && s[i] == '\xC2' && i + 1 < s.size() && s[i + 1] == '\xA0') {
      space = true;
      ++i;
    }
    if (space) {
      if (!out.empty() && out.back() != ' ') out.push_back(' ');
    } else {
      out.push_back(s[i]);
    }
  }
}

std::string Trim(std::string s) {
  size_t b = 0, e = s.size();
  while (b < e && s[b] == ' ') ++b;
  while (e > b && s[e - 1] == ' ') --e;
  return s.substr(b, e - b);
}

std::string Collapse(std::string_view s) {
  std::string out;
  AppendCollapsed(s, out);
  return Trim(std::move(out));
}

std::string_view Attr(const GumboNode* node, const char* name) {
  const GumboAttribute* a = gumbo_get_attribute(&node->v.element.attributes, name);
  return a ? std::string_view(a->value) : std::string_view();
}

std::string TagName(const GumboNode* node) {
  if (node->v.element.tag != GUMBO_TAG_UNKNOWN) return gumbo_normalized_tagname(node->v.element.tag);
  GumboStringPiece piece = node->v.element.original_tag;
  gumbo_tag_from_original_text(&piece);
  return AsciiLower(std::string_view(piece.data, piece.length));
}

// All text under `node`, whitespace collapsed (iterative: pages may be deeply nested).
std::string TextOf(const GumboNode* node) {
  std::string out;
  std::vector<const GumboNode*> stack{node};
  while (!stack.empty()) {
    const GumboNode* n = stack.back();
    stack.pop_back();
    if (n->type == GUMBO_NODE_TEXT || n->type == GUMBO_NODE_WHITESPACE || n->type == GUMBO_NODE_CDATA) {
      AppendCollapsed(n->v.text.text, out);
      if (out.size() > (1u << 20)) break;
    } else if (n->type == GUMBO_NODE_ELEMENT || n->type == GUMBO_NODE_TEMPLATE) {
      const GumboVector& kids = n->v.element.children;
      for (unsigned i = kids.length; i-- > 0;) stack.push_back(static_cast<const GumboNode*>(kids.data[i]));
    }
  }
  return Trim(std::move(out));
}

// Visits every element in document order (iterative).
template <typename F>
void ForEachElement(const GumboNode* root, F&& f) {
  std::vector<const GumboNode*> stack{root};
  while (!stack.empty()) {
    const GumboNode* n = stack.back();
    stack.pop_back();
    if (n->type != GUMBO_NODE_ELEMENT && n->type != GUMBO_NODE_TEMPLATE && n->type != GUMBO_NODE_DOCUMENT) continue;
    if (n->type != GUMBO_NODE_DOCUMENT) f(n);
    const GumboVector& kids = n->type == GUMBO_NODE_DOCUMENT ? n->v.document.children : n->v.element.children;
    for (unsigned i = kids.length; i-- > 0;) stack.push_back(static_cast<const GumboNode*>(kids.data[i]));
  }
}

bool IsDigits(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

std::optional<Day> DayOfYmd(std::string_view y, std::string_view m, std::string_view d) {
  if (y.size() != 4 || m.size() != 2 || d.size() != 2 || !IsDigits(y) || !IsDigits(m) || !IsDigits(d)) {
    return std::nullopt;
  }
  if (y < "1990" || y > "2099") return std::nullopt;  // a year outside this range is a number, not a date
  return Day::Parse(std::string(y) + "-" + std::string(m) + "-" + std::string(d));
}

// ---- JSON-LD: datePublished and articleBody. ----

struct JsonLdArticle {
  std::string date_published;
  std::string article_body;  // pages rendered by script often carry their text only here
};

// The first datePublished and the first articleBody in a JSON-LD script, at any depth (objects,
// arrays, "@graph").
void ReadJsonLd(const std::string& json, JsonLdArticle& out) {
  simdjson::dom::parser parser;
  simdjson::dom::element root;
  if (parser.parse(simdjson::padded_string(json)).get(root) != simdjson::SUCCESS) return;
  std::vector<simdjson::dom::element> stack{root};
  size_t visited = 0;
  while (!stack.empty() && ++visited < 100000) {
    simdjson::dom::element e = stack.back();
    stack.pop_back();
    simdjson::dom::object obj;
    simdjson::dom::array arr;
    if (e.get_object().get(obj) == simdjson::SUCCESS) {
      std::string_view value;
      if (out.date_published.empty() && obj["datePublished"].get_string().get(value) == simdjson::SUCCESS) {
        out.date_published = value;
      }
      if (out.article_body.empty() && obj["articleBody"].get_string().get(value) == simdjson::SUCCESS) {
        out.article_body = value;
      }
      if (!out.date_published.empty() && !out.article_body.empty()) return;
      for (auto field : obj) stack.push_back(field.value);
    } else if (e.get_array().get(arr) == simdjson::SUCCESS) {
      for (auto v : arr) stack.push_back(v);
    }
  }
}

// ---- Metadata: title, date, canonical URL. ----

struct Metadata {
  std::unordered_map<std::string, std::string> meta;  // lower-case property/name/itemprop -> first content
  std::string title_tag, h1, canonical, time_datetime, time_published;
  JsonLdArticle json_ld;
};

Metadata ReadMetadata(const GumboNode* root) {
  Metadata m;
  ForEachElement(root, [&](const GumboNode* n) {
    switch (n->v.element.tag) {
      case GUMBO_TAG_META: {
        std::string_view content = Attr(n, "content");
        if (content.empty()) break;
        for (const char* key : {"property", "name", "itemprop"}) {
          std::string_view k = Attr(n, key);
          if (!k.empty()) m.meta.emplace(AsciiLower(k), Collapse(content));
        }
        break;
      }
      case GUMBO_TAG_TITLE:
        if (m.title_tag.empty()) m.title_tag = TextOf(n);
        break;
      case GUMBO_TAG_H1:
        if (m.h1.empty()) m.h1 = TextOf(n);
        break;
      case GUMBO_TAG_LINK:
        if (m.canonical.empty() && AsciiLower(Attr(n, "rel")) == "canonical") m.canonical = Collapse(Attr(n, "href"));
        break;
      case GUMBO_TAG_SCRIPT:
        if ((m.json_ld.date_published.empty() || m.json_ld.article_body.empty()) &&
            AsciiLower(Attr(n, "type")) == "application/ld+json" && n->v.element.children.length > 0) {
          const GumboNode* t = static_cast<const GumboNode*>(n->v.element.children.data[0]);
          if (t->type == GUMBO_NODE_TEXT || t->type == GUMBO_NODE_CDATA) ReadJsonLd(t->v.text.text, m.json_ld);
        }
        break;
      case GUMBO_TAG_TIME: {
        std::string_view dt = Attr(n, "datetime");
        if (dt.empty()) break;
        bool marked = AsciiLower(Attr(n, "itemprop")) == "datepublished" || gumbo_get_attribute(&n->v.element.attributes, "pubdate");
        if (marked && m.time_published.empty()) m.time_published = Collapse(dt);
        if (m.time_datetime.empty()) m.time_datetime = Collapse(dt);
        break;
      }
      default:
        break;
    }
  });
  return m;
}

// <title> usually ends with the site's name ("عنوان الخبر - موقع الأخبار"); the h1 or the longest part wins.
std::string PageTitle(const Metadata& m) {
  if (auto it = m.meta.find("og:title"); it != m.meta.end() && !it->second.empty()) return it->second;
  if (!m.h1.empty() && m.title_tag.find(m.h1) != std::string::npos) return m.h1;
  if (!m.title_tag.empty()) {
    // The site's name stands before ("الموقع - العنوان") or after ("العنوان | الموقع"): the longer side stays.
    for (std::string_view sep : {" | ", " - ", " – ", " — ", " :: ", " « ", " » "}) {
      size_t first = m.title_tag.find(sep);
      if (first == std::string::npos) continue;
      size_t last = m.title_tag.rfind(sep);
      std::string before = m.title_tag.substr(0, last);
      std::string after = m.title_tag.substr(first + sep.size());
      return before.size() >= after.size() ? before : after;
    }
    return m.title_tag;
  }
  return m.h1;
}

void FindPublished(const Metadata& m, std::string_view page_url, HtmlArticle& out) {
  auto try_source = [&](const std::string& value, const std::string& from) {
    if (out.published || value.empty()) return;
    if (auto d = DayOfMetaDate(value)) {
      out.published = d;
      out.published_from = from;
    }
  };
  auto meta = [&](const char* key) {
    auto it = m.meta.find(key);
    return it == m.meta.end() ? std::string() : it->second;
  };
  try_source(meta("article:published_time"), "article:published_time");
  try_source(meta("og:published_time"), "og:published_time");
  try_source(meta("og:article:published_time"), "og:published_time");
  try_source(m.json_ld.date_published, "json-ld");
  try_source(m.time_published, "time");
  try_source(m.time_datetime, "time");
  for (const char* key : {"datepublished", "date", "pubdate", "publishdate", "publish-date", "publish_date",
                          "publication_date", "dc.date", "dc.date.issued", "dcterms.created", "dcterms.date",
                          "sailthru.date", "parsely-pub-date", "article.published", "article_date_original"}) {
    try_source(meta(key), std::string("meta:") + key);
  }
  for (std::string_view u : {page_url, std::string_view(out.url)}) {
    if (out.published) break;
    if (auto d = DayOfUrl(u)) {
      out.published = d;
      out.published_from = "url";
    }
  }
}

// ---- Article text. ----

bool IsDroppedTag(GumboTag t) {
  switch (t) {
    case GUMBO_TAG_SCRIPT: case GUMBO_TAG_STYLE: case GUMBO_TAG_NOSCRIPT: case GUMBO_TAG_TEMPLATE:
    case GUMBO_TAG_HEAD: case GUMBO_TAG_NAV: case GUMBO_TAG_ASIDE: case GUMBO_TAG_FOOTER: case GUMBO_TAG_HEADER:
    case GUMBO_TAG_FORM: case GUMBO_TAG_BUTTON: case GUMBO_TAG_SELECT: case GUMBO_TAG_TEXTAREA: case GUMBO_TAG_INPUT:
    case GUMBO_TAG_IFRAME: case GUMBO_TAG_OBJECT: case GUMBO_TAG_EMBED: case GUMBO_TAG_SVG: case GUMBO_TAG_MATH:
    case GUMBO_TAG_CANVAS: case GUMBO_TAG_VIDEO: case GUMBO_TAG_AUDIO: case GUMBO_TAG_FIGURE: case GUMBO_TAG_MENU:
    case GUMBO_TAG_H1:  // the headline is the title, written once as paragraph 0
      return true;
    default:
      return false;
  }
}

bool IsBlockTag(GumboTag t) {
  switch (t) {
    case GUMBO_TAG_ADDRESS: case GUMBO_TAG_ARTICLE: case GUMBO_TAG_BLOCKQUOTE: case GUMBO_TAG_BODY:
    case GUMBO_TAG_CENTER: case GUMBO_TAG_DD: case GUMBO_TAG_DETAILS: case GUMBO_TAG_DIV: case GUMBO_TAG_DL:
    case GUMBO_TAG_DT: case GUMBO_TAG_FIELDSET: case GUMBO_TAG_FIGCAPTION: case GUMBO_TAG_H1: case GUMBO_TAG_H2:
    case GUMBO_TAG_H3: case GUMBO_TAG_H4: case GUMBO_TAG_H5: case GUMBO_TAG_H6: case GUMBO_TAG_HR:
    case GUMBO_TAG_HTML: case GUMBO_TAG_LI: case GUMBO_TAG_MAIN: case GUMBO_TAG_OL: case GUMBO_TAG_P:
    case GUMBO_TAG_PRE: case GUMBO_TAG_SECTION: case GUMBO_TAG_SUMMARY: case GUMBO_TAG_TABLE: case GUMBO_TAG_TBODY:
    case GUMBO_TAG_TD: case GUMBO_TAG_TFOOT: case GUMBO_TAG_TH: case GUMBO_TAG_THEAD: case GUMBO_TAG_TR:
    case GUMBO_TAG_UL: case GUMBO_TAG_CAPTION:
      return true;
    default:
      return false;
  }
}

size_t FindCaseInsensitive(std::string_view hay, std::string_view needle, size_t from) {
  auto it = std::search(hay.begin() + static_cast<std::ptrdiff_t>(std::min(from, hay.size())), hay.end(),
                        needle.begin(), needle.end(), [](char a, char b) {
                          return std::tolower(static_cast<unsigned char>(a)) == std::tolower(static_cast<unsigned char>(b));
                        });
  return it == hay.end() ? std::string_view::npos : static_cast<size_t>(it - hay.begin());
}

struct Block {
  std::string text;
  size_t link_chars = 0;
  size_t date_chars = 0;  // of text, inside a <time> or an element whose class, id or itemprop names a date
  const GumboNode* owner = nullptr;  // the nearest block-level element holding the text
  bool after_h1 = false;             // the page's first <h1> (the headline) comes before it
};

bool HasAncestor(const GumboNode* n, GumboTag tag) {
  for (n = n->parent; n; n = n->parent) {
    if (n->type == GUMBO_NODE_ELEMENT && n->v.element.tag == tag) return true;
  }
  return false;
}

// Whether one of the attributes `names` of element `n` holds one of `hints`, in any case.
bool AttrHints(const GumboNode* n, std::initializer_list<const char*> names, std::initializer_list<std::string_view> hints) {
  for (const char* name : names) {
    const std::string_view value = Attr(n, name);
    if (value.empty()) continue;
    for (std::string_view hint : hints) {
      if (FindCaseInsensitive(value, hint, 0) != std::string_view::npos) return true;
    }
  }
  return false;
}

// Whether an element is where pages print the article's date: <time>, or a class, id or itemprop such as
// "date", "post-date", "entry-time", "publish-info", "datePublished", "posted-on".
bool IsDateElement(const GumboNode* n) {
  return n->v.element.tag == GUMBO_TAG_TIME || AttrHints(n, {"class", "id", "itemprop"}, {"date", "time", "publish", "posted"});
}

// `n`'s ancestor `levels` up, or the highest one below that (the part of the page around a container).
const GumboNode* AncestorUp(const GumboNode* n, int levels) {
  for (int k = 0; k < levels && n && n->parent; ++k) n = n->parent;
  return n;
}

// Splits the page into text blocks (paragraph-like runs of inline content), leaving out dropped tags
// and boilerplate containers entirely.
std::vector<Block> CollectBlocks(const GumboNode* root) {
  std::vector<Block> blocks;
  Block current;
  std::vector<const GumboNode*> owners{root};
  size_t in_link = 0, in_date = 0;
  bool h1_seen = false;
  auto flush = [&] {
    std::string text = Trim(std::move(current.text));
    if (!text.empty()) {
      blocks.push_back(Block{std::move(text), current.link_chars, current.date_chars, owners.back(), h1_seen});
    }
    current = Block{};
  };
  // An element is visited on entry, its children, then on exit; the exit remembers what the entry found.
  struct Visit {
    const GumboNode* node;
    bool exiting = false;
    bool date = false;  // the element is a date element (IsDateElement)
  };
  std::vector<Visit> stack{{root}};
  while (!stack.empty()) {
    const auto [n, exiting, date_element] = stack.back();
    stack.pop_back();
    if (n->type == GUMBO_NODE_TEXT || n->type == GUMBO_NODE_WHITESPACE || n->type == GUMBO_NODE_CDATA) {
      size_t before = current.text.size();
      AppendCollapsed(n->v.text.text, current.text);
      if (in_link) current.link_chars += current.text.size() - before;
      if (in_date) current.date_chars += current.text.size() - before;
      continue;
    }
    if (n->type != GUMBO_NODE_ELEMENT && n->type != GUMBO_NODE_DOCUMENT) continue;
    GumboTag tag = n->type == GUMBO_NODE_DOCUMENT ? GUMBO_TAG_HTML : n->v.element.tag;
    bool block = IsBlockTag(tag) || n->type == GUMBO_NODE_DOCUMENT;
    if (exiting) {
      if (tag == GUMBO_TAG_A && in_link) --in_link;
      if (date_element) --in_date;
      if (block) {
        flush();
        owners.pop_back();
      }
      continue;
    }
    if (n->type == GUMBO_NODE_ELEMENT) {
      if (tag == GUMBO_TAG_BR) {
        flush();
        continue;
      }
      if (tag == GUMBO_TAG_H1) h1_seen = true;
      // A <header> is the site's masthead, except the article's own (headline, lead, byline) inside <article>.
      const bool article_header = tag == GUMBO_TAG_HEADER && HasAncestor(n, GUMBO_TAG_ARTICLE);
      if ((IsDroppedTag(tag) && !article_header) || Attr(n, "hidden").data() != nullptr ||
          IsBoilerplateContainer(TagName(n), Attr(n, "class"), Attr(n, "id"), AsciiLower(Attr(n, "role")))) {
        if (IsBlockTag(tag)) flush();
        continue;
      }
    }
    if (block) {
      flush();
      owners.push_back(n);
    }
    if (tag == GUMBO_TAG_A) ++in_link;
    const bool date = n->type == GUMBO_NODE_ELEMENT && IsDateElement(n);
    if (date) ++in_date;
    stack.push_back({n, true, date});
    const GumboVector& kids = n->type == GUMBO_NODE_DOCUMENT ? n->v.document.children : n->v.element.children;
    for (unsigned i = kids.length; i-- > 0;) stack.push_back({static_cast<const GumboNode*>(kids.data[i])});
  }
  flush();
  return blocks;
}

bool IsArticleMarked(const GumboNode* n) {
  return n->type == GUMBO_NODE_ELEMENT &&
         (n->v.element.tag == GUMBO_TAG_ARTICLE || AsciiLower(Attr(n, "itemprop")) == "articlebody");
}

bool IsInside(const GumboNode* n, const std::unordered_set<const GumboNode*>& containers) {
  for (; n; n = n->parent) {
    if (containers.count(n)) return true;
  }
  return false;
}

// A paragraph's weight as evidence of the article body: prose is long, has commas and few links.
double ParagraphScore(const Block& b) {
  if (WordCount(b.text) < 8 || b.link_chars * 3 > b.text.size()) return 0.0;
  size_t commas = 0;
  for (size_t i = 0; i < b.text.size(); ++i) {
    commas += b.text[i] == ',' || (b.text.compare(i, 2, "\xD8\x8C") == 0);  // ',' and Arabic comma
  }
  return 1.0 + static_cast<double>(std::min<size_t>(commas, 5)) + std::min(static_cast<double>(b.text.size()) / 200.0, 3.0);
}

// Whether an element's class or id marks the article's lead (standfirst): "lead", "summary", "chapo",
// "excerpt", "intro", "standfirst", "subtitle", "sub-title", "dek", "brief", "abstract", "description".
bool IsLeadMarked(const GumboNode* n) {
  return n->type == GUMBO_NODE_ELEMENT &&
         AttrHints(n, {"class", "id"}, {"lead", "summary", "chapo", "excerpt", "intro", "standfirst", "subtitle",
                                        "sub-title", "dek", "brief", "abstract", "description"});
}

// The lead many layouts print apart from the body, between the headline and the text ("<p class=lead>"
// in the article's header, France 24's "chapo", a summary <h2>): prose blocks before the body's first,
// in the article's part of the page (the body's container up to two levels up), after the headline or
// marked as a lead. Usually the sentence that tells the event.
std::vector<bool> LeadBlocks(const std::vector<Block>& blocks, const GumboNode* best,
                             const std::unordered_set<const GumboNode*>& containers) {
  constexpr int kRegionLevels = 2;
  std::vector<bool> lead(blocks.size(), false);
  if (!best) return lead;
  const GumboNode* region = AncestorUp(best, kRegionLevels);
  for (size_t i = 0; i < blocks.size(); ++i) {
    const Block& b = blocks[i];
    if (IsInside(b.owner, containers)) break;  // the body has begun
    if (ParagraphScore(b) == 0.0 || !IsInside(b.owner, {region})) continue;
    bool marked = false;
    for (const GumboNode* n = b.owner; n && n != region && !marked; n = n->parent) marked = IsLeadMarked(n);
    lead[i] = b.after_h1 || marked;
  }
  return lead;
}

std::vector<std::string> ArticleParagraphs(const std::vector<Block>& blocks, const std::string& title,
                                           size_t& dropped, const GumboNode*& body) {
  // Readability-like: each paragraph scores its container fully and the container's parent by half.
  std::unordered_map<const GumboNode*, double> score;
  for (const Block& b : blocks) {
    double s = ParagraphScore(b);
    if (s == 0.0) continue;
    const GumboNode* container = b.owner;
    if (container->type == GUMBO_NODE_ELEMENT &&
        (container->v.element.tag == GUMBO_TAG_P || container->v.element.tag == GUMBO_TAG_LI ||
         container->v.element.tag == GUMBO_TAG_BLOCKQUOTE || container->v.element.tag == GUMBO_TAG_PRE ||
         container->v.element.tag == GUMBO_TAG_H2 || container->v.element.tag == GUMBO_TAG_H3) &&
        container->parent) {
      container = container->parent;
    }
    score[container] += s;
    if (container->parent) score[container->parent] += s / 2;
  }
  const GumboNode* best = nullptr;
  double best_score = 0.0;
  for (const Block& b : blocks) {  // document order: ties go to the first container
    for (const GumboNode* c : {b.owner, static_cast<const GumboNode*>(b.owner->parent)}) {
      auto it = c ? score.find(c) : score.end();
      if (it == score.end()) continue;
      double s = it->second * (IsArticleMarked(c) ? 1.25 : 1.0);
      if (s > best_score) {
        best = c;
        best_score = s;
      }
    }
  }
  std::unordered_set<const GumboNode*> containers;
  if (best) {
    containers.insert(best);
    // Articles split into sibling blocks (an advert or a photo between them) keep every part that
    // scores like prose.
    if (best->parent && (best->parent->type == GUMBO_NODE_ELEMENT || best->parent->type == GUMBO_NODE_DOCUMENT)) {
      const GumboVector& kids = best->parent->type == GUMBO_NODE_DOCUMENT ? best->parent->v.document.children
                                                                          : best->parent->v.element.children;
      for (unsigned i = 0; i < kids.length; ++i) {
        const GumboNode* sib = static_cast<const GumboNode*>(kids.data[i]);
        auto it = score.find(sib);
        if (it != score.end() && it->second >= std::max(3.0, best_score * 0.25)) containers.insert(sib);
      }
    }
  }
  body = best;
  const std::vector<bool> lead = LeadBlocks(blocks, best, containers);
  std::vector<std::string> out;
  std::unordered_set<std::string> seen{title};
  bool after_section_end = false;
  for (size_t i = 0; i < blocks.size(); ++i) {
    const Block& b = blocks[i];
    if (best && !lead[i] && !IsInside(b.owner, containers)) continue;
    BlockVerdict v = JudgeBlock(b.text, b.link_chars);
    size_t words = WordCount(b.text);
    if (v == BlockVerdict::kSectionEnd) after_section_end = true;
    // After "أشهر الوسوم" / "اقرأ أيضا" come the tags and teasers it announces, until prose resumes.
    bool announced = after_section_end && v == BlockVerdict::kKeep && words < 10;
    if (v == BlockVerdict::kKeep && !announced) after_section_end = false;
    if (v != BlockVerdict::kKeep || announced || words == 0 || !seen.insert(b.text).second) {
      ++dropped;
      continue;
    }
    out.push_back(b.text);
  }
  return out;
}

// Whether `s` holds a year of the news era in ASCII or Arabic-Indic digits ("2017", "٢٠١٧").
bool HasYear(std::string_view s) {
  std::string digits;  // the current run of digits, as ASCII
  for (size_t i = 0; i <= s.size(); ++i) {
    char d = 0;
    if (i < s.size() && s[i] >= '0' && s[i] <= '9') {
      d = s[i];
    } else if (i + 1 < s.size() && s[i] == '\xD9' && s[i + 1] >= '\xA0' && s[i + 1] <= '\xA9') {  // U+0660..U+0669
      d = static_cast<char>('0' + (s[i + 1] - '\xA0'));
      ++i;
    }
    if (d) {
      digits.push_back(d);
      continue;
    }
    if (digits.size() == 4 && (digits.starts_with("19") || digits.starts_with("20"))) return true;
    digits.clear();
  }
  return false;
}

// The date a page prints near its article when its metadata gives none ("الثلاثاء 14 فبراير 2017 - 11:20
// ص" in a <span class="date">, "نشر في 14/2/2017" in a <div class="post-meta">): the first short block
// with a year, mostly inside a date element, in the article's region (its container up to three levels
// up, where headers and bylines sit). Only the text is taken; the time stage reads it as a dateline and
// decides whether it is one (time_expressions.h).
std::string VisibleDateline(const std::vector<Block>& blocks, const GumboNode* body) {
  constexpr size_t kMaxWords = 14;
  constexpr int kRegionLevels = 3;
  const GumboNode* region = AncestorUp(body, kRegionLevels);
  for (const Block& b : blocks) {
    if (b.date_chars * 2 < b.text.size() || WordCount(b.text) > kMaxWords || !HasYear(b.text)) continue;
    if (region && !IsInside(b.owner, {region})) continue;
    return b.text;
  }
  return {};
}

// The paragraphs of a JSON-LD articleBody: lines of plain text, or markup ("<p>...</p>", "<br>") that
// some sites put there, read as a page's blocks are.
// (Nested deeper than `max_depth`, the markup is not parsed, as a page would not be.)
std::vector<std::string> BodyParagraphs(std::string_view body, size_t max_depth) {
  std::vector<std::string> out;
  const bool markup = body.find("<p") != std::string_view::npos || body.find("<br") != std::string_view::npos ||
                      body.find("<div") != std::string_view::npos;
  if (markup) {
    if (NestingLimitOffset(body, max_depth) != std::string_view::npos) return out;
    GumboOptions options = kGumboDefaultOptions;
    options.max_errors = 1000;  // as for the page
    auto destroy = [&options](GumboOutput* o) { gumbo_destroy_output(&options, o); };
    std::unique_ptr<GumboOutput, decltype(destroy)> parsed(gumbo_parse_with_options(&options, body.data(), body.size()),
                                                           destroy);
    if (!parsed) return out;
    for (Block& b : CollectBlocks(parsed->root)) {
      if (JudgeBlock(b.text, b.link_chars) == BlockVerdict::kKeep) out.push_back(std::move(b.text));
    }
    return out;
  }
  size_t begin = 0;
  while (begin <= body.size()) {
    size_t end = body.find('\n', begin);
    if (end == std::string_view::npos) end = body.size();
    std::string line = Collapse(body.substr(begin, end - begin));
    if (!line.empty()) out.push_back(std::move(line));
    begin = end + 1;
  }
  return out;
}

bool IsVoidTag(std::string_view name) {
  static constexpr std::array<std::string_view, 16> kVoid = {"area", "base", "br", "col", "embed", "hr", "img",
                                                            "input", "link", "meta", "param", "source", "track",
                                                            "wbr", "keygen", "frame"};
  return std::find(kVoid.begin(), kVoid.end(), name) != kVoid.end();
}

// Start tags that close an open element of the same group (<li> closes <li>, <td> closes <td>/<th>).
int SiblingGroup(std::string_view name) {
  if (name == "p") return 1;
  if (name == "li") return 2;
  if (name == "dt" || name == "dd") return 3;
  if (name == "option" || name == "optgroup") return 4;
  if (name == "tr") return 5;
  if (name == "td" || name == "th") return 6;
  if (name == "thead" || name == "tbody" || name == "tfoot") return 7;
  if (name == "rb" || name == "rt" || name == "rp" || name == "rtc") return 8;
  return 0;
}

bool IsBlockName(std::string_view name) {
  static constexpr std::array<std::string_view, 24> kBlock = {
      "div", "p", "ul", "ol", "dl", "table", "h1", "h2", "h3", "h4", "h5", "h6", "section", "article",
      "blockquote", "pre", "form", "header", "footer", "nav", "aside", "hr", "main", "figure"};
  return std::find(kBlock.begin(), kBlock.end(), name) != kBlock.end();
}

// Elements that end the search for an implied end tag (a <li> inside a nested <ul> does not close the
// outer list's item).
bool IsScopeBoundary(std::string_view name) {
  return name == "table" || name == "ul" || name == "ol" || name == "dl" || name == "select" || name == "html" ||
         name == "body" || name == "button" || name == "td" || name == "th";
}

bool IsRawTextTag(std::string_view name) {
  return name == "script" || name == "style" || name == "textarea" || name == "title" || name == "xmp" ||
         name == "iframe" || name == "noembed" || name == "noframes" || name == "plaintext";
}


}  // namespace

size_t NestingLimitOffset(std::string_view s, size_t max_depth) {
  std::vector<std::string> open;
  size_t i = 0;
  const size_t n = s.size();
  while (i < n) {
    size_t lt = s.find('<', i);
    if (lt == std::string_view::npos || lt + 1 >= n) break;
    size_t start = lt;
    i = lt + 1;
    if (s.compare(i, 3, "!--") == 0) {
      size_t end = s.find("-->", i + 3);
      i = end == std::string_view::npos ? n : end + 3;
      continue;
    }
    if (s[i] == '!' || s[i] == '?') {
      size_t end = s.find('>', i);
      i = end == std::string_view::npos ? n : end + 1;
      continue;
    }
    bool closing = s[i] == '/';
    if (closing) ++i;
    if (i >= n || !std::isalpha(static_cast<unsigned char>(s[i]))) continue;
    size_t name_end = i;
    while (name_end < n && !IsAsciiSpace(s[name_end]) && s[name_end] != '/' && s[name_end] != '>') ++name_end;
    std::string name = AsciiLower(s.substr(i, std::min<size_t>(name_end - i, 32)));
    // Skip the attributes, respecting quotes (a '>' may sit inside a value).
    size_t j = name_end;
    char quote = 0;
    bool self_closing = false;
    for (; j < n; ++j) {
      char c = s[j];
      if (quote) {
        if (c == quote) quote = 0;
      } else if (c == '"' || c == '\'') {
        if (j > 0 && (s[j - 1] == '=' || IsAsciiSpace(s[j - 1]))) quote = c;
      } else if (c == '>') {
        self_closing = j > name_end && s[j - 1] == '/';
        break;
      }
    }
    i = j < n ? j + 1 : n;
    if (closing) {
      for (size_t k = open.size(); k-- > 0;) {
        if (open[k] == name) {
          open.resize(k);
          break;
        }
      }
      continue;
    }
    if (IsRawTextTag(name)) {
      size_t end = FindCaseInsensitive(s, "</" + name, i);
      i = end == std::string_view::npos ? n : end;
      continue;
    }
    if (IsVoidTag(name) || self_closing) continue;
    // Implied end tags: <li> closes the open <li> of its list, <td> the open cell of its table, a block
    // start the open <p> — searched down to the element that scopes them.
    int group = SiblingGroup(name);
    bool block_start = group != 0 || IsBlockName(name);
    if (block_start) {
      bool table_part = group >= 5 && group <= 7;  // <tr> closes the open cell and row, <td> the cell
      size_t cut = open.size();
      for (size_t k = open.size(); k-- > 0;) {
        int open_group = SiblingGroup(open[k]);
        if (table_part) {
          if (open[k] == "table") break;
          if (open_group >= group && open_group <= 7) cut = k;
          continue;
        }
        if ((group != 0 && open_group == group) || open_group == 1) {
          cut = k;
          break;
        }
        if (IsScopeBoundary(open[k])) break;
      }
      open.resize(cut);
    }
    open.push_back(std::move(name));
    if (open.size() > max_depth) return start;
  }
  return std::string_view::npos;
}

std::optional<Day> DayOfMetaDate(std::string_view v) {
  while (!v.empty() && IsAsciiSpace(v.front())) v.remove_prefix(1);
  if (v.size() >= 10 && (v[4] == '-' || v[4] == '/' || v[4] == '.') && v[7] == v[4]) {
    if (v.size() == 10 || v[10] == 'T' || v[10] == ' ' || v[10] == 't') return DayOfYmd(v.substr(0, 4), v.substr(5, 2), v.substr(8, 2));
    return std::nullopt;
  }
  if (v.size() >= 8 && IsDigits(v.substr(0, 8)) && (v.size() == 8 || !std::isdigit(static_cast<unsigned char>(v[8])))) {
    return DayOfYmd(v.substr(0, 4), v.substr(4, 2), v.substr(6, 2));
  }
  return std::nullopt;
}

std::optional<Day> DayOfUrl(std::string_view url) {
  // Only the path: a date in the host or query is rarer than a number that looks like one.
  if (size_t scheme = url.find("://"); scheme != std::string_view::npos) {
    size_t slash = url.find('/', scheme + 3);
    url = slash == std::string_view::npos ? std::string_view() : url.substr(slash);
  }
  url = url.substr(0, url.find_first_of("?#"));
  auto boundary = [&](size_t pos) {
    return pos >= url.size() || url[pos] == '/' || url[pos] == '-' || url[pos] == '_' || url[pos] == '.';
  };
  for (size_t i = 0; i < url.size(); ++i) {
    if (url[i] != '/') continue;
    std::string_view rest = url.substr(i + 1);
    // /2019/03/12/ and /2019-03-12/
    if (rest.size() >= 10 && (rest[4] == '/' || rest[4] == '-') && rest[7] == rest[4] && boundary(i + 11)) {
      if (auto d = DayOfYmd(rest.substr(0, 4), rest.substr(5, 2), rest.substr(8, 2))) return d;
    }
    // /20190312/ and /20190312-title
    if (rest.size() >= 8 && boundary(i + 9)) {
      if (auto d = DayOfYmd(rest.substr(0, 4), rest.substr(4, 2), rest.substr(6, 2))) return d;
    }
  }
  return std::nullopt;
}

Result<HtmlArticle> ReadHtmlArticle(std::string_view page, std::string_view page_url, const std::string& where,
                                    size_t max_depth) {
  if (size_t at = NestingLimitOffset(page, max_depth); at != std::string_view::npos) {
    return Status::Unsupported(where + ": HTML nested deeper than " + std::to_string(max_depth) +
                               " elements at byte offset " + std::to_string(at));
  }
  GumboOptions options = kGumboDefaultOptions;
  options.max_errors = 1000;  // gumbo keeps every parse error otherwise; we never read them
  auto destroy = [&options](GumboOutput* o) { gumbo_destroy_output(&options, o); };
  std::unique_ptr<GumboOutput, decltype(destroy)> output(
      gumbo_parse_with_options(&options, page.data(), page.size()), destroy);
  if (!output) return Status::Corruption(where + ": the HTML parser gave up");

  HtmlArticle article;
  Metadata meta = ReadMetadata(output->document);
  article.title = PageTitle(meta);
  article.url = meta.canonical;
  if (article.url.empty()) {
    if (auto it = meta.meta.find("og:url"); it != meta.meta.end()) article.url = it->second;
  }
  FindPublished(meta, page_url, article);

  const std::vector<Block> blocks = CollectBlocks(output->root);
  const GumboNode* body = nullptr;
  std::vector<std::string> paragraphs = ArticleParagraphs(blocks, article.title, article.dropped_blocks, body);
  // Pages rendered by script hold their text in JSON-LD alone ("<div id=root></div>"): its articleBody
  // stands in when the markup gives less than half as many words.
  if (!meta.json_ld.article_body.empty()) {
    std::vector<std::string> from_json_ld = BodyParagraphs(meta.json_ld.article_body, max_depth);
    auto words = [](const std::vector<std::string>& ps) {
      size_t n = 0;
      for (const std::string& p : ps) n += WordCount(p);
      return n;
    };
    if (words(paragraphs) * 2 < words(from_json_ld)) {
      // As from the markup: the headline and repeated paragraphs (a summary restated at the end) once.
      std::unordered_set<std::string> seen{article.title};
      paragraphs.clear();
      for (std::string& p : from_json_ld) {
        if (seen.insert(p).second) paragraphs.push_back(std::move(p));
      }
      article.body_from = "json-ld";
    }
  }
  if (paragraphs.empty()) return Status::NotFound(where + ": no article text found in the page");
  if (article.title.empty()) {
    article.title = paragraphs.front();
    paragraphs.erase(paragraphs.begin());
  }
  if (!article.published) article.dateline = VisibleDateline(blocks, body);
  article.paragraphs = paragraphs.size();
  article.text = article.title;
  for (const std::string& p : paragraphs) {
    article.text.push_back('\n');
    article.text += p;
  }
  return article;
}

}  // namespace rasd::ingest
