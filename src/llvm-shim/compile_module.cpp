#include "compile_module.h"

#include "crash_guard.h"
#include "optimize_module.h"
#include "target_machine.h"

#include <llvm/Analysis/TargetLibraryInfo.h>
#include <llvm/Analysis/TargetTransformInfo.h>
#include <llvm/AsmParser/Parser.h>
#include <llvm/Bitcode/BitcodeWriter.h>
#include <llvm/IR/DiagnosticInfo.h>
#include <llvm/IR/DiagnosticPrinter.h>
#include <llvm/IR/LLVMContext.h>
#include <llvm/IR/LegacyPassManager.h>
#include <llvm/IR/Module.h>
#include <llvm/IR/Verifier.h>
#include <llvm/Support/MemoryBuffer.h>
#include <llvm/Support/SourceMgr.h>
#include <llvm/Support/raw_ostream.h>
#include <llvm/Transforms/Utils/Cloning.h>

namespace tsrustc {
namespace {

// Without a handler, LLVMContext::diagnose prints errors and calls exit(1)
// (inline asm errors do this); we collect them instead.
struct Diagnostics {
  std::string errors;
  std::vector<std::string> warnings;
};

void onDiagnostic(const llvm::DiagnosticInfo& info, void* context) {
  auto* diags = static_cast<Diagnostics*>(context);
  if (info.getSeverity() == llvm::DS_Remark || info.getSeverity() == llvm::DS_Note) return;
  std::string text;
  llvm::raw_string_ostream os(text);
  llvm::DiagnosticPrinterRawOStream printer(os);
  info.print(printer);
  os.flush();
  if (info.getSeverity() == llvm::DS_Error) {
    if (!diags->errors.empty()) diags->errors += "\n";
    diags->errors += text;
  } else {
    diags->warnings.push_back(text);
  }
}

bool emitMachineCode(llvm::Module& module, llvm::TargetMachine& tm, llvm::CodeGenFileType kind,
                     llvm::SmallVectorImpl<char>& out, std::string& error) {
  llvm::raw_svector_ostream os(out);
  llvm::legacy::PassManager passes;
  passes.add(llvm::createTargetTransformInfoWrapperPass(tm.getTargetIRAnalysis()));
  llvm::TargetLibraryInfoImpl tlii(llvm::Triple(module.getTargetTriple()));
  passes.add(new llvm::TargetLibraryInfoWrapperPass(tlii));
  if (tm.addPassesToEmitFile(passes, os, nullptr, kind, /*DisableVerify=*/true)) {
    error = "target '" + module.getTargetTriple() + "' cannot emit this file type";
    return false;
  }
  passes.run(module);
  return true;
}

void compileUnguarded(const std::string& irText, const std::string& moduleName,
                      const CodegenOptions& opts, const EmitRequest& want, CompileOutput& out) {
  std::string tmError;
  std::unique_ptr<llvm::TargetMachine> tm = createTargetMachine(opts, tmError);
  if (!tm) {
    out.status = CompileStatus::TargetError;
    out.error = tmError;
    return;
  }

  llvm::LLVMContext context;
  Diagnostics diags;
  context.setDiagnosticHandlerCallBack(onDiagnostic, &diags);

  // A copy guarantees the NUL terminator the IR lexer relies on.
  std::unique_ptr<llvm::MemoryBuffer> buffer =
      llvm::MemoryBuffer::getMemBufferCopy(irText, moduleName);
  llvm::SMDiagnostic parseError;
  std::unique_ptr<llvm::Module> module = llvm::parseAssembly(*buffer, parseError, context);
  if (!module) {
    llvm::raw_string_ostream os(out.error);
    parseError.print("", os, /*ShowColors=*/false);
    os.flush();
    out.status = CompileStatus::ParseError;
    return;
  }
  module->setModuleIdentifier(moduleName);

  if (want.verify) {
    llvm::raw_string_ostream os(out.error);
    if (llvm::verifyModule(*module, &os)) {
      os.flush();
      out.status = CompileStatus::VerifyError;
      return;
    }
    out.error.clear();
  }

  module->setTargetTriple(tm->getTargetTriple().getTriple());
  module->setDataLayout(tm->createDataLayout());
  optimizeModule(*module, *tm, opts.optLevel);

  if (want.llvmIr) {
    llvm::raw_string_ostream os(out.llvmIr);
    module->print(os, nullptr);
    os.flush();
  }
  if (want.bitcode) {
    llvm::SmallVector<char, 0> bc;
    llvm::raw_svector_ostream os(bc);
    llvm::WriteBitcodeToFile(*module, os);
    out.bitcode.assign(bc.begin(), bc.end());
  }
  // Codegen rewrites the IR it runs on, so a second emission gets a clone.
  if (want.assembly) {
    std::unique_ptr<llvm::Module> clone;
    llvm::Module* target = module.get();
    if (want.object) {
      clone = llvm::CloneModule(*module);
      target = clone.get();
    }
    llvm::SmallVector<char, 0> text;
    if (!emitMachineCode(*target, *tm, llvm::CGFT_AssemblyFile, text, out.error)) {
      out.status = CompileStatus::CodegenError;
      return;
    }
    out.assembly.assign(text.begin(), text.end());
  }
  if (want.object) {
    llvm::SmallVector<char, 0> obj;
    if (!emitMachineCode(*module, *tm, llvm::CGFT_ObjectFile, obj, out.error)) {
      out.status = CompileStatus::CodegenError;
      return;
    }
    out.object.assign(obj.begin(), obj.end());
  }

  out.warnings = std::move(diags.warnings);
  if (!diags.errors.empty()) {
    out.status = CompileStatus::CodegenError;
    out.error = diags.errors;
  }
}

}  // namespace

CompileOutput compileModule(const std::string& irText, const std::string& moduleName,
                            const CodegenOptions& opts, const EmitRequest& want) {
  CompileOutput out;
  GuardResult guard = runGuarded([&] { compileUnguarded(irText, moduleName, opts, want, out); });
  if (!guard.ok) {
    out = CompileOutput();
    out.status = CompileStatus::CodegenError;
    out.error = guard.reason;
  }
  return out;
}

std::string dataLayoutFor(const CodegenOptions& opts, std::string& error) {
  std::unique_ptr<llvm::TargetMachine> tm = createTargetMachine(opts, error);
  if (!tm) return "";
  return tm->createDataLayout().getStringRepresentation();
}

}  // namespace tsrustc
