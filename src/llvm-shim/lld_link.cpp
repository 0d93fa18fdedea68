#include "lld_link.h"

#include "crash_guard.h"
#include "llvm_init.h"

#include <lld/Common/CommonLinkerContext.h>
#include <lld/Common/Driver.h>
#include <lld/Common/ErrorHandler.h>
#include <llvm/Support/raw_ostream.h>

#include <mutex>

namespace tsrustc {
namespace {

std::mutex lldMutex;

// After LLD's fatal() or a crash, its context may hold an object whose
// constructor never finished (LLD 14 parses input files inside the ObjFile
// constructor), and destroy() would run that object's destructor over
// uninitialized memory. So we only clear the driver's global lists, the part
// of destroy() the next link depends on, and leak the rest; the next link's
// new context replaces the abandoned one.
void abandonLldContext() {
  if (!lld::hasContext()) return;
  std::function<void()> cleanup = std::move(lld::errorHandler().cleanupCallback);
  lld::errorHandler().cleanupCallback = nullptr;
  if (cleanup) cleanup();
}

}  // namespace

LinkOutput runLld(LinkerFlavor flavor, const std::vector<std::string>& args) {
  initLlvmOnce();
  std::lock_guard<std::mutex> lock(lldMutex);

  std::vector<const char*> argv;
  argv.reserve(args.size() + 1);
  argv.push_back(flavor == LinkerFlavor::Elf ? "ld.lld" : "wasm-ld");
  for (const std::string& a : args) argv.push_back(a.c_str());

  LinkOutput result;
  // One stream for both so messages keep the order LLD printed them in.
  llvm::raw_string_ostream os(result.output);
  bool linked = false;
  GuardResult guard = runGuarded([&] {
    linked = flavor == LinkerFlavor::Elf
                 ? lld::elf::link(argv, os, os, /*exitEarly=*/false, /*disableOutput=*/false)
                 : lld::wasm::link(argv, os, os, /*exitEarly=*/false, /*disableOutput=*/false);
  });
  // The next link must start from a fresh context.
  if (guard.ok) {
    lld::CommonLinkerContext::destroy();
  } else {
    abandonLldContext();
  }
  os.flush();
  if (!guard.ok) {
    // LLD's fatal() already printed its message; add a note for real crashes.
    if (guard.reason.rfind("exited with code", 0) != 0 || result.output.empty()) {
      result.output += std::string(argv[0]) + ": " + guard.reason + "\n";
    }
  }
  result.ok = guard.ok && linked;
  return result;
}

}  // namespace tsrustc
