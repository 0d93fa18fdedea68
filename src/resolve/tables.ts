import type { Span } from '../diagnostics/span.ts';
import type { Visibility } from '../hir/item.ts';
import type * as ast from '../syntax/ast/index.ts';
import type { Symbol } from '../syntax/symbol.ts';
import type { DefId } from '../ty/def-id.ts';
import { Definitions } from './definitions.ts';
import type { ExternCrateView } from './extern-crate.ts';
import type { Module } from './module.ts';

/** One `use` (a use tree is flattened into one directive per imported name or glob). */
export interface ImportDirective {
  /** The use tree's NodeId (what `usedImports` records). */
  readonly id: ast.NodeId;
  readonly module: Module;
  /** Segments of the imported path (for globs: the module's path). */
  readonly segments: readonly ast.Ident[];
  /** Leading `::`. */
  readonly global: boolean;
  /** The name defined by a single import (`as` rename or last segment). */
  readonly target: ast.Ident;
  readonly kind: 'single' | 'glob';
  /** `use a::b::{self}`: imports `b` in the type namespace only. */
  readonly selfImport: boolean;
  readonly vis: Visibility;
  readonly span: Span;
  done: boolean;
}

/** Everything name resolution builds for the local crate before lowering to HIR. */
export class ResolverTables {
  readonly defs = new Definitions();
  /** Modules by DefId (local mods, enums, traits; extern ones created on first use). */
  readonly modules = new Map<DefId, Module>();
  /** Blocks that contain items get an anonymous module. */
  readonly blockModules = new WeakMap<ast.Block, Module>();
  /** DefIds of AST items, assoc items, foreign items, variants and fields (keyed by node). */
  readonly nodeDefs = new WeakMap<object, DefId>();
  /** Constructor DefIds of tuple/unit structs and variants (keyed by the item/variant). */
  readonly ctorDefs = new WeakMap<object, DefId>();
  readonly imports: ImportDirective[] = [];
  /** Use trees (by NodeId) some lookup went through: the rest are unused imports. */
  readonly usedImports = new Set<ast.NodeId>();
  /** Crate names usable as the first path segment (`std::...`), with their root modules. */
  readonly externPrelude = new Map<Symbol, Module>();
  readonly externCrates: ExternCrateView[] = [];
  /** The std (or core) prelude module whose names are in scope everywhere. */
  prelude: Module | null = null;
  /** A `#[prelude_import] use path::*;` glob (in `core`), resolved to the prelude after imports. */
  preludeImport: { readonly module: Module; readonly segments: readonly Symbol[] } | null = null;
  /** Field names of local brace structs (for "use struct literal syntax instead"). */
  readonly structFields = new Map<DefId, readonly string[]>();
  root!: Module;

  defOf(node: object): DefId {
    const d = this.nodeDefs.get(node);
    if (d === undefined) throw new Error('AST node has no DefId (not collected)');
    return d;
  }
}
