#include "export/json_writer.h"

#include <cmath>

#include "export/append.h"

namespace rasd::exporter {

namespace {

// A tiny streaming writer: enough structure for one fixed schema, so no DOM is built per article.
class Writer {
 public:
  Writer(std::string& out, bool pretty) : out_(out), pretty_(pretty) {}

  void Open(char c) {
    out_ += c;
    ++depth_;
    first_ = true;
  }
  void Close(char c) {
    --depth_;
    if (!first_) Newline();
    out_ += c;
    first_ = false;
  }
  void Key(std::string_view k) {
    if (!first_) out_ += ',';
    Newline();
    AppendJsonString(k, out_);
    out_ += pretty_ ? ": " : ":";
    first_ = true;  // the value that follows needs no comma
    after_key_ = true;
  }
  void BeginValue() {
    if (!after_key_ && !first_) out_ += ',';
    if (!after_key_) Newline();
    after_key_ = false;
    first_ = false;
  }
  void String(std::string_view s) { BeginValue(); AppendJsonString(s, out_); }
  void StringOrNull(std::string_view s) { s.empty() ? Null() : String(s); }
  void Int(int64_t v) { BeginValue(); out_ += std::to_string(v); }
  void Double(double v, int decimals) {
    BeginValue();
    if (!std::isfinite(v)) { out_ += "null"; return; }
    // (What printf's "%.*f" writes, as std::to_chars does by definition, without printf's cost: the
    // coordinates of every event's place made it a tenth of `rasd extract`'s geo stage.)
    char buf[48];
    out_.append(buf, internal::FixedChars(buf, buf + sizeof buf, v, decimals));
  }
  void Null() { BeginValue(); out_ += "null"; }
  void BeginObject() { BeginValue(); Open('{'); }
  void BeginArray() { BeginValue(); Open('['); }
  // A compact [a, b] pair, kept on one line even when pretty.
  void Span(ByteSpan s) {
    BeginValue();
    out_ += '[' + std::to_string(s.begin) + (pretty_ ? ", " : ",") + std::to_string(s.end) + ']';
  }

 private:
  void Newline() {
    if (!pretty_) return;
    out_ += '\n';
    out_.append(static_cast<size_t>(depth_) * 2, ' ');
  }
  std::string& out_;
  bool pretty_;
  int depth_ = 0;
  bool first_ = true;
  bool after_key_ = false;
};

void WriteEvent(const Event& e, Writer& w) {
  w.BeginObject();
  w.Key("event_type"); w.String(e.event_type);
  w.Key("sub_event_type"); w.String(e.sub_event_type);
  w.Key("date"); e.date ? w.String(e.date->ToString()) : w.Null();
  w.Key("date_precision"); w.Int(e.date_precision);
  w.Key("actor1"); w.StringOrNull(e.actor1);
  w.Key("actor2"); w.StringOrNull(e.actor2);
  w.Key("location"); w.StringOrNull(e.location);
  w.Key("country"); w.StringOrNull(e.country);
  w.Key("admin1"); w.StringOrNull(e.admin1);
  w.Key("lat"); e.lat ? w.Double(*e.lat, 4) : w.Null();
  w.Key("lon"); e.lon ? w.Double(*e.lon, 4) : w.Null();
  w.Key("geo_precision"); w.Int(e.geo_precision);
  w.Key("fatalities"); w.Int(e.fatalities);
  w.Key("injured"); e.injured ? w.Int(*e.injured) : w.Null();
  w.Key("evidence"); w.String(e.evidence);
  w.Key("confidence"); w.Double(e.confidence, 2);
  w.Key("spans");
  w.BeginObject();
  const std::pair<const char*, ByteSpan> spans[] = {
      {"actor1", e.spans.actor1},         {"actor2", e.spans.actor2},     {"location", e.spans.location},
      {"date", e.spans.date},             {"fatalities", e.spans.fatalities}, {"injured", e.spans.injured},
      {"trigger", e.spans.trigger},       {"evidence", e.spans.evidence},
  };
  for (const auto& [name, span] : spans) {
    if (span.empty()) continue;
    w.Key(name);
    w.Span(span);
  }
  w.Close('}');
  w.Close('}');
}

}  // namespace

namespace {
// Bytes a JSON string cannot hold as they are: the quote, the backslash and the controls below 0x20.
struct JsonSpecial {
  bool table[256] = {};
  constexpr JsonSpecial() {
    for (int c = 0; c < 0x20; ++c) table[c] = true;
    table['"'] = table['\\'] = true;
  }
};
constexpr JsonSpecial kJsonSpecial;
}  // namespace

void AppendJsonString(std::string_view s, std::string& out) {
  out += '"';
  size_t start = 0;  // the bytes from `start` on are appended as they are, a run at a time
  size_t i = 0;
  for (;;) {
    i = internal::SkipPlainJsonBytes(s, i);  // eight bytes at a time while none needs escaping
    if (i == s.size()) break;
    auto c = static_cast<unsigned char>(s[i]);
    if (!kJsonSpecial.table[c]) {
      ++i;
      continue;
    }
    out.append(s.data() + start, i - start);
    start = ++i;
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      case '\b': out += "\\b"; break;
      case '\f': out += "\\f"; break;
      default: {
        static constexpr char kHex[] = "0123456789abcdef";
        const char u[6] = {'\\', 'u', '0', '0', kHex[c >> 4], kHex[c & 15]};
        out.append(u, sizeof u);
      }
    }
  }
  out.append(s.data() + start, s.size() - start);
  out += '"';
}

void AppendArticleJson(const Document& doc, bool pretty, std::string& out) {
  Writer w(out, pretty);
  w.BeginObject();
  w.Key("id"); w.String(doc.id);
  w.Key("published"); doc.published ? w.String(doc.published->ToString()) : w.Null();
  if (!doc.url.empty()) { w.Key("url"); w.String(doc.url); }
  w.Key("events");
  w.BeginArray();
  for (const Event& e : doc.events) WriteEvent(e, w);
  w.Close(']');
  if (!doc.warnings.empty()) {
    w.Key("warnings");
    w.BeginArray();
    for (const std::string& warning : doc.warnings) w.String(warning);
    w.Close(']');
  }
  w.Close('}');
  out += '\n';
}

}  // namespace rasd::exporter
