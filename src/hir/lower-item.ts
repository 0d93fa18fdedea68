import type * as ast from '../syntax/ast/index.ts';
import { intern, kw, symStr } from '../syntax/symbol.ts';
import type { DefId } from '../ty/def-id.ts';
import type { Abi } from '../ty/ty.ts';
import { parseItemAttrs } from './attr-parse.ts';
import type { ItemAttrs } from './attrs.ts';
import type { BodyId } from './ids.ts';
import type { FieldDef, FnDecl, HirFnSig, ImplicitSelf, ItemKind, Param, Variant, VariantData } from './item.ts';
import type { LoweringCtx } from './lower-ctx.ts';
import { blockExpr, lowerAsm, lowerExpr } from './lower-expr.ts';
import { lowerTraitPath } from './lower-path.ts';
import { lowerGenerics, traitBounds } from './lower-generics.ts';
import { bindAll, lowerPat, type PatBindings } from './lower-pat.ts';
import { lowerAbi, lowerTy, selfTy } from './lower-ty.ts';
import { addImplTraitParams, withImplTrait, type ImplTraitCtx } from './lower-impl-trait.ts';
import type { HirTy } from './types.ts';
import { RES_ERR } from './res.ts';
import type { Path } from './path.ts';
import { externModuleOfRes } from '../resolve/extern-modules.ts';
import { lookupInModule } from '../resolve/lookup.ts';
import { useInjectionSpan } from './use-injection.ts';

/** Lowers the items of a module (its rib is pushed by the caller). */
export function lowerItems(cx: LoweringCtx, items: readonly ast.Item[]): void {
  for (const item of items) lowerItem(cx, item);
}

/** An item declared inside a block; returns its DefId (null for items without one). */
export function lowerNestedItem(cx: LoweringCtx, item: ast.Item): DefId | null {
  const def = cx.t.nodeDefs.get(item);
  cx.r.withSelf(null, () => cx.inBody(() => lowerItem(cx, item)));
  return def ?? null;
}

function checkGenerics(cx: LoweringCtx, g: ast.Generics): void {
  for (const p of g.params) {
    if (p.kind.tag !== 'Lifetime') cx.unsupported('generic parameters are', p.span);
  }
}

/** Lowers `f` with the generic parameters of `owner` in scope, recording them in the HIR. */
function withGenerics<T>(cx: LoweringCtx, g: ast.Generics, owner: DefId, f: () => T): T {
  const hg = lowerGenerics(cx, g, owner);
  if (hg.params.length > 0 || hg.predicates.length > 0) cx.generics.set(owner, hg);
  try {
    return f();
  } finally {
    cx.r.popRib();
  }
}

function lowerItem(cx: LoweringCtx, item: ast.Item): void {
  cx.inLintNode(item.id, item.attrs, () => lowerItemIn(cx, item));
}

