import { span as mkSpan, spanTo } from '../diagnostics/span.ts';
import type { Namespace } from '../resolve/namespace.ts';
import type * as ast from '../syntax/ast/index.ts';
import { intern } from '../syntax/symbol.ts';
import type { LoweringCtx } from './lower-ctx.ts';
import { lowerAnonConst } from './lower-anon-const.ts';
import { lowerTy } from './lower-ty.ts';
import type { HirAssocConstraint, HirGenericArgs, Path, PathSegment, QPath } from './path.ts';
import { RES_ERR, type Res } from './res.ts';
import type { HirTy } from './types.ts';

/** A segment's generic arguments (`<T, U>`, `(A) -> B`); also a method call's turbofish. */
export function lowerArgs(cx: LoweringCtx, args: ast.GenericArgs | null): HirGenericArgs | null {
  if (!args) return null;
  if (args.tag === 'Parenthesized') return parenSugarArgs(cx, args);
  if (args.tag !== 'AngleBracketed') {
    cx.unsupported('parenthesized generic arguments are', args.span);
    return null;
  }
  const out: HirGenericArgs['args'][number][] = [];
  const constraints: HirAssocConstraint[] = [];
  for (const a of args.args) {
    if (a.tag !== 'Arg') {
      if (a.kind.tag === 'Equality' && a.kind.term.tag === 'Ty' && a.genArgs === null) {
        constraints.push({ ident: a.ident, ty: lowerTy(cx, a.kind.term.ty), span: a.span });
      } else {
        cx.unsupported('associated item constraints other than `Name = Type` are', a.span);
      }
      continue;
    }
    const g = a.arg;
    const asConst = g.tag === 'Type' ? constPathArg(cx, g.ty) : null;
    if (asConst !== null) out.push({ tag: 'Const', value: lowerAnonConst(cx, asConst, 'const argument') });
    else if (g.tag === 'Type') out.push({ tag: 'Type', ty: lowerTy(cx, g.ty) });
    else if (g.tag === 'Lifetime') out.push({ tag: 'Lifetime', name: g.lifetime.ident.name, span: g.lifetime.ident.span });
    else out.push({ tag: 'Const', value: lowerAnonConst(cx, g.value.value, 'const argument') });
  }
  return constraints.length > 0 ? { args: out, constraints, span: args.span } : { args: out, span: args.span };
}

/**
 * `Buf<N>` parses `N` as a type; when it names no type but a value (a const parameter or a
 * const item), it is a const argument (as rustc's late resolution decides).
 */
function constPathArg(cx: LoweringCtx, ty: ast.Ty): ast.Expr | null {
  const k = ty.kind;
  if (k.tag !== 'Path' || k.qself !== null || k.path.global || k.path.segments.length !== 1 || k.path.segments[0]!.args !== null) return null;
  const ident = k.path.segments[0]!.ident;
  if (cx.r.names(ident, 'type') || !cx.r.names(ident, 'value')) return null;
  return { id: ty.id, kind: { tag: 'Path', qself: null, path: k.path }, span: ty.span, attrs: [] };
}

/**
 * `Fn(A, B) -> C` is `Fn<(A, B), Output = C>` (rustc's parenthesized sugar); without `-> C`
 * the output is `()`.
 */
function parenSugarArgs(cx: LoweringCtx, args: Extract<ast.GenericArgs, { tag: 'Parenthesized' }>): HirGenericArgs {
  const inputs = args.inputs.map((t) => lowerTy(cx, t));
  const tuple: HirTy = { hirId: cx.id(), kind: { tag: 'Tup', elems: inputs }, span: args.span };
  const out = args.output;
  const output: HirTy = out.tag === 'Ty' ? lowerTy(cx, out.ty) : { hirId: cx.id(), kind: { tag: 'Tup', elems: [] }, span: out.span };
  const ident = { name: intern('Output'), span: out.tag === 'Ty' ? out.ty.span : out.span };
  return { args: [{ tag: 'Type', ty: tuple }], constraints: [{ ident, ty: output, span: output.span }], parenSugar: true, span: args.span };
}

