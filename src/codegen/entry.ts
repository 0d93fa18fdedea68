// The C `main` of an executable, like rustc's generated shim: std's `_start` calls
// `main(argc, argv)`, which calls the `start` lang item with the user's `fn main` as a fn
// pointer: `lang_start(main: fn(), argc: isize, argv: *const *const u8) -> isize`.
import type { DefId } from '../ty/def-id.ts';
import { CodegenError, type CodegenCx } from './context.ts';
import { fnRef } from './declare.ts';
import { fnTy, ptrTo, T } from './llvm-ir/types.ts';
import { constBitcast, type Value } from './llvm-ir/value.ts';
import { resolveFnInstance } from './resolve.ts';

export function codegenMainShim(cx: CodegenCx, entry: DefId): void {
  const tcx = cx.tcx;
  const startDef = tcx.langItem('start');
  if (startDef === null) throw new CodegenError('requires `start` lang item', tcx.defSpan(entry));
  const userMain = fnRef(cx, resolveFnInstance(cx, entry, []));
  const startArgs = tcx.genericCount(startDef) === 1 ? [{ tag: 'Type' as const, ty: tcx.fnSig(entry).output }] : [];
  const start = fnRef(cx, resolveFnInstance(cx, startDef, startArgs));
  const isize = cx.isizeTy;
  const b = cx.m.defineFunction('main', fnTy(T.i32, [T.i32, ptrTo(T.i8p)]), { fnAttrs: ['nounwind'], paramNames: ['argc', 'argv'] });
  b.positionAt(b.newBlock('top'));
  const [argc, argv] = b.params as [Value, Value];
  const want = [T.i8p, isize, T.i8p];
  const params = (start.abi.llvmTy as Extract<typeof start.abi.llvmTy, { kind: 'fn' }>).params;
  if (start.abi.args.length !== 3 || start.abi.args.some((a) => a.mode.tag !== 'Direct') || params.some((p, i) => p !== want[i])) {
    throw new CodegenError('the `start` lang item must have the signature `fn(fn(), isize, *const *const u8) -> isize`', tcx.defSpan(startDef));
  }
  const args = [constBitcast(userMain.ptr, T.i8p), b.intCast(argc, isize, true), b.bitcast(argv, T.i8p)];
  const r = b.call(start.ptr, args, { fnAttrs: start.abi.noReturn ? ['nounwind', 'noreturn'] : ['nounwind'] });
  if (r === null || r.ty.kind !== 'int') {
    if (start.abi.noReturn) b.unreachable();
    else throw new CodegenError('the `start` lang item must return isize', tcx.defSpan(startDef));
    return;
  }
  b.ret(b.intCast(r, T.i32, true));
}
