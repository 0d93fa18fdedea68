// Checks on a generics list that rustc's AST validation makes: lifetimes come first, and
// parameter defaults are trailing and only where they may appear.
import type { Span } from '../diagnostics/span.ts';
import type * as ast from '../syntax/ast/index.ts';
import type { DefKind } from '../ty/context.ts';
import type { LoweringCtx } from './lower-ctx.ts';

export function checkGenericParams(cx: LoweringCtx, g: ast.Generics, ownerKind: DefKind): void {
  checkLifetimesFirst(cx, g);
  const allowsDefaults = ownerKind === 'Struct' || ownerKind === 'Enum' || ownerKind === 'Union' || ownerKind === 'TyAlias' || ownerKind === 'Trait';
  // `struct A<T = u32, const N: usize>`: a parameter with a default before one without.
  let withDefault: ast.GenericParam | null = null;
  for (const p of g.params) {
    if (p.kind.tag === 'Lifetime') continue;
    if (p.kind.default) {
      if (p.kind.tag === 'Const' && !allowsDefaults) {
        cx.dcx.err('defaults for generic parameters are not allowed here').primary(p.span).emit();
      }
      withDefault ??= p;
    } else if (withDefault !== null && allowsDefaults) {
      cx.dcx.err('generic parameters with a default must be trailing').primary(withDefault.ident.span).emit();
      withDefault = null;
    }
  }
}

/** `<const N: usize, 'a, T>`: rustc reports the lifetimes out of place and shows the order. */
function checkLifetimesFirst(cx: LoweringCtx, g: ast.Generics): void {
  let sawOther = false;
  const late: Span[] = [];
  for (const p of g.params) {
    if (p.kind.tag !== 'Lifetime') sawOther = true;
    else if (sawOther) late.push(p.ident.span);
  }
  if (late.length === 0) return;
  const sm = cx.dcx.sourceMap;
  const text = (p: ast.GenericParam): string => sm.snippet({ lo: p.span.lo, hi: p.span.hi, ctxt: p.span.ctxt });
  const ordered = [...g.params.filter((p) => p.kind.tag === 'Lifetime'), ...g.params.filter((p) => p.kind.tag !== 'Lifetime')];
  const d = cx.dcx.err('lifetime parameters must be declared prior to type and const parameters');
  for (const s of late) d.primary(s);
  d.help('reorder the parameters: lifetimes, then consts and types', undefined, [{ span: g.span, replacement: `<${ordered.map(text).join(', ')}>`, applicability: 'MachineApplicable', style: 'showCode' }]);
  d.emit();
}