function lowerItemIn(cx: LoweringCtx, item: ast.Item): void {
  const k = item.kind;
  if (k.tag === 'ForeignMod') {
    const abi = lowerAbi(cx, k.abi, true, item.span);
    const wasmModule = wasmImportModule(item.attrs);
    for (const fi of k.items) cx.inLintNode(fi.id, fi.attrs, () => lowerForeignItem(cx, fi, abi, wasmModule));
    return;
  }
  const def = cx.t.nodeDefs.get(item);
  if (def === undefined) return;
  const data = cx.t.defs.get(def);
  const add = (kind: ItemKind, attrs: ItemAttrs = parseItemAttrs(item.attrs)): void =>
    cx.addItem({ def, ident: item.ident, kind, vis: data.vis, attrs, span: item.span });
  switch (k.tag) {
    case 'Mod': {
      const m = cx.t.modules.get(def)!;
      cx.r.pushRib({ kind: 'module', module: m });
      const children = k.mod.tag === 'Loaded' ? k.mod.items : [];
      const inject = useInjectionSpan(children);
      if (inject) cx.useInjections.set(def, inject);
      lowerItems(cx, children);
      cx.r.popRib();
      add({ tag: 'Mod', items: childDefs(cx, children) });
      return;
    }
    case 'Fn':
      add(withGenerics(cx, k.generics, def, () => lowerFn(cx, def, k, null)));
      return;
    case 'Static': case 'Const': {
      const ty = lowerTy(cx, k.ty);
      const body = k.expr ? lowerConstBody(cx, def, k.expr, k.tag === 'Const' ? 'const' : 'static', item.span) : null;
      add(k.tag === 'Static' ? { tag: 'Static', ty, mutbl: k.mutbl, body } : { tag: 'Const', ty, body });
      return;
    }
    case 'Struct': case 'Union':
      add({ tag: k.tag, data: withGenerics(cx, k.generics, def, () => lowerVariantData(cx, k.data, cx.t.ctorDefs.get(item) ?? null)) });
      return;
    case 'Enum': {
      const variants: Variant[] = withGenerics(cx, k.generics, def, () => k.variants.map((v) => ({
        def: cx.t.defOf(v),
        ident: v.ident,
        data: lowerVariantData(cx, v.data, cx.t.ctorDefs.get(v) ?? null),
        discr: v.disrExpr ? lowerConstBody(cx, cx.t.defOf(v), v.disrExpr.value, 'const', v.span) : null,
        lang: variantLang(v.attrs),
        span: v.span,
      })));
      add({ tag: 'Enum', variants });
      return;
    }
    case 'TyAlias':
      // `type Result<T> = result::Result<T, Error>`: the parameters are in scope of the type.
      add({ tag: 'TyAlias', ty: k.ty ? withGenerics(cx, k.generics, def, () => lowerTy(cx, k.ty!)) : null });
      return;
    case 'Trait': {
      const items = cx.r.withSelf({ tag: 'SelfTyParam', traitDef: def }, () => withGenerics(cx, k.generics, def, () => {
        // Supertraits are `Self: Super` predicates of the trait, before its where clauses.
        const supers = traitBounds(cx, k.bounds);
        if (supers.length > 0) {
          const g = cx.generics.get(def) ?? { params: [], predicates: [], span: item.span };
          cx.generics.set(def, { ...g, predicates: [{ boundedTy: selfTy(cx, item.ident.span), bounds: supers, span: item.span }, ...g.predicates] });
        }
        return lowerAssocItems(cx, k.items, def);
      }));
      add({ tag: 'Trait', unsafe: k.safety === 'unsafe', items });
      return;
    }
    case 'Impl': {
      withGenerics(cx, k.generics, def, () => cx.r.withSelf({ tag: 'SelfTyAlias', implDef: def }, () => {
        const selfTy = lowerTy(cx, k.selfTy);
        const ofTrait = k.ofTrait ? lowerTraitPath(cx, k.ofTrait.path) : null;
        if (ofTrait && ofTrait.res.tag === 'Def' && ofTrait.res.kind === 'Trait') checkTraitMembers(cx, k.items, ofTrait.res.def, ofTrait);
        const traitRef = ofTrait && ofTrait.res.tag === 'Def' && ofTrait.res.kind === 'Trait' ? ofTrait.res.def : null;
        const items = cx.r.withTraitRef(traitRef, () => lowerAssocItems(cx, k.items, def));
        add({ tag: 'Impl', unsafe: k.safety === 'unsafe', negative: k.polarity === 'negative', ofTrait, selfTy, items });
      }));
      return;
    }
    case 'TraitAlias':
      cx.unsupported('trait aliases are', item.span);
      return;
    case 'GlobalAsm':
      add({ tag: 'GlobalAsm', asm: lowerAsm(cx, k.asm) });
      return;
    case 'ExternCrate': case 'Use': case 'MacroDef': case 'MacCall':
      return;
  }
}

function lowerForeignItem(cx: LoweringCtx, fi: ast.ForeignItem, abi: Abi, wasmModule: string | null): void {
  const def = cx.t.nodeDefs.get(fi);
  if (def === undefined) return;
  const fk = fi.kind;
  const parsed = parseItemAttrs(fi.attrs, abi === 'rust-intrinsic');
  const attrs = wasmModule === null ? parsed : { ...parsed, wasmImportModule: wasmModule };
  const vis = cx.t.defs.get(def).vis;
  if (fk.tag === 'Fn') {
    // Intrinsics are generic (`fn size_of<T>() -> usize`); other foreign fns cannot be.
    const sig = withGenerics(cx, fk.generics, def, () => lowerSig(cx, fk.sig, abi));
    cx.addItem({ def, ident: fi.ident, kind: { tag: 'Fn', sig: { ...sig, header: { ...sig.header, unsafe: fk.sig.header.safety !== 'safe' } }, body: null }, vis, attrs, span: fi.span });
  } else if (fk.tag === 'Static') {
    cx.addItem({ def, ident: fi.ident, kind: { tag: 'Static', ty: lowerTy(cx, fk.ty), mutbl: fk.mutbl, body: null }, vis, attrs, span: fi.span });
  }
}

