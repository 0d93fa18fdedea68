// Plain data passed between the N-API layer and the LLVM/LLD code, so the
// LLVM-facing files never see N-API types and the N-API file never sees LLVM.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace tsrustc {

enum class FloatAbi { Default, Soft, Hard };
enum class RelocModel { Static, Pic, DynamicNoPic, Ropi, Rwpi, RopiRwpi };
enum class CodeModel { Default, Small, Kernel, Medium, Large, Tiny };
enum class OptLevel { O0, O1, O2, O3, Os, Oz };

struct CodegenOptions {
  std::string triple;
  std::string cpu;
  std::string features;
  std::string abiName;
  FloatAbi floatAbi = FloatAbi::Default;
  RelocModel relocModel = RelocModel::Static;
  CodeModel codeModel = CodeModel::Default;
  OptLevel optLevel = OptLevel::O0;
  bool functionSections = false;
  bool dataSections = false;
  // rustc turns `unreachable` into a trap instruction by default; so do we.
  bool trapUnreachable = true;
};

struct EmitRequest {
  bool object = false;
  bool assembly = false;
  bool llvmIr = false;
  bool bitcode = false;
  bool verify = true;
};

enum class CompileStatus { Ok, ParseError, VerifyError, TargetError, CodegenError };

struct CompileOutput {
  CompileStatus status = CompileStatus::Ok;
  std::string error;  // LLVM's diagnostic text when status != Ok
  std::vector<std::string> warnings;
  std::vector<uint8_t> object;
  std::string assembly;
  std::string llvmIr;
  std::vector<uint8_t> bitcode;
};

struct LinkOutput {
  bool ok = false;
  std::string output;  // everything LLD printed, stdout and stderr interleaved
};

}  // namespace tsrustc
