// advo: the executable only dispatches to the command line library.
#include <iostream>

#include "cli/app.hpp"

int main(int argc, char** argv) {
  const int code = advo::cli::run(argc, argv, std::cout, std::cerr);
  std::cout.flush();
  return code;
}
