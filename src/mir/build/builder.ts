import type { Span } from '../../diagnostics/span.ts';
import type { HirId } from '../../hir/ids.ts';
import type { Body as HirBody } from '../../hir/item.ts';
import type { TypeckResults } from '../../typeck/results.ts';
import { closureUpvars } from '../../ty/closure.ts';
import { tyKind as tyKindOf, tys } from '../../ty/interner.ts';
import type { DefId } from '../../ty/def-id.ts';
import type { Mutbl, Ty } from '../../ty/ty.ts';
import type {
  AssertKind, BasicBlock, Body, Constant, Local, LocalDecl, Operand, Place, PlaceElem, Rvalue, Statement, Terminator, UserBinding,
} from '../mir.ts';
import { placeTy } from '../tys.ts';
import type { MirBuildCx } from './cx.ts';
import { removeUnreachableBlocks } from './simplify.ts';
import { scheduleDrop, type DropScope } from './scope.ts';
import type { Extension } from './temp-lifetime.ts';

interface BlockInProgress {
  readonly statements: Statement[];
  terminator: Terminator | null;
}

/** Where `break`/`continue` naming one of `ids` go. `dest` receives `break value`. */
export interface BreakableScope {
  readonly ids: readonly HirId[];
  readonly breakBlock: BasicBlock;
  readonly continueBlock: BasicBlock | null;
  readonly dest: Place | null;
  /** `dropScopes.length` when the scope was entered: jumps to it drop the scopes above. */
  readonly dropDepth: number;
}

/**
 * The state of building one body: locals, blocks, and a cursor (`cur`) to the block
 * being filled. Lowering functions append to `cur` and move it; after a diverging
 * expression `cur` is a fresh block without predecessors, removed at the end.
 */
export class Builder {
  readonly locals: LocalDecl[] = [];
  readonly blocks: BlockInProgress[] = [];
  readonly varMap = new Map<HirId, Local>();
  /** In a closure body: captured variables as places through the environment. */
  readonly upvarPlaces = new Map<HirId, Place>();
  /** In a closure body: captured field paths of variables (`v.a.b`), with their places. */
  readonly upvarPaths = new Map<HirId, { readonly path: readonly number[]; readonly place: Place }[]>();
  readonly scopes: BreakableScope[] = [];
  /** Scopes with scheduled drops (scope.ts), outermost first. */
  readonly dropScopes: DropScope[] = [];
  readonly varDebugInfo: { name: string; local: Local; span: Span }[] = [];
  /** While a `let` is lowered: the temporaries that live to the end of its block (temp-lifetime.ts). */
  extension: Extension | null = null;
  /** Temporaries holding the pointee of a reference constant: their borrows must be promoted. */
  readonly constRefTemps = new Set<Local>();
  readonly pointerWidth: number;
  cur: BasicBlock;

  constructor(
    readonly cx: MirBuildCx,
    readonly def: DefId,
    readonly hir: HirBody,
    readonly tr: TypeckResults,
    /** Overflow checks on `+ - * << >>` and negation (always on in const contexts). */
    readonly checkOverflow: boolean,
  ) {
    this.pointerWidth = cx.sess.target.pointerWidth;
    this.cur = this.newBlock();
  }

  newBlock(): BasicBlock {
    this.blocks.push({ statements: [], terminator: null });
    return this.blocks.length - 1;
  }

  /** `schedule`: drop it at the end of the innermost (terminating, for temporaries) scope. */
  newLocal(ty: Ty, span: Span, name: string | null = null, mutbl: Mutbl = 'mut', binding?: UserBinding, schedule = true): Local {
    const decl: LocalDecl = binding ? { ty, mutbl, name, span, binding } : { ty, mutbl, name, span };
    this.locals.push(decl);
    const l = this.locals.length - 1;
    if (schedule && this.dropScopes.length > 0 && this.mayNeedDrop(ty)) scheduleDrop(this, l, binding === undefined);
    return l;
  }

  /** Whether dropping a value of `ty` may run code (type parameters: maybe). */
  mayNeedDrop(ty: Ty): boolean {
    return this.cx.needsDrop?.(ty) ?? false;
  }

  newTemp(ty: Ty, span: Span): Local {
    return this.newLocal(ty, span);
  }

  push(stmt: Statement): void {
    this.blocks[this.cur]!.statements.push(stmt);
  }

