import type { DiagBuilder } from '../diagnostics/diagnostic.ts';
import type { Span } from '../diagnostics/span.ts';
import type { Expr } from '../hir/expr.ts';
import type { HirId } from '../hir/ids.ts';
import type { Body } from '../hir/item.ts';
import type { HirTy } from '../hir/types.ts';
import type { TcxImpl } from '../middle/tcx.ts';
import type { DefId } from '../ty/def-id.ts';
import { tyKind, tys } from '../ty/interner.ts';
import type { ConstArg, GenericArgs, Ty } from '../ty/ty.ts';
import type { Adjustment } from './adjustment.ts';
import { astConv, type AstConvCtx } from './astconv.ts';
import type { CoerceMany } from './coerce-many.ts';
import { InferCtxt } from './infer.ts';
import { normalizeAlias } from '../middle/normalize.ts';
import type { Obligation } from './instantiate.ts';
import type { CallOfPath } from './param-errors.ts';
import type { IntLit } from './lint-literals.ts';
import { ResultsTable } from './results-table.ts';
import { tyDescr, tyToString } from './ty-print.ts';

/** What `break` out of a loop or labeled block contributes to its type. */
export interface BreakableCtx {
  /** Null for `while`/`for` loops (their value is always `()`). */
  readonly coerce: CoerceMany | null;
  mayBreak: boolean;
  /** The `break` whose value fixed the type (for "expected because of this `break`"). */
  firstBreak: Span | null;
}

export interface DeferredCast {
  readonly expr: Expr;
  readonly inner: Expr;
  readonly from: Ty;
  readonly to: Ty;
}

/** A `Trait::method` path whose `Self` type is resolved to an impl once known. */
export interface PendingTraitCall {
  readonly pathId: HirId;
  readonly method: DefId;
  readonly trait: DefId;
  readonly selfTy: Ty;
  /** The method's generic args: `Self`, the trait's other parameters, the method's own. */
  readonly args: GenericArgs;
  readonly span: Span;
}

/** State of type checking one body (rustc's FnCtxt). */
export class FnCtxt implements AstConvCtx {
  readonly infcx = new InferCtxt();
  readonly results: ResultsTable;
  diverges = false;
  /** While `diverges`: the first diverging expression (the `unreachable_code` note points at it). */
  divergeSpan: Span | null = null;
  /** `unreachable_code` was reported for the current divergence (rustc's WarnedAlways). */
  divergeWarned = false;
  readonly breakables = new Map<HirId, BreakableCtx>();
  readonly casts: DeferredCast[] = [];
  /** Integer literals, for the `overflowing_literals` lint after inference. */
  readonly intLits: IntLit[] = [];
  readonly pendingTraitCalls: PendingTraitCall[] = [];
  /** Trait bounds of instantiated generic items, settled at the end of the body. */
  readonly obligations: Obligation[] = [];
  /** `<T as Trait>::Item == X` from instantiating an item with `T: Trait<Item = X>` (E0271). */
  readonly projectionObligations: {
    readonly alias: Ty;
    readonly term: Ty;
    readonly span: Span;
    /** For rustc's "required by a bound in `item`": the item, its bound, the unsubstituted self type, the path. */
    readonly item?: DefId;
    readonly boundSpan?: Span;
    readonly paramTy?: Ty;
    readonly pathId?: HirId | null;
  }[] = [];
  /** Obligations whose self type stayed unknown (for E0283). */
  readonly ambiguous: Obligation[] = [];
  /** Calls by the HirId of their callee path (for E0277's "required by a bound introduced by this call"). */
  readonly callsOfPath = new Map<HirId, CallOfPath>();
  /** Return type of the fn (null for const/static bodies). */
  retTy: Ty | null = null;
  retTySpan: Span | null = null;
  /** While checking a `let x: T = init`: the pattern's span (for "expected because of this assignment"). */
  letPatSpan: Span | null = null;
  /** For `let x: T = init` bindings: where the variable's type came from (assignment errors). */
  readonly localOrigins = new Map<HirId, { readonly tySpan: Span | null; readonly initSpan: Span | null }>();
  /** Spans of local bindings (for "type annotations needed"). */
  readonly bindingSpans = new Map<HirId, Span>();
  /** Generic items instantiated by paths in the body (E0284 for const arguments never inferred). */
  readonly instantiations: { readonly def: DefId; readonly args: GenericArgs; readonly span: Span; readonly pathId: HirId | null }[] = [];
  private readonly errorsAtStart: number;

  constructor(
    readonly tcx: TcxImpl,
    readonly owner: DefId,
    readonly body: Body,
  ) {
    this.results = new ResultsTable(owner);
    this.errorsAtStart = tcx.sess.dcx.nonLintErrorCount;
    this.infcx.normalizer = (item, args) => normalizeAlias(tcx, item, args, owner);
  }

  get dcx() {
    return this.tcx.sess.dcx;
  }

  /** Set when the body contains a node that failed earlier (unresolved path, parse error). */
  sawErrorNode = false;

  /** Errors reported since this body's checking started, or inherited from resolution. */
  get hasNewErrors(): boolean {
    return this.sawErrorNode || this.tcx.sess.dcx.nonLintErrorCount > this.errorsAtStart;
  }

  err(message: string, code: string | null = null): DiagBuilder {
    this.results.taintedByErrors = true;
    return this.dcx.err(message, code);
  }

  infer(_t: HirTy): Ty {
    return this.infcx.newVar();
  }

  inferArg(): Ty {
    return this.infcx.newVar();
  }

  inferConst(): ConstArg {
    return this.infcx.newConstVar();
  }

  astConv(t: HirTy): Ty {
    const ty = astConv(this, t);
    if (this.isError(ty)) this.sawErrorNode = true;
    this.results.nodeTypes.set(t.hirId, ty);
    return ty;
  }

  shallow(ty: Ty): Ty {
    return this.infcx.shallow(ty);
  }

  resolve(ty: Ty): Ty {
    return this.infcx.resolve(ty);
  }

  writeTy(id: HirId, ty: Ty): void {
    this.results.nodeTypes.set(id, ty);
  }

  nodeTy(id: HirId): Ty {
    return this.results.nodeTypes.get(id) ?? tys.error;
  }

  addAdjustments(id: HirId, adj: readonly Adjustment[]): void {
    if (adj.length === 0) return;
    const prev = this.results.adjustmentsMap.get(id);
    if (prev) prev.push(...adj);
    else this.results.adjustmentsMap.set(id, [...adj]);
  }

  tyStr(ty: Ty): string {
    return tyToString(ty, (d) => this.tcx.defName(d), (t) => this.resolve(t));
  }

  descr(ty: Ty): string {
    return tyDescr(ty, (d) => this.tcx.defName(d), (t) => this.resolve(t));
  }

  isError(ty: Ty): boolean {
    const t = this.resolve(ty);
    return t === tys.error || containsError(t);
  }
}

function containsError(t: Ty): boolean {
  const k = tyKind(t);
  switch (k.tag) {
    case 'Error': return true;
    case 'Tuple': return k.elems.some(containsError);
    case 'Array': case 'Slice': return containsError(k.elem);
    case 'Ref': case 'RawPtr': return containsError(k.pointee);
    default: return false;
  }
}