export function childDefs(cx: LoweringCtx, items: readonly ast.Item[]): DefId[] {
  const out: DefId[] = [];
  for (const i of items) {
    const d = cx.t.nodeDefs.get(i);
    if (d !== undefined && i.kind.tag !== 'ExternCrate' && i.kind.tag !== 'Use') out.push(d);
    if (i.kind.tag === 'ForeignMod') for (const fi of i.kind.items) { const fd = cx.t.nodeDefs.get(fi); if (fd !== undefined) out.push(fd); }
  }
  return out;
}

/** E0407/E0438/E0437: items of a trait impl must be members of the trait (checked by resolve in rustc). */
function checkTraitMembers(cx: LoweringCtx, items: readonly ast.AssocItem[], trait: DefId, path: Path): void {
  const m = cx.t.modules.get(trait) ?? externModuleOfRes(cx.t, trait);
  if (!m) return;
  const traitName = path.segments.length > 0 ? symStr(path.segments[path.segments.length - 1]!.ident.name) : '';
  for (const ai of items) {
    const k = ai.kind;
    if (k.tag === 'MacCall') continue;
    const ns = k.tag === 'TyAlias' ? 'type' : 'value';
    if (lookupInModule(cx.t, m, ai.ident.name, ns).tag === 'found') continue;
    const [what, code] = k.tag === 'Fn' ? ['method', 'E0407'] : k.tag === 'Const' ? ['const', 'E0438'] : ['type', 'E0437'];
    cx.dcx
      .err(`${what} \`${symStr(ai.ident.name)}\` is not a member of trait \`${traitName}\``, code)
      .primary(ai.span, `not a member of trait \`${traitName}\``)
      .emit();
  }
}

function lowerAssocItems(cx: LoweringCtx, items: readonly ast.AssocItem[], parent: DefId): DefId[] {
  const out: DefId[] = [];
  for (const ai of items) {
    const def = cx.t.nodeDefs.get(ai);
    if (def === undefined) continue;
    const savedLintScope = cx.enterLintNode(ai.id, ai.attrs);
    const k = ai.kind;
    const vis = cx.t.defs.get(def).vis;
    const attrs = parseItemAttrs(ai.attrs);
    let kind: ItemKind | null = null;
    if (k.tag === 'Fn') {
      kind = withGenerics(cx, k.generics, def, () => lowerFn(cx, def, k, null));
    } else if (k.tag === 'Const') {
      kind = { tag: 'Const', ty: lowerTy(cx, k.ty), body: k.expr ? lowerConstBody(cx, def, k.expr, 'const', ai.span) : null };
    } else if (k.tag === 'TyAlias') {
      kind = { tag: 'TyAlias', ty: k.ty ? lowerTy(cx, k.ty) : null };
      // `type IntoIter: Iterator<Item = Self::Item>;` in a trait: the bounds every
      // `<T as Trait>::IntoIter` satisfies, as predicates `Self::IntoIter: Bound` of the item.
      const bounds = traitBounds(cx, k.bounds);
      if (bounds.length > 0) {
        const self = selfTy(cx, ai.ident.span);
        const segment = { hirId: cx.id(), ident: ai.ident, res: RES_ERR, args: null };
        const boundedTy: HirTy = { hirId: cx.id(), kind: { tag: 'Path', qpath: { tag: 'TypeRelative', qself: self, segment, span: ai.ident.span } }, span: ai.ident.span };
        cx.generics.set(def, { params: [], predicates: [{ boundedTy, bounds, span: ai.span }], span: ai.span });
      }
    }
    if (kind) {
      cx.addItem({ def, ident: ai.ident, kind, vis, attrs, span: ai.span });
      out.push(def);
    }
    cx.lintScope = savedLintScope;
  }
  void parent;
  return out;
}

function implicitSelfOf(p: ast.Param | undefined): ImplicitSelf {
  if (!p || p.pat.kind.tag !== 'Ident' || p.pat.kind.ident.name !== kw.SelfLower) return 'none';
  const t = p.ty.kind;
  if (t.tag === 'ImplicitSelf') return p.pat.kind.mode.mutbl === 'mut' ? 'mutValue' : 'value';
  if (t.tag === 'Ref' && t.ty.kind.tag === 'ImplicitSelf') return t.mutbl === 'mut' ? 'refMut' : 'ref';
  return 'explicit';
}

