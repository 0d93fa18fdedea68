// Hands generated modules to the native LLVM shim (verify, optimize, emit).
import { compileModule, type CodegenOptions, type CompileResult, type EmitRequest } from '../llvm/shim.ts';
import type { CodegenModule } from './codegen-crate.ts';

export interface EmittedModule extends CompileResult {
  readonly name: string;
}

export function emitObjects(modules: readonly CodegenModule[], llvmOpts: CodegenOptions, want: EmitRequest): EmittedModule[] {
  return modules.map((m) => ({ name: m.name, ...compileModule(m.llvmIr, m.name, llvmOpts, want) }));
}
