#include "llvm_init.h"

#include "crash_guard.h"

#include <llvm/Support/TargetSelect.h>

#include <mutex>

// Only the init functions of shipped targets are called here; LLD references
// all of them (via InitializeAllTargets for LTO), and target_stubs.cpp
// (generated at build time) satisfies the rest with empty functions.
#define TSRUSTC_SHIPPED_TARGET(T)          \
  extern "C" void LLVMInitialize##T##TargetInfo(); \
  extern "C" void LLVMInitialize##T##Target();     \
  extern "C" void LLVMInitialize##T##TargetMC();   \
  extern "C" void LLVMInitialize##T##AsmPrinter(); \
  extern "C" void LLVMInitialize##T##AsmParser();
TSRUSTC_SHIPPED_TARGET(X86)
TSRUSTC_SHIPPED_TARGET(AArch64)
TSRUSTC_SHIPPED_TARGET(ARM)
TSRUSTC_SHIPPED_TARGET(RISCV)
TSRUSTC_SHIPPED_TARGET(WebAssembly)
#undef TSRUSTC_SHIPPED_TARGET

namespace tsrustc {

void initLlvmOnce() {
  static std::once_flag once;
  std::call_once(once, [] {
#define TSRUSTC_INIT(T)                \
  LLVMInitialize##T##TargetInfo();     \
  LLVMInitialize##T##Target();         \
  LLVMInitialize##T##TargetMC();       \
  LLVMInitialize##T##AsmPrinter();     \
  LLVMInitialize##T##AsmParser();
    TSRUSTC_INIT(X86)
    TSRUSTC_INIT(AArch64)
    TSRUSTC_INIT(ARM)
    TSRUSTC_INIT(RISCV)
    TSRUSTC_INIT(WebAssembly)
#undef TSRUSTC_INIT
    installFatalErrorHandler();
  });
}

}  // namespace tsrustc