function lowerSig(cx: LoweringCtx, sig: ast.FnSig, abiOverride: Abi | null, owner: DefId | null = null): HirFnSig {
  const d = sig.decl;
  // `impl Trait` arguments become type parameters of the fn, returned ones opaque types.
  const argCtx: ImplTraitCtx | null = owner === null ? null : { owner, position: 'arg', params: [], predicates: [] };
  const inputs: HirTy[] = withImplTrait(cx, argCtx, () => d.inputs.filter((p) => p.ty.kind.tag !== 'CVarArgs').map((p) => lowerTy(cx, p.ty)));
  if (argCtx) addImplTraitParams(cx, argCtx, sig.span);
  const retCtx: ImplTraitCtx | null = owner === null ? null : { owner, position: 'ret', params: [], predicates: [] };
  const decl: FnDecl = {
    inputs,
    output: d.output.tag === 'Ty' ? withImplTrait(cx, retCtx, () => lowerTy(cx, (d.output as { ty: ast.Ty }).ty)) : null,
    cVariadic: d.inputs.some((p) => p.ty.kind.tag === 'CVarArgs'),
    implicitSelf: implicitSelfOf(d.inputs[0]),
  };
  const ext = sig.header.ext;
  const abi = abiOverride ?? lowerAbi(cx, ext ? ext.abi : null, ext !== null, ext ? ext.span : sig.span);
  return { header: { unsafe: sig.header.safety === 'unsafe', abi, constness: sig.header.constness === 'const' }, decl, span: sig.span };
}

function lowerFn(cx: LoweringCtx, def: DefId, f: ast.Fn, abi: Abi | null): ItemKind {
  const sig = lowerSig(cx, f.sig, abi, def);
  let body: BodyId | null = null;
  if (f.body) {
    const block = f.body;
    cx.r.pushRib({ kind: 'fnBoundary' });
    const names = cx.r.pushLocals();
    const binds: PatBindings = new Map();
    const params: Param[] = f.sig.decl.inputs.map((p) => cx.inLintNode(p.id, p.attrs, () => ({ hirId: cx.id(), pat: lowerPat(cx, p.pat, binds), span: p.span })));
    bindAll(names, binds);
    const value = cx.inBody(() => blockExpr(cx, block));
    cx.r.popRib();
    cx.r.popRib();
    body = cx.addBody(def, params, value);
  }
  return { tag: 'Fn', sig, body };
}

function lowerConstBody(cx: LoweringCtx, def: DefId, e: ast.Expr, itemKind: 'const' | 'static', span: ast.Expr['span']): BodyId {
  cx.r.pushRib({ kind: 'constBoundary', itemKind, span });
  const value = cx.inBody(() => lowerExpr(cx, e));
  cx.r.popRib();
  return cx.addBody(def, [], value);
}

/** A variant's `#[lang = "..."]`, the way core marks `Option::Some` and friends. */
function variantLang(attrs: readonly ast.Attribute[]): string | null {
  return attrs.length === 0 ? null : parseItemAttrs(attrs).lang;
}

function lowerVariantData(cx: LoweringCtx, data: ast.VariantData, ctor: DefId | null): VariantData {
  if (data.tag === 'Unit') return { kind: 'unit', fields: [], ctor };
  const fields: FieldDef[] = data.fields.map((f, i) => {
    const def = cx.t.defOf(f);
    return {
      hirId: cx.id(),
      def,
      ident: f.ident ?? { name: intern(String(i)), span: f.span },
      ty: lowerTy(cx, f.ty),
      vis: cx.t.defs.get(def).vis,
      span: f.span,
    };
  });
  return { kind: data.tag === 'Struct' ? 'struct' : 'tuple', fields, ctor };
}

/** `#[link(wasm_import_module = "m")]` on an `extern` block (other `link` keys are for linking). */
function wasmImportModule(attrs: readonly ast.Attribute[]): string | null {
  for (const a of attrs) {
    if (a.kind.tag !== 'Normal' || a.kind.path.segments.length !== 1 || symStr(a.kind.path.segments[0]!.ident.name) !== 'link') continue;
    if (a.kind.args.tag !== 'Delimited') continue;
    const tts = a.kind.args.args.tokens;
    for (let i = 0; i + 2 < tts.length; i++) {
      const k = tts[i]!;
      const eq = tts[i + 1]!;
      const v = tts[i + 2]!;
      if (k.kind === 'token' && k.token.kind === 'ident' && symStr(k.token.sym) === 'wasm_import_module' &&
          eq.kind === 'token' && eq.token.kind === 'punct' && eq.token.p === '=' &&
          v.kind === 'token' && v.token.kind === 'literal' && v.token.lit.kind === 'str') {
        return symStr(v.token.lit.symbol);
      }
    }
  }
  return null;
}
