#include "advo/render/html.hpp"

#include <doctest/doctest.h>

using namespace advo;

TEST_CASE("html_escape leaves no markup") {
  CHECK(html_escape("<script>alert(1)</script>") == "&lt;script&gt;alert(1)&lt;/script&gt;");
  CHECK(html_escape("\"><img src=x onerror=alert(1)>") == "&quot;&gt;&lt;img src=x onerror=alert(1)&gt;");
  CHECK(html_escape("Tom & Jerry's") == "Tom &amp; Jerry&#39;s");
  CHECK(html_escape(std::string("a\x1b[31mb\x7f", 9)) == "a[31mb");
  CHECK(html_escape("Müller\tline\n") == "Müller\tline\n");
}

TEST_CASE("only http and https addresses become links") {
  CHECK(linkable_url("https://example.com/a?b=c&d=e"));
  CHECK(linkable_url("HTTP://example.com"));
  CHECK_FALSE(linkable_url("javascript:alert(1)"));
  CHECK_FALSE(linkable_url("JavaScript:alert(1)"));
  CHECK_FALSE(linkable_url(" https://example.com"));
  CHECK_FALSE(linkable_url("data:text/html,<script>"));
  CHECK_FALSE(linkable_url("https://"));
  CHECK_FALSE(linkable_url("https://x.example/\"onmouseover=\"alert(1)"));
  CHECK_FALSE(linkable_url("https://x.example/ a"));
  CHECK_FALSE(linkable_url("//example.com"));
  CHECK(html_link("Story <b>", "https://example.com/?a=1&b=2") ==
        "<a href=\"https://example.com/?a=1&amp;b=2\">Story &lt;b&gt;</a>");
  CHECK(html_link("Story", "javascript:alert(1)") == "Story <span class=\"url\">(javascript:alert(1))</span>");
  CHECK(html_link("Story", "") == "Story");
}
