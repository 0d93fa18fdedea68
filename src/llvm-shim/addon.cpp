// N-API surface: converts JS values to the plain structs in shim_options.h
// and back. No LLVM headers here beyond the version macro.
#define NAPI_DISABLE_CPP_EXCEPTIONS
#include <napi.h>

#include "compile_module.h"
#include "lld_link.h"

#include <llvm/Config/llvm-config.h>

#include <optional>
#include <utility>

namespace tsrustc {
namespace {

template <typename E>
using Table = std::initializer_list<std::pair<const char*, E>>;

// Reads an optional string-enum property; on a bad value throws a TypeError
// and returns nullopt.
template <typename E>
std::optional<E> readEnum(Napi::Env env, const Napi::Object& obj, const char* key, E fallback,
                          Table<E> table) {
  Napi::Value v = obj.Get(key);
  if (v.IsUndefined() || v.IsNull()) return fallback;
  if (v.IsString()) {
    const std::string s = v.As<Napi::String>().Utf8Value();
    for (const auto& [name, value] : table) {
      if (s == name) return value;
    }
  }
  std::string allowed;
  for (const auto& [name, value] : table) allowed += std::string(allowed.empty() ? "" : ", ") + "'" + name + "'";
  Napi::TypeError::New(env, std::string("CodegenOptions.") + key + " must be one of " + allowed)
      .ThrowAsJavaScriptException();
  return std::nullopt;
}

std::optional<std::string> readString(Napi::Env env, const Napi::Object& obj, const char* key,
                                      bool required) {
  Napi::Value v = obj.Get(key);
  if (v.IsString()) return v.As<Napi::String>().Utf8Value();
  if (!required && (v.IsUndefined() || v.IsNull())) return std::string();
  Napi::TypeError::New(env, std::string("CodegenOptions.") + key + " must be a string")
      .ThrowAsJavaScriptException();
  return std::nullopt;
}

bool readBool(const Napi::Object& obj, const char* key, bool fallback) {
  Napi::Value v = obj.Get(key);
  return v.IsBoolean() ? v.As<Napi::Boolean>().Value() : fallback;
}

// Fills opts from a JS CodegenOptions object; false means a JS exception is pending.
bool readCodegenOptions(Napi::Env env, Napi::Value value, CodegenOptions& opts) {
  if (!value.IsObject()) {
    Napi::TypeError::New(env, "CodegenOptions must be an object").ThrowAsJavaScriptException();
    return false;
  }
  Napi::Object o = value.As<Napi::Object>();
  auto triple = readString(env, o, "triple", true);
  if (!triple) return false;
  auto cpu = readString(env, o, "cpu", false);
  if (!cpu) return false;
  auto features = readString(env, o, "features", false);
  if (!features) return false;
  auto abiName = readString(env, o, "abiName", false);
  if (!abiName) return false;
  auto floatAbi = readEnum<FloatAbi>(env, o, "floatAbi", FloatAbi::Default,
                                     {{"default", FloatAbi::Default}, {"soft", FloatAbi::Soft}, {"hard", FloatAbi::Hard}});
  if (!floatAbi) return false;
  auto reloc = readEnum<RelocModel>(env, o, "relocModel", RelocModel::Static,
                                    {{"static", RelocModel::Static},
                                     {"pic", RelocModel::Pic},
                                     {"dynamic-no-pic", RelocModel::DynamicNoPic},
                                     {"ropi", RelocModel::Ropi},
                                     {"rwpi", RelocModel::Rwpi},
                                     {"ropi-rwpi", RelocModel::RopiRwpi}});
  if (!reloc) return false;
  auto codeModel = readEnum<CodeModel>(env, o, "codeModel", CodeModel::Default,
                                       {{"default", CodeModel::Default},
                                        {"small", CodeModel::Small},
                                        {"kernel", CodeModel::Kernel},
                                        {"medium", CodeModel::Medium},
                                        {"large", CodeModel::Large},
                                        {"tiny", CodeModel::Tiny}});
  if (!codeModel) return false;
  auto opt = readEnum<OptLevel>(env, o, "optLevel", OptLevel::O0,
                                {{"0", OptLevel::O0},
                                 {"1", OptLevel::O1},
                                 {"2", OptLevel::O2},
                                 {"3", OptLevel::O3},
                                 {"s", OptLevel::Os},
                                 {"z", OptLevel::Oz}});
  if (!opt) return false;
  opts.triple = *triple;
  opts.cpu = *cpu;
  opts.features = *features;
  opts.abiName = *abiName;
  opts.floatAbi = *floatAbi;
  opts.relocModel = *reloc;
  opts.codeModel = *codeModel;
  opts.optLevel = *opt;
  opts.functionSections = readBool(o, "functionSections", false);
  opts.dataSections = readBool(o, "dataSections", false);
  opts.trapUnreachable = readBool(o, "trapUnreachable", true);
  return true;
}

Napi::Value CompileModule(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  if (info.Length() < 4 || !info[0].IsString() || !info[1].IsString() || !info[3].IsObject()) {
    Napi::TypeError::New(env, "compileModule(irText: string, moduleName: string, opts, want)")
        .ThrowAsJavaScriptException();
    return env.Undefined();
  }
  CodegenOptions opts;
  if (!readCodegenOptions(env, info[2], opts)) return env.Undefined();
  Napi::Object w = info[3].As<Napi::Object>();
  EmitRequest want;
  want.object = readBool(w, "object", false);
  want.assembly = readBool(w, "assembly", false);
  want.llvmIr = readBool(w, "llvmIr", false);
  want.bitcode = readBool(w, "bitcode", false);
  want.verify = readBool(w, "verify", true);

  const std::string ir = info[0].As<Napi::String>().Utf8Value();
  const std::string name = info[1].As<Napi::String>().Utf8Value();
  CompileOutput out = compileModule(ir, name, opts, want);

  const char* prefix = nullptr;
  switch (out.status) {
    case CompileStatus::Ok: break;
    case CompileStatus::ParseError: prefix = "LLVM IR parse error: "; break;
    case CompileStatus::VerifyError: prefix = "LLVM IR verification failed: "; break;
    case CompileStatus::TargetError: prefix = "LLVM target error: "; break;
    case CompileStatus::CodegenError: prefix = "LLVM codegen error: "; break;
  }
  if (prefix) {
    Napi::Error::New(env, prefix + out.error).ThrowAsJavaScriptException();
    return env.Undefined();
  }

  Napi::Object result = Napi::Object::New(env);
  if (want.object) result.Set("object", Napi::Buffer<uint8_t>::Copy(env, out.object.data(), out.object.size()));
  if (want.assembly) result.Set("assembly", Napi::String::New(env, out.assembly));
  if (want.llvmIr) result.Set("llvmIr", Napi::String::New(env, out.llvmIr));
  if (want.bitcode) result.Set("bitcode", Napi::Buffer<uint8_t>::Copy(env, out.bitcode.data(), out.bitcode.size()));
  if (!out.warnings.empty()) {
    Napi::Array warnings = Napi::Array::New(env, out.warnings.size());
    for (size_t i = 0; i < out.warnings.size(); i++) warnings.Set(i, Napi::String::New(env, out.warnings[i]));
    result.Set("warnings", warnings);
  }
  return result;
}

Napi::Value DataLayoutFor(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  CodegenOptions opts;
  if (info.Length() < 1 || !readCodegenOptions(env, info[0], opts)) {
    if (!env.IsExceptionPending()) Napi::TypeError::New(env, "dataLayoutFor(opts)").ThrowAsJavaScriptException();
    return env.Undefined();
  }
  std::string error;
  std::string layout = dataLayoutFor(opts, error);
  if (!error.empty()) {
    Napi::Error::New(env, "LLVM target error: " + error).ThrowAsJavaScriptException();
    return env.Undefined();
  }
  return Napi::String::New(env, layout);
}

Napi::Value Link(const Napi::CallbackInfo& info, LinkerFlavor flavor) {
  Napi::Env env = info.Env();
  if (info.Length() < 1 || !info[0].IsArray()) {
    Napi::TypeError::New(env, "link(args: string[])").ThrowAsJavaScriptException();
    return env.Undefined();
  }
  Napi::Array arr = info[0].As<Napi::Array>();
  std::vector<std::string> args;
  args.reserve(arr.Length());
  for (uint32_t i = 0; i < arr.Length(); i++) {
    Napi::Value v = arr.Get(i);
    if (!v.IsString()) {
      Napi::TypeError::New(env, "link args must all be strings").ThrowAsJavaScriptException();
      return env.Undefined();
    }
    args.push_back(v.As<Napi::String>().Utf8Value());
  }
  LinkOutput out = runLld(flavor, args);
  Napi::Object result = Napi::Object::New(env);
  result.Set("ok", Napi::Boolean::New(env, out.ok));
  result.Set("output", Napi::String::New(env, out.output));
  return result;
}

Napi::Value LinkElf(const Napi::CallbackInfo& info) { return Link(info, LinkerFlavor::Elf); }
Napi::Value LinkWasm(const Napi::CallbackInfo& info) { return Link(info, LinkerFlavor::Wasm); }

Napi::Value LlvmVersion(const Napi::CallbackInfo& info) {
  return Napi::String::New(info.Env(), LLVM_VERSION_STRING);
}

Napi::Object Init(Napi::Env env, Napi::Object exports) {
  exports.Set("compileModule", Napi::Function::New(env, CompileModule, "compileModule"));
  exports.Set("dataLayoutFor", Napi::Function::New(env, DataLayoutFor, "dataLayoutFor"));
  exports.Set("linkElf", Napi::Function::New(env, LinkElf, "linkElf"));
  exports.Set("linkWasm", Napi::Function::New(env, LinkWasm, "linkWasm"));
  exports.Set("llvmVersion", Napi::Function::New(env, LlvmVersion, "llvmVersion"));
  return exports;
}

}  // namespace
}  // namespace tsrustc

// NODE_API_MODULE pastes the name into an identifier, so it must be unqualified.
static Napi::Object InitShim(Napi::Env env, Napi::Object exports) { return tsrustc::Init(env, exports); }
NODE_API_MODULE(tsrustc_llvm, InitShim)
