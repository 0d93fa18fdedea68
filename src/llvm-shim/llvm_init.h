#pragma once

namespace tsrustc {

// Registers the targets we ship (X86, AArch64, ARM, RISCV, WebAssembly) and
// the fatal-error handler. Idempotent and thread-safe.
void initLlvmOnce();

}  // namespace tsrustc
