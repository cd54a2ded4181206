#include "server/static_files.h"

#include <algorithm>
#include <string_view>
#include <system_error>

namespace rasd::server {

namespace fs = std::filesystem;

std::optional<fs::path> ResolveStaticPath(const fs::path& root, const std::string& url_path) {
  if (url_path.empty() || url_path[0] != '/' || url_path.size() > 1024) return std::nullopt;
  std::string_view rel(url_path);
  rel.remove_prefix(1);
  std::string relative = rel.empty() ? "index.html" : std::string(rel);
  if (relative.back() == '/') relative += "index.html";
  fs::path joined = root;
  std::string_view rest(relative);
  while (!rest.empty()) {
    size_t slash = rest.find('/');
    std::string_view seg = rest.substr(0, slash);
    if (seg.empty() || seg == "." || seg == "..") return std::nullopt;
    for (unsigned char c : seg) {
      if (c < 0x20 || c == 0x7f || c == '\\' || c == ':') return std::nullopt;
    }
    joined /= std::string(seg);
    if (slash == std::string_view::npos) break;
    rest.remove_prefix(slash + 1);
  }
  std::error_code ec;
  fs::path canon_root = fs::canonical(root, ec);
  if (ec) return std::nullopt;
  fs::path canon = fs::canonical(joined, ec);
  if (ec) return std::nullopt;
  // Inside the root: the root's components are a prefix of the file's.
  auto [root_end, file_it] = std::mismatch(canon_root.begin(), canon_root.end(), canon.begin(), canon.end());
  if (root_end != canon_root.end() || file_it == canon.end()) return std::nullopt;
  if (!fs::is_regular_file(canon, ec)) return std::nullopt;
  return canon;
}

const char* ContentTypeFor(const fs::path& file) {
  std::string ext = file.extension().string();
  std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  if (ext == ".html" || ext == ".htm") return "text/html; charset=utf-8";
  if (ext == ".js" || ext == ".mjs") return "text/javascript; charset=utf-8";
  if (ext == ".css") return "text/css; charset=utf-8";
  if (ext == ".json" || ext == ".map") return "application/json";
  if (ext == ".svg") return "image/svg+xml";
  if (ext == ".png") return "image/png";
  if (ext == ".jpg" || ext == ".jpeg") return "image/jpeg";
  if (ext == ".ico") return "image/x-icon";
  if (ext == ".woff2") return "font/woff2";
  if (ext == ".txt") return "text/plain; charset=utf-8";
  return "application/octet-stream";
}

}  // namespace rasd::server
