// Lang items as desugarings need them while lowering (rustc's `QPath::LangItem`): `a..b`
// names `Range`, `for` names `into_iter`, `next`, `Some` and `None`. The local crate's come
// from its `#[lang = "..."]` attributes (read from the AST, since lowering is still under
// way), dependencies' from their metadata. A desugaring path is an ordinary resolved path.
import type { Span } from '../diagnostics/span.ts';
import type { ExternCrateView } from '../resolve/extern-crate.ts';
import type { ResolverTables } from '../resolve/tables.ts';
import type * as ast from '../syntax/ast/index.ts';
import { intern } from '../syntax/symbol.ts';
import type { DefId } from '../ty/def-id.ts';
import { attrStrValue } from './attr-parse.ts';
import type { HirId } from './ids.ts';
import type { QPath } from './path.ts';
import type { Res } from './res.ts';

interface LangItemSource {
  readonly def: DefId;
  /** The constructor, for variants and tuple/unit structs (patterns and calls name it). */
  readonly ctor: DefId | null;
}

export class LangItemTable {
  private local: Map<string, LangItemSource> | null = null;

  constructor(
    private readonly crate: readonly ast.Item[],
    private readonly t: ResolverTables,
    private readonly externs: readonly ExternCrateView[],
  ) {}

  /** The item (or, with `ctor`, its constructor) as a resolution; null when no crate defines it. */
  res(name: string, ctor = false): Res | null {
    const l = this.locals().get(name);
    if (l) {
      const def = ctor && l.ctor !== null ? l.ctor : l.def;
      return { tag: 'Def', kind: this.t.defs.get(def).kind, def };
    }
    for (const e of this.externs) {
      const d = e.langItems?.().get(name);
      if (d === undefined) continue;
      const def = ctor ? e.ctorOf?.(d) ?? d : d;
      return { tag: 'Def', kind: e.defKind(def), def };
    }
    return null;
  }

  private locals(): Map<string, LangItemSource> {
    if (this.local) return this.local;
    const m = new Map<string, LangItemSource>();
    const visitAttrs = (attrs: readonly ast.Attribute[], node: object, ctorNode: object | null): void => {
      for (const a of attrs) {
        if (a.kind.tag !== 'Normal' || a.kind.path.segments.length !== 1 || a.kind.path.segments[0]!.ident.name !== LANG) continue;
        const v = attrStrValue(a);
        const def = this.t.nodeDefs.get(node);
        if (v === null || def === undefined) continue;
        m.set(v, { def, ctor: ctorNode ? this.t.ctorDefs.get(ctorNode) ?? null : null });
      }
    };
    const visitItems = (items: readonly ast.Item[]): void => {
      for (const it of items) {
        const k = it.kind;
        visitAttrs(it.attrs, it, k.tag === 'Struct' ? it : null);
        if (k.tag === 'Mod' && k.mod.tag === 'Loaded') visitItems(k.mod.items);
        else if (k.tag === 'Enum') for (const v of k.variants) visitAttrs(v.attrs, v, v);
        else if (k.tag === 'Trait' || k.tag === 'Impl') for (const ai of k.items) visitAttrs(ai.attrs, ai, null);
      }
    };
    visitItems(this.crate);
    this.local = m;
    return m;
  }
}

const LANG = intern('lang');

/** A one-segment resolved path to a lang item, at `span`. */
export function langPath(res: Res, name: string, span: Span, id: () => HirId): QPath {
  const seg = { hirId: id(), ident: { name: intern(name), span }, res, args: null };
  return { tag: 'Resolved', qself: null, path: { span, res, segments: [seg] } };
}
