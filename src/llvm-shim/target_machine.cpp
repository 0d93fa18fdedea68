#include "target_machine.h"

#include "llvm_init.h"

#include <llvm/ADT/Triple.h>
#include <llvm/MC/TargetRegistry.h>
#include <llvm/Support/CodeGen.h>
#include <llvm/Target/TargetOptions.h>

namespace tsrustc {
namespace {

llvm::Reloc::Model toLlvm(RelocModel m) {
  switch (m) {
    case RelocModel::Static: return llvm::Reloc::Static;
    case RelocModel::Pic: return llvm::Reloc::PIC_;
    case RelocModel::DynamicNoPic: return llvm::Reloc::DynamicNoPIC;
    case RelocModel::Ropi: return llvm::Reloc::ROPI;
    case RelocModel::Rwpi: return llvm::Reloc::RWPI;
    case RelocModel::RopiRwpi: return llvm::Reloc::ROPI_RWPI;
  }
  return llvm::Reloc::Static;
}

llvm::Optional<llvm::CodeModel::Model> toLlvm(CodeModel m) {
  switch (m) {
    case CodeModel::Default: return llvm::None;
    case CodeModel::Small: return llvm::CodeModel::Small;
    case CodeModel::Kernel: return llvm::CodeModel::Kernel;
    case CodeModel::Medium: return llvm::CodeModel::Medium;
    case CodeModel::Large: return llvm::CodeModel::Large;
    case CodeModel::Tiny: return llvm::CodeModel::Tiny;
  }
  return llvm::None;
}

// Size levels use the default backend level, as clang and rustc do.
llvm::CodeGenOpt::Level toLlvm(OptLevel o) {
  switch (o) {
    case OptLevel::O0: return llvm::CodeGenOpt::None;
    case OptLevel::O1: return llvm::CodeGenOpt::Less;
    case OptLevel::O2: return llvm::CodeGenOpt::Default;
    case OptLevel::O3: return llvm::CodeGenOpt::Aggressive;
    case OptLevel::Os: return llvm::CodeGenOpt::Default;
    case OptLevel::Oz: return llvm::CodeGenOpt::Default;
  }
  return llvm::CodeGenOpt::Default;
}

llvm::FloatABI::ABIType toLlvm(FloatAbi f) {
  switch (f) {
    case FloatAbi::Default: return llvm::FloatABI::Default;
    case FloatAbi::Soft: return llvm::FloatABI::Soft;
    case FloatAbi::Hard: return llvm::FloatABI::Hard;
  }
  return llvm::FloatABI::Default;
}

}  // namespace

std::unique_ptr<llvm::TargetMachine> createTargetMachine(const CodegenOptions& opts,
                                                         std::string& error) {
  initLlvmOnce();
  const llvm::Triple triple(opts.triple);
  std::string lookupError;
  const llvm::Target* target = llvm::TargetRegistry::lookupTarget(triple.getTriple(), lookupError);
  if (!target) {
    error = "unknown target triple '" + opts.triple + "': " + lookupError;
    return nullptr;
  }
  llvm::TargetOptions to;
  to.FunctionSections = opts.functionSections;
  to.DataSections = opts.dataSections;
  to.FloatABIType = toLlvm(opts.floatAbi);
  to.MCOptions.ABIName = opts.abiName;
  to.TrapUnreachable = opts.trapUnreachable;
  // LLVM 14's RISC-V backend aborts on cpu "generic"; it wants the XLEN name.
  std::string cpu = opts.cpu;
  if (cpu == "generic" && triple.isRISCV()) cpu = triple.isArch64Bit() ? "generic-rv64" : "generic-rv32";
  std::unique_ptr<llvm::TargetMachine> tm(target->createTargetMachine(
      triple.getTriple(), cpu, opts.features, to, toLlvm(opts.relocModel),
      toLlvm(opts.codeModel), toLlvm(opts.optLevel)));
  if (!tm) error = "LLVM could not create a target machine for '" + opts.triple + "'";
  return tm;
}

}  // namespace tsrustc