  assign(place: Place, rvalue: Rvalue, span: Span): void {
    this.push({ tag: 'Assign', place, rvalue, span });
  }

  assignUnit(place: Place | null, span: Span): void {
    if (place) this.assign(place, { tag: 'Use', operand: unitOperand(span) }, span);
  }

  /** Ends the current block. Callers set `cur` to the next block they fill. */
  terminate(t: Terminator): void {
    const b = this.blocks[this.cur]!;
    if (b.terminator !== null) throw new Error(`MIR build: block bb${this.cur} terminated twice`);
    b.terminator = t;
  }

  goto(target: BasicBlock, span: Span): void {
    this.terminate({ tag: 'Goto', target, span });
  }

  /** Terminates the current block and continues in a fresh, unreachable one. */
  diverge(t: Terminator): void {
    this.terminate(t);
    this.cur = this.newBlock();
  }

  /** `assert(cond == expected, msg)`, continuing in a new block. */
  assert(cond: Operand, expected: boolean, msg: AssertKind, span: Span): void {
    const next = this.newBlock();
    this.terminate({ tag: 'Assert', cond, expected, msg, target: next, span });
    this.cur = next;
  }

  /** Evaluates `rv` into a fresh temporary. */
  temp(rv: Rvalue, ty: Ty, span: Span): Local {
    const t = this.newTemp(ty, span);
    this.assign(local(t), rv, span);
    return t;
  }

  placeTy(p: Place): Ty {
    return placeTy(this, p);
  }

  operandTy(op: Operand): Ty {
    return op.tag === 'Constant' ? op.constant.ty : this.placeTy(op.place);
  }

  /** Copy or move out of a place depending on whether its type is Copy. */
  operandFromPlace(p: Place): Operand {
    return this.isCopy(this.placeTy(p)) ? { tag: 'Copy', place: p } : { tag: 'Move', place: p };
  }

  isCopy(ty: Ty): boolean {
    if (tyKindOf(ty).tag === 'Param') return this.cx.paramIsCopy?.(this.def, ty) ?? false;
    // `Option<T>` is Copy only where `T: Copy` holds (its impl's bounds, in this body's env).
    const isCopyIn = this.cx.isCopyIn;
    if (isCopyIn) return isCopyTy(ty, { isCopy: (t) => isCopyIn(this.def, t) });
    return isCopyTy(ty, this.cx);
  }

  finish(argCount: number, span: Span): Body {
    const blocks = this.blocks.map((b) => ({
      statements: b.statements,
      terminator: b.terminator ?? ({ tag: 'Unreachable', span } as Terminator),
    }));
    const body: Body = { def: this.def, argCount, locals: this.locals, blocks, span, varDebugInfo: this.varDebugInfo };
    return removeUnreachableBlocks(body);
  }
}

export function local(l: Local): Place {
  return { local: l, projection: [] };
}

export function project(p: Place, elem: PlaceElem): Place {
  return { local: p.local, projection: [...p.projection, elem] };
}

export function unitOperand(span: Span): Operand {
  return { tag: 'Constant', constant: { ty: tys.unit, value: { tag: 'ZeroSized' }, span } };
}

export function constOperand(c: Constant): Operand {
  return { tag: 'Constant', constant: c };
}

export function toCopy(op: Operand): Operand {
  return op.tag === 'Move' ? { tag: 'Copy', place: op.place } : op;
}

/** Built-in Copy rules; ADTs ask the middle (the `copy` lang item's impls). */
export function isCopyTy(ty: Ty, cx: Pick<MirBuildCx, 'isCopy'>): boolean {
  const k = tyKindOf(ty);
  switch (k.tag) {
    case 'Bool': case 'Char': case 'Int': case 'Uint': case 'Float': case 'Never':
    case 'RawPtr': case 'FnDef': case 'FnPtr': case 'Error':
      return true;
    case 'Ref': return k.mutbl === 'not';
    case 'Tuple': return k.elems.every((e) => isCopyTy(e, cx));
    case 'Array': return isCopyTy(k.elem, cx);
    case 'Str': case 'Slice': case 'Dynamic': return false;
    case 'Closure': return closureUpvars(k.args).every((u) => isCopyTy(u, cx));
    default: return cx.isCopy(ty);
  }
}
