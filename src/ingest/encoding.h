// Stage `ingest`: the bytes of a document, in whatever encoding the site used, turned into UTF-8.
//
//   Result<Decoded> d = DecodeToUtf8(bytes, CharsetOfContentType("text/html; charset=windows-1256"),
//                                    "page.html");
//   if (!d.ok()) report(d.status());          // "page.html: invalid UTF-8 at byte offset 812"
//   use(d->text, d->charset);                 // UTF-8 without BOM; "windows-1256"
//
// Arabic sites publish in UTF-8 (with or without BOM), windows-1256, ISO-8859-6 and UTF-16 LE/BE.
// The order of evidence, strongest first:
//   1. a byte-order mark (UTF-8, UTF-16LE, UTF-16BE);
//   2. the NUL pattern of BOM-less UTF-16 (ASCII spaces and digits have a zero high byte);
//   3. bytes that are valid UTF-8 are UTF-8, whatever the page declares: legacy Arabic text is
//      practically never valid UTF-8, while "charset=windows-1256" left in a template of a site that
//      moved to UTF-8 is common;
//   4. text that is mostly valid UTF-8 with a few bad bytes is damaged UTF-8: an error naming the
//      offset of the first bad byte, never a guess;
//   5. the declared charset (HTTP Content-Type or <meta charset>) when ICU knows it;
//   6. ICU's detector (ucsdet), restricted to the Arabic single-byte charsets, cross-checked by how
//      much of the decoded text is Arabic letters.
// A NUL byte outside UTF-16 is binary data (an error naming its offset). Conversion is by ICU (ucnv).
#pragma once

#include <string>
#include <string_view>

#include "rasd/status.h"

namespace rasd::ingest {

struct Decoded {
  std::string text;     // valid UTF-8, BOM removed
  std::string charset;  // the charset the bytes were read as, e.g. "UTF-8", "windows-1256", "UTF-16LE"
};

// ASCII letters lower-cased, other bytes (UTF-8 included) unchanged: for charset, tag and attribute names.
std::string AsciiLower(std::string_view s);

// `declared` may be empty (nothing declared). `where` prefixes error messages (file name, record).
// Errors: Unsupported (binary data, NUL byte), Corruption (invalid UTF-8, no Arabic charset fits).
Result<Decoded> DecodeToUtf8(std::string_view bytes, std::string_view declared, const std::string& where);

// The charset parameter of a MIME Content-Type value ("text/html; charset=\"UTF-8\"" -> "UTF-8"), or "".
std::string CharsetOfContentType(std::string_view content_type);

// The charset an HTML page declares in its first 4 KiB (<meta charset=...> or
// <meta http-equiv="Content-Type" content="...; charset=...">), or "". Works on the raw bytes, before
// decoding, as browsers' prescan does.
std::string CharsetOfHtmlMeta(std::string_view raw);

}  // namespace rasd::ingest
