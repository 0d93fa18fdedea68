#pragma once

#include "shim_options.h"

#include <string>
#include <vector>

namespace tsrustc {

enum class LinkerFlavor { Elf, Wasm };

// Runs LLD in-process. args exclude argv[0]. Safe to call repeatedly: LLD's
// global context is destroyed after every link, crashes and fatal errors
// come back as ok=false, and calls are serialized because LLD keeps
// process-wide state.
LinkOutput runLld(LinkerFlavor flavor, const std::vector<std::string>& args);

}  // namespace tsrustc
