#include "numbers/phrase_table.h"

#include <fstream>
#include <sstream>

namespace rasd::numbers {

std::string TsvRow::Where() const { return std::string(path) + ":" + std::to_string(line) + ": "; }

Status ReadTsv(const std::string& path, const std::function<Status(const TsvRow&)>& fn) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::NotFound("cannot open dictionary " + path);
  std::string line;
  TsvRow row;
  row.path = path;
  while (std::getline(in, line)) {
    ++row.line;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty() || line[0] == '#') continue;
    row.fields.clear();
    std::string_view rest = line;
    while (true) {
      const size_t tab = rest.find('\t');
      std::string_view field = rest.substr(0, tab);
      while (!field.empty() && field.back() == ' ') field.remove_suffix(1);
      while (!field.empty() && field.front() == ' ') field.remove_prefix(1);
      row.fields.push_back(field);
      if (tab == std::string_view::npos) break;
      rest.remove_prefix(tab + 1);
    }
    if (row.fields.size() == 1 && row.fields[0].empty()) continue;  // a line of blanks
    Status s = fn(row);
    if (!s.ok()) return s;
  }
  if (in.bad()) return Status::IOError("cannot read dictionary " + path);
  return Status::OK();
}

bool ParseInt64(std::string_view field, int64_t& out) {
  bool negative = false;
  if (!field.empty() && field[0] == '-') {
    negative = true;
    field.remove_prefix(1);
  }
  if (field.empty() || field.size() > 18) return false;
  int64_t v = 0;
  for (char c : field) {
    if (c < '0' || c > '9') return false;
    v = v * 10 + (c - '0');
  }
  out = negative ? -v : v;
  return true;
}

KeyShape ShapeOfKey(std::string_view normalized_key) {
  // Tokenized exactly as article text is, so "خلال ال24 ساعه" counts the tokens the text will have.
  Document doc;
  doc.norm = text::Normalize(normalized_key);
  text::Tokenize(doc);
  KeyShape shape;
  shape.tokens = static_cast<uint32_t>(doc.tokens.size());
  if (doc.tokens.empty() || doc.norm.text != normalized_key) {
    shape.first = normalized_key;  // not a normalized key: it will match nothing, as it should
    return shape;
  }
  auto view = [&](const Token& t) { return normalized_key.substr(t.begin, t.end - t.begin); };
  shape.first = view(doc.tokens[0]);
  if (doc.tokens.size() > 1) shape.second = view(doc.tokens[1]);
  return shape;
}

}  // namespace rasd::numbers
