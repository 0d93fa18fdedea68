import type { Span } from '../diagnostics/span.ts';
import type * as ast from '../syntax/ast/index.ts';
import { kw } from '../syntax/symbol.ts';
import type { Abi } from '../ty/ty.ts';
import type { LoweringCtx } from './lower-ctx.ts';
import { lowerAnonConst } from './lower-anon-const.ts';
import { traitBounds } from './lower-generics.ts';
import { lowerQPath } from './lower-path.ts';
import { lowerImplTrait } from './lower-impl-trait.ts';
import { RES_ERR } from './res.ts';
import type { HirTy, HirTyKind } from './types.ts';

const ABIS: readonly Abi[] = ['Rust', 'C', 'rust-call', 'rust-intrinsic', 'system', 'C-unwind', 'aapcs', 'sysv64', 'efiapi', 'cdecl'];

/** `extern "C"` -> 'C'; no `extern` -> 'Rust'; bare `extern` -> 'C'. Unknown ABIs: E0703. */
export function lowerAbi(cx: LoweringCtx, abi: string | null, hasExtern: boolean, span: Span): Abi {
  if (!hasExtern) return 'Rust';
  if (abi === null) return 'C';
  const found = ABIS.find((a) => a === abi);
  if (found) return found;
  cx.dcx.err(`invalid ABI: found \`${abi}\``, 'E0703').primary(span, 'invalid ABI').emit();
  return 'C';
}

/** The HIR type `Self` (for `self`, `&self` parameters). */
export function selfTy(cx: LoweringCtx, span: Span): HirTy {
  const res = cx.r.selfRes() ?? RES_ERR;
  const seg = { hirId: cx.id(), ident: { name: kw.SelfUpper, span }, res, args: null };
  return { hirId: cx.id(), kind: { tag: 'Path', qpath: { tag: 'Resolved', qself: null, path: { span, res, segments: [seg] } } }, span };
}

export function lowerTy(cx: LoweringCtx, ty: ast.Ty): HirTy {
  const k = ty.kind;
  const mk = (kind: HirTyKind): HirTy => ({ hirId: cx.id(), kind, span: ty.span });
  switch (k.tag) {
    case 'Paren': return lowerTy(cx, k.ty);
    case 'Slice': return mk({ tag: 'Slice', elem: lowerTy(cx, k.ty) });
    case 'Array': {
      const elem = lowerTy(cx, k.ty);
      const len = lowerAnonConst(cx, k.len.value, 'array length');
      return mk({ tag: 'Array', elem, len });
    }
    case 'Ptr': return mk({ tag: 'Ptr', mutbl: k.mutbl, pointee: lowerTy(cx, k.ty) });
    case 'Ref': return mk({ tag: 'Ref', mutbl: k.mutbl, pointee: lowerTy(cx, k.ty) });
    case 'Never': return mk({ tag: 'Never' });
    case 'Tup': return mk({ tag: 'Tup', elems: k.tys.map((t) => lowerTy(cx, t)) });
    case 'Path': return mk({ tag: 'Path', qpath: lowerQPath(cx, k.qself, k.path, 'type') });
    case 'Infer': return mk({ tag: 'Infer' });
    case 'ImplicitSelf': return selfTy(cx, ty.span);
    case 'BareFn': {
      if (k.genericParams.length > 0) cx.unsupported('higher-ranked fn pointer types are', ty.span);
      const d = k.decl;
      const inputs = d.inputs.filter((p) => p.ty.kind.tag !== 'CVarArgs').map((p) => lowerTy(cx, p.ty));
      const cVariadic = d.inputs.some((p) => p.ty.kind.tag === 'CVarArgs');
      const output = d.output.tag === 'Ty' ? lowerTy(cx, d.output.ty) : null;
      const abi = lowerAbi(cx, k.abi, k.abi !== null, ty.span);
      return mk({ tag: 'BareFn', fn: { unsafe: k.safety === 'unsafe', abi, inputs, output, cVariadic } });
    }
    case 'TraitObject': return mk({ tag: 'TraitObject', bounds: traitBounds(cx, k.bounds), syntax: k.syntax });
    case 'ImplTrait': return lowerImplTrait(cx, ty, k.bounds);
    case 'Typeof': case 'MacCall': case 'CVarArgs': case 'Err':
      return mk({ tag: 'Err' });
  }
}
