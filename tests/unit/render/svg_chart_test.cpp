#include "advo/render/svg_chart.hpp"

#include <doctest/doctest.h>

using namespace advo;

TEST_CASE("bar charts escape their labels and scale to the largest value") {
  const std::string svg = svg_hbar_chart("Coverage <b>", {HBar{"<script>x</script>", 5, "5 of 10", 2, 10},
                                                          HBar{"other", 10, "10", -1, -1}});
  CHECK(svg.starts_with("<svg xmlns=\"http://www.w3.org/2000/svg\""));
  CHECK(svg.find("<script") == std::string::npos);
  CHECK(svg.find("&lt;script&gt;") != std::string::npos);
  CHECK(svg.find("<title>Coverage &lt;b&gt;</title>") != std::string::npos);
  // Bars are 300 wide at the maximum (10): 5 is 150.
  CHECK(svg.find("width=\"150.0\"") != std::string::npos);
  CHECK(svg.find("width=\"300.0\"") != std::string::npos);
  CHECK(svg.ends_with("</svg>"));
}

TEST_CASE("column charts draw both series and survive all zeros") {
  const std::string svg = svg_stacked_columns("By month", {Column2{"2026-07", 3, 1}, Column2{"2026-08", 0, 0}},
                                              {"asks", "#000"}, {"gives", "#999"});
  CHECK(svg.find(">2026-07<") != std::string::npos);
  CHECK(svg.find(">asks<") != std::string::npos);
  CHECK(svg.find("nan") == std::string::npos);
  const std::string empty = svg_stacked_columns("None", {}, {"a", "#000"}, {"b", "#999"});
  CHECK(empty.find("nan") == std::string::npos);
}
