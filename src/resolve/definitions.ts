import type { Span } from '../diagnostics/span.ts';
import type { Visibility } from '../hir/item.ts';
import type { Symbol } from '../syntax/symbol.ts';
import type { DefKind } from '../ty/context.ts';
import { defId, defIndex, LOCAL_CRATE, type DefId } from '../ty/def-id.ts';

/** One entry of the local crate's definition table. */
export interface DefData {
  readonly kind: DefKind;
  /** Null for impls, anonymous items. */
  readonly name: Symbol | null;
  readonly parent: DefId | null;
  readonly span: Span;
  /** Span of the name (for "defined here" notes); the item span when unnamed. */
  readonly identSpan: Span;
  /** The whole item (for "`S` defined here" labels). */
  readonly itemSpan: Span;
  vis: Visibility;
}

/** The local crate's DefId table (rustc's Definitions): index -> kind, name, parent, span. */
export class Definitions {
  private readonly defs: DefData[] = [];

  create(kind: DefKind, name: Symbol | null, parent: DefId | null, span: Span, identSpan: Span, vis: Visibility, itemSpan: Span = span): DefId {
    const id = defId(LOCAL_CRATE, this.defs.length);
    this.defs.push({ kind, name, parent, span, identSpan, itemSpan, vis });
    return id;
  }

  get(def: DefId): DefData {
    const d = this.defs[defIndex(def)];
    if (!d) throw new Error(`no local def ${def}`);
    return d;
  }

  get count(): number {
    return this.defs.length;
  }

  *all(): IterableIterator<[DefId, DefData]> {
    for (let i = 0; i < this.defs.length; i++) yield [defId(LOCAL_CRATE, i), this.defs[i]!];
  }
}
