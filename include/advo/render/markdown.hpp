// Markdown tables to paste into a document or a pull request.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace advo {

// Text safe inside a table cell: pipes, backslashes, markup characters and
// line breaks escaped.
std::string markdown_cell(std::string_view text);

// A GitHub-flavoured table; `right` marks right-aligned columns.
std::string markdown_table(const std::vector<std::string>& headers, const std::vector<std::vector<std::string>>& rows,
                           const std::vector<bool>& right = {});

}  // namespace advo
