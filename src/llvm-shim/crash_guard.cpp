#include "crash_guard.h"

#include <llvm/Support/CrashRecoveryContext.h>
#include <llvm/Support/ErrorHandling.h>

#include <mutex>

namespace tsrustc {
namespace {

thread_local std::string fatalReason;

std::mutex enableMutex;
int enableCount = 0;

void onFatalError(void*, const char* reason, bool) {
  fatalReason = reason ? reason : "unknown LLVM fatal error";
  if (auto* crc = llvm::CrashRecoveryContext::GetCurrent()) {
    crc->HandleExit(1);  // longjmps back into runGuarded
  }
  // Not under a guard: LLVM will exit the process after we return, as usual.
}

}  // namespace

void installFatalErrorHandler() {
  llvm::install_fatal_error_handler(onFatalError, nullptr);
}

GuardResult runGuarded(const std::function<void()>& fn) {
  {
    std::lock_guard<std::mutex> lock(enableMutex);
    if (enableCount++ == 0) llvm::CrashRecoveryContext::Enable();
  }
  fatalReason.clear();
  bool ok;
  {
    llvm::CrashRecoveryContext crc;
    ok = crc.RunSafely([&] { fn(); });
    if (!ok && fatalReason.empty()) {
      // LLVM reports a signal as 128 + its number, an exit() as the code.
      fatalReason = crc.RetCode > 128
                        ? "crashed with signal " + std::to_string(crc.RetCode - 128)
                        : "exited with code " + std::to_string(crc.RetCode);
    }
  }
  {
    std::lock_guard<std::mutex> lock(enableMutex);
    if (--enableCount == 0) llvm::CrashRecoveryContext::Disable();
  }
  return GuardResult{ok, ok ? std::string() : fatalReason};
}

}  // namespace tsrustc
