#pragma once

#include "shim_options.h"

#include <llvm/Target/TargetMachine.h>

#include <memory>
#include <string>

namespace tsrustc {

// Builds a TargetMachine for the options; on failure returns null and sets
// error to LLVM's explanation (unknown triple, etc.).
std::unique_ptr<llvm::TargetMachine> createTargetMachine(const CodegenOptions& opts,
                                                         std::string& error);

}  // namespace tsrustc