function lowerSeg(cx: LoweringCtx, s: ast.PathSegment, res: Res): PathSegment {
  return { hirId: cx.id(), ident: s.ident, res, args: lowerArgs(cx, s.args) };
}

function segsSpan(segs: readonly ast.PathSegment[], fallback: ast.Path['span']): ast.Path['span'] {
  const first = segs[0];
  const last = segs[segs.length - 1];
  return first && last ? mkSpan(Math.min(fallback.lo, first.ident.span.lo), last.ident.span.hi, fallback.ctxt) : fallback;
}

/** Wraps `qself` and the remaining segments into nested type-relative paths (`S::new`, `<T>::A::B`). */
function typeRelative(cx: LoweringCtx, qself: HirTy, rest: readonly ast.PathSegment[], startSpan: ast.Path['span']): QPath {
  let q: QPath | null = null;
  let base = qself;
  for (let i = 0; i < rest.length; i++) {
    const seg = lowerSeg(cx, rest[i]!, RES_ERR);
    cx.traitMap.set(seg.hirId, cx.r.traitsInScope());
    const sp = spanTo(startSpan, rest[i]!.ident.span);
    q = { tag: 'TypeRelative', qself: base, segment: seg, span: sp };
    if (i < rest.length - 1) base = { hirId: cx.id(), kind: { tag: 'Path', qpath: q }, span: sp };
  }
  return q!;
}

/** Lowers a path in namespace `ns`, resolving it (rustc's lower_qpath over the resolver's PartialRes). */
export function lowerQPath(cx: LoweringCtx, qself: ast.QSelf | null, path: ast.Path, ns: Namespace, isCall = false): QPath {
  const segs = path.segments;
  if (qself) {
    const qty = lowerTy(cx, qself.ty);
    const p = qself.position;
    if (p === 0) return typeRelative(cx, qty, segs, qself.ty.span);
    // `<T as Trait>::item`: the trait path plus the item named in it.
    const head: ast.Path = { span: path.span, segments: segs.slice(0, p + 1), global: path.global };
    const r = cx.r.resolve(head, p + 1 === segs.length ? ns : 'type', isCall);
    const hsegs = head.segments.map((s, i) => lowerSeg(cx, s, r.segRes[i] ?? RES_ERR));
    const resolved: QPath = { tag: 'Resolved', qself: qty, path: { span: segsSpan(head.segments, path.span), res: r.unresolved === 0 ? r.res : RES_ERR, segments: hsegs } };
    if (p + 1 === segs.length) return resolved;
    const base: HirTy = { hirId: cx.id(), kind: { tag: 'Path', qpath: resolved }, span: path.span };
    return typeRelative(cx, base, segs.slice(p + 1), path.span);
  }
  const r = cx.r.resolve(path, ns, isCall);
  if (r.unresolved === 0 || segs.length <= r.unresolved) {
    const hsegs = segs.map((s, i) => lowerSeg(cx, s, r.segRes[i] ?? RES_ERR));
    const p: Path = { span: path.span, res: r.unresolved === 0 ? r.res : RES_ERR, segments: hsegs };
    return { tag: 'Resolved', qself: null, path: p };
  }
  const k = segs.length - r.unresolved;
  const baseSegs = segs.slice(0, k);
  const baseSpan = segsSpan(baseSegs, path.span);
  const basePath: Path = { span: baseSpan, res: r.res, segments: baseSegs.map((s, i) => lowerSeg(cx, s, r.segRes[i] ?? RES_ERR)) };
  const baseTy: HirTy = { hirId: cx.id(), kind: { tag: 'Path', qpath: { tag: 'Resolved', qself: null, path: basePath } }, span: baseSpan };
  return typeRelative(cx, baseTy, segs.slice(k), baseSpan);
}

/** A trait reference (`impl Trait for T`), resolved in the type namespace. */
export function lowerTraitPath(cx: LoweringCtx, path: ast.Path): Path {
  const q = lowerQPath(cx, null, path, 'type');
  if (q.tag === 'Resolved') return q.path;
  return { span: path.span, res: RES_ERR, segments: [] };
}
