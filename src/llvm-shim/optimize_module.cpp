#include "optimize_module.h"

#include <llvm/Analysis/CGSCCPassManager.h>
#include <llvm/Analysis/LoopAnalysisManager.h>
#include <llvm/IR/PassManager.h>
#include <llvm/Passes/OptimizationLevel.h>
#include <llvm/Passes/PassBuilder.h>

namespace tsrustc {
namespace {

llvm::OptimizationLevel toPipelineLevel(OptLevel level) {
  switch (level) {
    case OptLevel::O0: return llvm::OptimizationLevel::O0;
    case OptLevel::O1: return llvm::OptimizationLevel::O1;
    case OptLevel::O2: return llvm::OptimizationLevel::O2;
    case OptLevel::O3: return llvm::OptimizationLevel::O3;
    case OptLevel::Os: return llvm::OptimizationLevel::Os;
    case OptLevel::Oz: return llvm::OptimizationLevel::Oz;
  }
  return llvm::OptimizationLevel::O2;
}

}  // namespace

void optimizeModule(llvm::Module& module, llvm::TargetMachine& tm, OptLevel level) {
  // rustc vectorizes only at O2/O3 and does not unroll when optimizing for size.
  const bool speed = level == OptLevel::O2 || level == OptLevel::O3;
  const bool size = level == OptLevel::Os || level == OptLevel::Oz;
  llvm::PipelineTuningOptions pto;
  pto.LoopVectorization = speed;
  pto.SLPVectorization = speed;
  pto.LoopUnrolling = !size;
  pto.LoopInterleaving = !size;

  llvm::LoopAnalysisManager lam;
  llvm::FunctionAnalysisManager fam;
  llvm::CGSCCAnalysisManager cgam;
  llvm::ModuleAnalysisManager mam;
  llvm::PassBuilder pb(&tm, pto);
  pb.registerModuleAnalyses(mam);
  pb.registerCGSCCAnalyses(cgam);
  pb.registerFunctionAnalyses(fam);
  pb.registerLoopAnalyses(lam);
  pb.crossRegisterProxies(lam, fam, cgam, mam);

  const llvm::OptimizationLevel pipelineLevel = toPipelineLevel(level);
  llvm::ModulePassManager mpm = level == OptLevel::O0
                                    ? pb.buildO0DefaultPipeline(pipelineLevel)
                                    : pb.buildPerModuleDefaultPipeline(pipelineLevel);
  mpm.run(module, mam);
}

}  // namespace tsrustc
