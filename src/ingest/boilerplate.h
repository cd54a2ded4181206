// Stage `ingest`: what on a news page is not the article — generic rules, no site-specific ones.
//
//   if (IsBoilerplateContainer("div", "share-buttons social", "", "")) skip the subtree;
//   BlockVerdict v = JudgeBlock("شارك برأيك", /*link_chars=*/0);   // kSectionEnd
//
// Two kinds of evidence: the markup (navigation/aside/footer elements, class/id/role tokens such as
// "share", "related", "comments", "tags", "breadcrumb") and the words (a short block that is a page
// label such as "شارك برأيك", "أشهر الوسوم", "اقرأ أيضا", "تابعونا"). Link density is judged by the
// caller with the block's text.
#pragma once

#include <string_view>

namespace rasd::ingest {

// True when an element's tag, class, id or ARIA role marks page furniture rather than article text:
// <nav>, <aside>, <footer>, role="navigation"/"complementary"/"contentinfo", or a class/id token naming
// sharing, related articles, comments, tags, menus, breadcrumbs, sidebars, ads, newsletters.
bool IsBoilerplateContainer(std::string_view tag, std::string_view class_attr, std::string_view id_attr,
                            std::string_view role_attr);

enum class BlockVerdict {
  kKeep,
  kDrop,        // a page label ("تابعونا", "شارك", "جميع الحقوق محفوظة") or a "read also" teaser
  kSectionEnd,  // a heading that opens a list of other things ("أشهر الوسوم", "اقرأ أيضا", "شارك برأيك",
                // "مواضيع ذات صلة", "التعليقات"): dropped, and the short blocks after it with it
};

// `text` is one block of the page, whitespace collapsed; `link_chars` how many of its bytes are link text.
BlockVerdict JudgeBlock(std::string_view text, size_t link_chars);

// Words (runs of letters or digits) in `text`, for the short-block rules.
size_t WordCount(std::string_view text);

}  // namespace rasd::ingest
