// Function parameters must be `Sized` (rustc's well-formedness check of a fn signature):
// `fn f(x: dyn Trait)` and `fn f(s: [u8])` are E0277 with rustc's suggestions.
import type { HirTy } from '../hir/types.ts';
import { tyKind } from '../ty/interner.ts';
import type { Ty } from '../ty/ty.ts';
import type { FnCtxt } from './fn-ctxt.ts';

/** How rustc prints an unsized type in the `Sized` error (a bare `dyn` has the default `'static` bound). */
function unsizedTyStr(fcx: FnCtxt, ty: Ty): string {
  return tyKind(ty).tag === 'Dynamic' ? `(${fcx.tyStr(ty)} + 'static)` : fcx.tyStr(ty);
}

export function checkParamsSized(fcx: FnCtxt, hirInputs: readonly HirTy[], inputs: readonly Ty[]): void {
  inputs.forEach((ty, i) => {
    const k = tyKind(ty);
    const hir = hirInputs[i];
    if (!hir || (k.tag !== 'Dynamic' && k.tag !== 'Slice' && k.tag !== 'Str')) return;
    const ts = unsizedTyStr(fcx, ty);
    const at = { lo: hir.span.lo, hi: hir.span.lo, ctxt: hir.span.ctxt };
    const d = fcx.err(`the size for values of type \`${ts}\` cannot be known at compilation time`, 'E0277')
      .primary(hir.span, "doesn't have a size known at compile-time")
      .help(`the trait \`Sized\` is not implemented for \`${ts}\``);
    if (k.tag === 'Dynamic' && hir.kind.tag === 'TraitObject' && hir.kind.syntax === 'dyn') {
      // `dyn Trait` -> `impl Trait`: replace the `dyn` keyword.
      d.help('you can use `impl Trait` as the argument type', undefined, [{ span: { lo: hir.span.lo, hi: hir.span.lo + 3, ctxt: hir.span.ctxt }, replacement: 'impl', applicability: 'MaybeIncorrect', style: 'verbose' }]);
    }
    const what = k.tag === 'Slice' ? 'slices' : 'types';
    d.help(`function arguments must have a statically known size, borrowed ${what} always have a known size`, undefined, [{ span: at, replacement: '&', applicability: 'MachineApplicable', style: 'verbose' }]);
    d.emit();
  });
}
