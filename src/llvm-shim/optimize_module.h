#pragma once

#include "shim_options.h"

#include <llvm/IR/Module.h>
#include <llvm/Target/TargetMachine.h>

namespace tsrustc {

// Runs the new pass manager's default per-module pipeline for the level
// (buildO0DefaultPipeline at O0), tuned the way rustc tunes it.
void optimizeModule(llvm::Module& module, llvm::TargetMachine& tm, OptLevel level);

}  // namespace tsrustc
