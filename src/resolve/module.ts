import type { Span } from '../diagnostics/span.ts';
import type { Visibility } from '../hir/item.ts';
import type { Res } from '../hir/res.ts';
import type { Symbol } from '../syntax/symbol.ts';
import type { DefId } from '../ty/def-id.ts';
import { nsIndex, type Namespace } from './namespace.ts';

/** A name defined in (or imported into) a module, in one namespace. */
export interface NameBinding {
  readonly res: Res;
  readonly vis: Visibility;
  readonly span: Span;
  readonly isImport: boolean;
  /** For modules, enums, traits and crate roots: their child table. */
  readonly module: Module | null;
  /** For a binding an import made: the use tree's NodeId (for unused_imports). */
  readonly importId?: number;
}

export type ModuleKind = 'mod' | 'block' | 'enum' | 'trait';

/** `use path::*` seen by a module; looked up lazily, after the module's own names. */
export interface GlobImport {
  readonly source: Module;
  readonly vis: Visibility;
  readonly span: Span;
  /** The glob's use tree NodeId (for unused_imports). */
  readonly importId?: number;
}

/**
 * A scope of items: a `mod`, the crate root, an anonymous block with items, an enum (its
 * variants) or a trait (its items). Extern crates' modules fill themselves on first use.
 */
export class Module {
  private readonly bindings = new Map<number, NameBinding>();
  readonly globs: GlobImport[] = [];
  /** `use Trait as _;`: nameless bindings, which only bring traits into scope. */
  readonly underscoreImports: NameBinding[] = [];
  /** Unresolved single imports by target name, and unresolved glob imports: while any may
   * still define a name, a lookup that misses it is indeterminate. */
  readonly pendingSingle = new Map<Symbol, number>();
  pendingGlobs = 0;

  isPending(name: Symbol): boolean {
    return this.pendingGlobs > 0 || (this.pendingSingle.get(name) ?? 0) > 0;
  }

  addPending(name: Symbol | null, delta: number): void {
    if (name === null) this.pendingGlobs += delta;
    else this.pendingSingle.set(name, (this.pendingSingle.get(name) ?? 0) + delta);
  }
  private populate: (() => void) | null;

  constructor(
    readonly kind: ModuleKind,
    /** Null for anonymous block modules. */
    readonly def: DefId | null,
    readonly parent: Module | null,
    /** The nearest enclosing `mod` (itself for modules): what `self`/`super` and privacy use. */
    readonly normalAncestor: DefId,
    populate: (() => void) | null = null,
  ) {
    this.populate = populate;
  }

  private ensure(): void {
    if (this.populate) {
      const f = this.populate;
      this.populate = null;
      f();
    }
  }

  get(name: Symbol, ns: Namespace): NameBinding | undefined {
    this.ensure();
    return this.bindings.get(name * 3 + nsIndex(ns));
  }

  /** Defines a name; returns the earlier binding if the name was already taken. */
  define(name: Symbol, ns: Namespace, b: NameBinding): NameBinding | null {
    this.ensure();
    const key = name * 3 + nsIndex(ns);
    const old = this.bindings.get(key);
    if (old) return old;
    this.bindings.set(key, b);
    return null;
  }

  /** Every (name, namespace, binding) defined directly in this module. */
  *entries(): IterableIterator<[Symbol, Namespace, NameBinding]> {
    this.ensure();
    for (const [key, b] of this.bindings) {
      const ns: Namespace = key % 3 === 0 ? 'type' : key % 3 === 1 ? 'value' : 'macro';
      yield [Math.floor(key / 3) as Symbol, ns, b];
    }
  }
}
