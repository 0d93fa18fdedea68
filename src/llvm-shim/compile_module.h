#pragma once

#include "shim_options.h"

#include <string>

namespace tsrustc {

// Parses textual LLVM IR, verifies it, retargets it to the options' target,
// runs the standard optimization pipeline and emits what `want` asks for.
// Never throws and never exits the process: failures come back in status.
CompileOutput compileModule(const std::string& irText, const std::string& moduleName,
                            const CodegenOptions& opts, const EmitRequest& want);

// TargetMachine::createDataLayout() for the options, or "" with error set.
std::string dataLayoutFor(const CodegenOptions& opts, std::string& error);

}  // namespace tsrustc
