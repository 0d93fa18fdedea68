import type { HirId } from '../hir/ids.ts';
import type { DefId } from '../ty/def-id.ts';
import { tys } from '../ty/interner.ts';
import type { GenericArgs, Ty } from '../ty/ty.ts';
import type { Adjustment, BindingMode, TypeDependentDef } from './adjustment.ts';
import type { TypeckResults } from './results.ts';
import type { CapturedUpvar, OverloadedCall } from './closure-results.ts';

const NO_ADJ: readonly Adjustment[] = [];
const NO_ARGS: GenericArgs = [];
const NO_TYS: readonly Ty[] = [];

/** The mutable tables behind `TypeckResults`, filled while checking and resolved by writeback. */
export class ResultsTable implements TypeckResults {
  taintedByErrors = false;
  readonly nodeTypes = new Map<HirId, Ty>();
  readonly nodeArgsMap = new Map<HirId, GenericArgs>();
  readonly typeDependentDefs = new Map<HirId, TypeDependentDef>();
  readonly adjustmentsMap = new Map<HirId, Adjustment[]>();
  readonly bindingModes = new Map<HirId, BindingMode>();
  readonly fieldIndices = new Map<HirId, number>();
  readonly coercionCasts = new Set<HirId>();
  readonly constValues = new Map<HirId, bigint>();
  readonly closureCapturesMap = new Map<DefId, CapturedUpvar[]>();
  readonly closureTypes = new Map<DefId, Ty>();
  readonly overloadedCalls = new Map<HirId, OverloadedCall>();
  readonly opaqueTypesMap = new Map<DefId, Ty>();
  /** Reference types a pattern implicitly dereferenced (default binding modes), outermost first. */
  readonly patAdjustmentsMap = new Map<HirId, Ty[]>();

  constructor(readonly owner: DefId) {}

  nodeType(id: HirId): Ty {
    const t = this.nodeTypes.get(id);
    if (t === undefined) throw new Error(`no type recorded for HIR node ${id}`);
    return t;
  }

  nodeTypeOpt(id: HirId): Ty | null {
    return this.nodeTypes.get(id) ?? null;
  }

  nodeArgs(id: HirId): GenericArgs {
    return this.nodeArgsMap.get(id) ?? NO_ARGS;
  }

  typeDependentDef(id: HirId): TypeDependentDef | null {
    return this.typeDependentDefs.get(id) ?? null;
  }

  adjustments(id: HirId): readonly Adjustment[] {
    return this.adjustmentsMap.get(id) ?? NO_ADJ;
  }

  exprTyAdjusted(id: HirId): Ty {
    const adj = this.adjustmentsMap.get(id);
    if (adj && adj.length > 0) return adj[adj.length - 1]!.target;
    return this.nodeTypes.get(id) ?? tys.error;
  }

  bindingMode(id: HirId): BindingMode {
    return this.bindingModes.get(id) ?? { tag: 'ByValue', mutbl: 'not' };
  }

  fieldIndex(id: HirId): number {
    const i = this.fieldIndices.get(id);
    if (i === undefined) throw new Error(`no field index recorded for HIR node ${id}`);
    return i;
  }

  isCoercionCast(id: HirId): boolean {
    return this.coercionCasts.has(id);
  }

  constValue(id: HirId): bigint | null {
    return this.constValues.get(id) ?? null;
  }

  closureCaptures(closure: DefId): readonly CapturedUpvar[] {
    return this.closureCapturesMap.get(closure) ?? [];
  }

  closureType(closure: DefId): Ty | null {
    return this.closureTypes.get(closure) ?? null;
  }

  opaqueHiddenType(opaque: DefId): Ty | null {
    return this.opaqueTypesMap.get(opaque) ?? null;
  }

  overloadedCall(id: HirId): OverloadedCall | null {
    return this.overloadedCalls.get(id) ?? null;
  }

  patAdjustments(id: HirId): readonly Ty[] {
    return this.patAdjustmentsMap.get(id) ?? NO_TYS;
  }
}
