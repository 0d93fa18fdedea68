import type { DiagCtxt } from '../diagnostics/handler.ts';
import type { Span } from '../diagnostics/span.ts';
import type { LateResolver } from '../resolve/late.ts';
import type { ResolverTables } from '../resolve/tables.ts';
import type { DefId } from '../ty/def-id.ts';
import type { Block, Expr, ExprKind } from './expr.ts';
import type { BodyId, BodyOwner, HirId } from './ids.ts';
import type { Body, Item } from './item.ts';
import type { HirGenerics } from './generics.ts';
import type { HirPat, PatKind } from './pat.ts';
import type { QPath } from './path.ts';
import { langPath, type LangItemTable } from './lang-items.ts';
import type { TryDesugar } from './lower-try.ts';
import type { TraitsInScope } from './traits-in-scope.ts';

/** A loop or labeled block being lowered: what `break` inside it needs to know. */
export interface LoopInfo {
  readonly target: HirId;
  readonly source: 'loop' | 'while' | 'for' | 'block';
  /** Span rustc points at for "you can't `break` with a value in a `while` loop". */
  readonly headSpan: Span;
}

/** State of the AST -> HIR lowering of one crate (rustc's LoweringContext). */
export class LoweringCtx {
  private nextHirId = 1;
  private nextBodyId = 0;
  readonly items = new Map<DefId, Item>();
  readonly bodies = new Map<BodyId, Body>();
  readonly bodyOwners: BodyOwner[] = [];
  /** Generics declared by items (absent: none). */
  readonly generics = new Map<DefId, HirGenerics>();
  /** Loops and labeled blocks by HirId (for E0571 on `break value` out of `while`/`for`). */
  readonly loops = new Map<HirId, LoopInfo>();
  /** `break`/`continue` problems found while lowering; reported after name resolution. */
  readonly loopErrors: (() => void)[] = [];
  /** The `branch` / `from_residual` paths of `?` desugarings (typeck words errors about `?`). */
  readonly tryDesugars = new Map<HirId, TryDesugar>();
  /** Traits in scope at method calls and type-relative paths, by their segment's HirId. */
  readonly traitMap = new Map<HirId, TraitsInScope>();
  /** Where an import suggestion goes in each module. */
  readonly useInjections = new Map<DefId, Span>();
  /** The loop/labeled-block nesting of the body being lowered (innermost last). */
  loopStack: LoopInfo[] = [];

  constructor(
    readonly r: LateResolver,
    readonly t: ResolverTables,
    readonly dcx: DiagCtxt,
  ) {}

  /** Lint scopes of AST nodes with lint attributes (src/lint/build-levels.ts). */
  lintNodeScopes: ReadonlyMap<number, number> = new Map();
  /** The lint scope of the node being lowered; every HirId records it. */
  lintScope = 0;
  readonly hirLintScopes: number[] = [0];

  id(): HirId {
    this.hirLintScopes.push(this.lintScope);
    return this.nextHirId++;
  }

  /** Enters the lint scope of AST node `id` if it has one; returns the scope to restore. */
  enterLintNode(id: number, attrs: readonly unknown[]): number {
    const saved = this.lintScope;
    if (attrs.length > 0) this.lintScope = this.lintNodeScopes.get(id) ?? saved;
    return saved;
  }

  inLintNode<T>(id: number, attrs: readonly unknown[], f: () => T): T {
    const saved = this.enterLintNode(id, attrs);
    try {
      return f();
    } finally {
      this.lintScope = saved;
    }
  }

  get hirIdCount(): number {
    return this.nextHirId;
  }

  expr(kind: ExprKind, span: Span): Expr {
    return { hirId: this.id(), kind, span };
  }

  pat(kind: PatKind, span: Span): HirPat {
    return { hirId: this.id(), kind, span };
  }

  block(stmts: Block['stmts'], expr: Expr | null, span: Span, rules: Block['rules'] = 'default'): Block {
    return { hirId: this.id(), stmts, expr, rules, span };
  }

  addBody(owner: DefId, params: Body['params'], value: Expr): BodyId {
    const id = this.nextBodyId++ as BodyId;
    this.bodies.set(id, { id, owner, params, value });
    this.bodyOwners.push({ def: owner, body: id });
    return id;
  }

  addItem(item: Item): void {
    this.items.set(item.def, item);
  }

  /** Runs `f` as a separate body: its own loop nesting and labels. */
  inBody<T>(f: () => T): T {
    const saved = this.loopStack;
    this.loopStack = [];
    try {
      return this.r.withLabelBoundary(f);
    } finally {
      this.loopStack = saved;
    }
  }

  /** Lang items for desugarings (set by the crate lowering). */
  langs: LangItemTable | null = null;

  /** A path to lang item `name` (its constructor with `ctor`), or null after reporting it missing. */
  langQPath(name: string, span: Span, ctor = false): QPath | null {
    const res = this.langs?.res(name, ctor) ?? null;
    if (res === null) {
      this.dcx.err(`requires \`${name}\` lang_item`).primary(span).emit();
      return null;
    }
    return langPath(res, name, span, () => this.id());
  }

  unsupported(what: string, span: Span): void {
    this.dcx.err(`${what} not supported by tsrustc yet`).primary(span).emit();
  }
}
