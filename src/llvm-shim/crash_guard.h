#pragma once

#include <functional>
#include <string>

namespace tsrustc {

// LLVM's report_fatal_error and LLD's fatal() would exit the whole Node
// process. The handler installed here records the reason and, when running
// under runGuarded, unwinds back to it instead.
void installFatalErrorHandler();

struct GuardResult {
  bool ok;             // false: fn crashed or hit a fatal error
  std::string reason;  // the fatal error text, or a note about the signal
};

// Runs fn inside an llvm::CrashRecoveryContext. Signal handlers are installed
// only while at least one guarded call is running (reference counted, so
// worker threads do not uninstall each other's), because V8 relies on its
// own SIGSEGV handler for WebAssembly the rest of the time.
GuardResult runGuarded(const std::function<void()>& fn);

}  // namespace tsrustc
