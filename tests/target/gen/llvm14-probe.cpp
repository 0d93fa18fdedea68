// Prints LLVM 14's data layout for triple/cpu/features/abi/float-abi and which of the feature
// names read from stdin are enabled. Built and run by record.ts; never needed by the tests.
#include "llvm/MC/TargetRegistry.h"
#include "llvm/Support/TargetSelect.h"
#include "llvm/Target/TargetMachine.h"
#include "llvm/MC/MCSubtargetInfo.h"
#include "llvm/IR/DataLayout.h"
#include <cstdio>
#include <iostream>
using namespace llvm;
int main(int argc, char **argv) {
  if (argc < 6) { fprintf(stderr, "usage: triple cpu features abi floatabi < names\n"); return 2; }
  InitializeAllTargetInfos(); InitializeAllTargets(); InitializeAllTargetMCs();
  std::string err;
  const Target *T = TargetRegistry::lookupTarget(argv[1], err);
  if (!T) { fprintf(stderr, "%s\n", err.c_str()); return 1; }
  TargetOptions opts; opts.MCOptions.ABIName = argv[4];
  std::string fa = argv[5];
  opts.FloatABIType = fa == "hard" ? FloatABI::Hard : fa == "soft" ? FloatABI::Soft : FloatABI::Default;
  std::unique_ptr<TargetMachine> TM(T->createTargetMachine(argv[1], argv[2], argv[3], opts, Reloc::Static));
  printf("datalayout %s\n", TM->createDataLayout().getStringRepresentation().c_str());
  const MCSubtargetInfo *STI = TM->getMCSubtargetInfo();
  printf("features");
  std::string name;
  while (std::cin >> name) if (STI->checkFeatures("+" + name)) printf(" %s", name.c_str());
  printf("\n");
}
