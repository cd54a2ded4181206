// Stage `server`: files of the web page served from one folder, and nothing outside it.
//
//   std::optional<std::filesystem::path> p = ResolveStaticPath(root, req.path);  // nullopt: refuse
//   res.set_content(bytes, ContentTypeFor(*p));
//
// The URL path arrives percent-decoded, so "%2e%2e" is already "..": every segment is checked, then the
// resolved file (symbolic links followed) must still lie inside the canonical root.
#pragma once

#include <filesystem>
#include <optional>
#include <string>

namespace rasd::server {

// The regular file `url_path` names inside `root` ("/" is "/index.html"); nullopt for a path with "..",
// ".", empty or absolute segments, a backslash, a NUL or a control character, a path outside `root` after
// symbolic links, or no such regular file.
std::optional<std::filesystem::path> ResolveStaticPath(const std::filesystem::path& root, const std::string& url_path);

// Content-Type by file extension; unknown extensions are application/octet-stream (never sniffed).
const char* ContentTypeFor(const std::filesystem::path& file);

}  // namespace rasd::server
