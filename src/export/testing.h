// Stage `export`: a strict RFC 4180 reader for the tests of the CSV export (unit and end to end).
// Not part of the public interface; it reports malformed CSV as GoogleTest failures.
#pragma once

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace rasd::exporter::testing {

// A strict RFC 4180 reader for the tests: records end with CRLF; quoted fields double their quotes.
inline std::vector<std::vector<std::string>> ParseCsv(const std::string& csv) {
  std::vector<std::vector<std::string>> rows(1);
  std::string field;
  bool quoted = false;
  for (size_t i = 0; i < csv.size(); ++i) {
    char c = csv[i];
    if (quoted) {
      if (c == '"' && i + 1 < csv.size() && csv[i + 1] == '"') {
        field += '"';
        ++i;
      } else if (c == '"') {
        quoted = false;
      } else {
        field += c;
      }
    } else if (c == '"') {
      EXPECT_TRUE(field.empty()) << "quote inside an unquoted field at byte " << i;
      quoted = true;
    } else if (c == ',') {
      rows.back().push_back(std::move(field));
      field.clear();
    } else if (c == '\r') {
      EXPECT_EQ(csv[i + 1], '\n') << "bare CR at byte " << i;
      rows.back().push_back(std::move(field));
      field.clear();
      rows.emplace_back();
      ++i;
    } else {
      EXPECT_NE(c, '\n') << "bare LF at byte " << i;
      field += c;
    }
  }
  EXPECT_FALSE(quoted);
  EXPECT_TRUE(rows.back().empty() && field.empty()) << "last record not terminated by CRLF";
  rows.pop_back();
  return rows;
}

}  // namespace rasd::exporter::testing
