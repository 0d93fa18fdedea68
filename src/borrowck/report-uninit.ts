import { DiagBuilder, type Diagnostic } from '../diagnostics/diagnostic.ts';
import { shrinkToHi, type Span } from '../diagnostics/span.ts';
import type { Arm, Expr, Stmt } from '../hir/expr.ts';
import type { HirId } from '../hir/ids.ts';
import type { Body, Local, Place } from '../mir/mir.ts';
import { arrayLen } from '../mir/tys.ts';
import { isCopyTy } from '../mir/build/builder.ts';
import { tyKind } from '../ty/interner.ts';
import type { Ty } from '../ty/ty.ts';
import type { BorrowckCx } from './cx.ts';
import { forEachChild, walkExprs, walkStmts } from './hir-visit.ts';

/** Why a place had to be initialized (rustc's InitializationRequiringAction). */
export type InitAction = 'Use' | 'Borrow' | 'MatchOn' | 'Assignment' | 'PartialAssignment';

const VERB: Record<InitAction, string> = {
  Use: 'used', Borrow: 'used', MatchOn: 'used', Assignment: 'assigned', PartialAssignment: 'partially assigned',
};

const lt = (a: Span, b: Span) => a.lo < b.lo || (a.lo === b.lo && a.hi < b.hi);
const contains = (outer: Span, inner: Span) => outer.lo <= inner.lo && inner.hi <= outer.hi;
const overlaps = (a: Span, b: Span) => a.lo < b.hi && b.lo < a.hi;
const sameSpan = (a: Span, b: Span) => a.lo === b.lo && a.hi === b.hi;

/**
 * Whether a statement `expr;` with one of `spans` (the variable's assignments) is reachable
 * from `e` through expressions and blocks. Like rustc's ReferencedStatementsVisitor it does
 * not look inside other statements.
 */
function referencesInit(e: Expr, spans: readonly Span[]): boolean {
  let found = false;
  const visitStmt = (s: Stmt) => {
    if (s.kind.tag === 'Semi' && spans.some((sp) => sameSpan(sp, (s.kind as { expr: Expr }).expr.span))) found = true;
  };
  const visit = (x: Expr) => {
    if (found) return;
    forEachChild(x, visit, visitStmt, (a: Arm) => {
      if (a.guard) visit(a.guard);
      visit(a.body);
    });
  };
  visit(e);
  return found;
}

/**
 * rustc's ConditionVisitor: branches (ifs without else, one-sided ifs, match arms, loops
 * that may run zero times) that skip the variable's initialization, as labels.
 */
function conditionLabels(hirValue: Expr, spans: readonly Span[], name: string): [Span, string][] {
  const errors: [Span, string][] = [];
  const whileIfs = new Set<HirId>();
  walkExprs(hirValue, (ex) => {
    const k = ex.kind;
    if (k.tag === 'Loop' && k.source === 'while' && k.body.expr && k.body.expr.kind.tag === 'If') {
      whileIfs.add(k.body.expr.hirId);
    }
    if (k.tag === 'Loop' && k.source === 'for') {
      // Our `for` desugaring: [if !(next < end) { break }, let PAT = next, advance, BODY].
      const stmts = k.body.stmts;
      const head = stmts[0];
      const body = stmts[stmts.length - 1];
      if (head && body && body.kind.tag === 'Expr' && referencesInit(body.kind.expr, spans)) {
        const headSpan = head.kind.tag === 'Expr' || head.kind.tag === 'Semi' ? head.kind.expr.span : head.span;
        errors.push([headSpan, `if the \`for\` loop runs 0 times, ${name} is not initialized`]);
      }
      return;
    }
    if (k.tag === 'If' && k.els === null) {
      if (referencesInit(k.then, spans)) {
        errors.push([k.cond.span, `if this \`if\` condition is \`false\`, ${name} is not initialized`]);
        errors.push([shrinkToHi(ex.span), `an \`else\` arm might be missing here, initializing ${name}`]);
      }
    } else if (k.tag === 'If' && k.els !== null) {
      const a = referencesInit(k.then, spans);
      const b = referencesInit(k.els, spans);
      if (a && !b) {
        if (whileIfs.has(ex.hirId)) {
          errors.push([k.cond.span, `if this condition isn't met and the \`while\` loop runs 0 times, ${name} is not initialized`]);
        } else {
          const sp = { lo: k.then.span.hi, hi: k.els.span.lo, ctxt: k.then.span.ctxt };
          errors.push([sp, `if the \`if\` condition is \`false\` and this \`else\` arm is executed, ${name} is not initialized`]);
        }
      } else if (!a && b) {
        errors.push([k.cond.span, `if this condition is \`true\`, ${name} is not initialized`]);
      }
    } else if (k.tag === 'Match') {
      const seen = k.arms.map((arm) => (arm.guard !== null && referencesInit(arm.guard, spans)) || referencesInit(arm.body, spans));
      if (seen.some((x) => x) && !seen.every((x) => x)) {
        k.arms.forEach((arm, i) => {
          if (seen[i]) return;
          if (arm.guard) {
            const sp = { lo: arm.pat.span.lo, hi: arm.guard.span.hi, ctxt: arm.pat.span.ctxt };
            errors.push([sp, `if this pattern and condition are matched, ${name} is not initialized`]);
          } else {
            errors.push([arm.pat.span, `if this pattern is matched, ${name} is not initialized`]);
          }
        });
      }
    }
  });
  return errors;
}

/** A value of type `ty` to suggest in `let x: T = VALUE;` (rustc's ty_kind_suggestion). */
export function valueSuggestion(ty: Ty, cx: BorrowckCx): string | null {
  const k = tyKind(ty);
  switch (k.tag) {
    case 'Never': case 'Error': return null;
    case 'Bool': return 'false';
    case 'Char': return "'x'";
    case 'Int': case 'Uint': return '42';
    case 'Float': return '3.14159';
    case 'Slice': return '[]';
    case 'Ref': {
      if (k.mutbl === 'not' && tyKind(k.pointee).tag === 'Str') return '""';
      const inner = valueSuggestion(k.pointee, cx);
      return inner === null ? null : `&${k.mutbl === 'mut' ? 'mut ' : ''}${inner}`;
    }
    case 'Array': {
      const n = arrayLen(ty);
      if (n === null) return '/* value */';
      if (n === 0n) return '[]';
      if (!isCopyTy(k.elem, cx) && n !== 1n) return '/* value */';
      const inner = valueSuggestion(k.elem, cx);
      return inner === null ? null : `[${inner}; ${n}]`;
    }
    case 'Tuple': {
      const parts: string[] = [];
      for (const e of k.elems) {
        const v = valueSuggestion(e, cx);
        if (v === null) return null;
        parts.push(v);
      }
      return `(${parts.join(', ')}${k.elems.length === 1 ? ',' : ''})`;
    }
    default: return '/* value */';
  }
}

/** The `let` statement without initializer that declares the binding at `declSpan`. */
function uninitLetFor(hirValue: Expr, declSpan: Span): Stmt | null {
  let found: Stmt | null = null;
  walkStmts(hirValue, (s) => {
    if (found || s.kind.tag !== 'Let') return;
    const l = s.kind.local;
    if (l.init === null && l.pat.kind.tag === 'Binding' && contains(s.span, declSpan)) found = s;
  });
  return found;
}

export interface UninitReport {
  readonly body: Body;
  readonly cx: BorrowckCx;
  readonly local: Local;
  /** Description of the place read (`x`, `*x`) or null. */
  readonly usedDesc: string | null;
  readonly action: InitAction;
  readonly span: Span;
  /** Spans of every assignment of the local in the body. */
  readonly initSpans: readonly Span[];
}

/** E0381: `used binding `x` isn't initialized` / `is possibly-uninitialized`, with rustc's labels. */
export function reportUninit(r: UninitReport, sink: (d: Diagnostic) => void): void {
  const decl = r.body.locals[r.local]!;
  const name = decl.name !== null ? `\`${decl.name}\`` : 'the variable';
  const desc = decl.name !== null ? `\`${decl.name}\` ` : '';
  const path = r.usedDesc !== null ? `\`${r.usedDesc}\`` : 'value';
  const hirValue = r.cx.hir?.value ?? null;
  // Distinct, real spans of the variable's assignments.
  const spans = r.initSpans.filter((s, i, all) => !(s.lo === 0 && s.hi === 0) && all.findIndex((x) => sameSpan(x, s)) === i);
  const errors = hirValue ? conditionLabels(hirValue, spans, name) : [];

  let showAssignSugg = false;
  let isnt: string;
  if (r.action === 'Assignment' || r.action === 'PartialAssignment') {
    isnt = "isn't fully initialized";
  } else if (!spans.some((i) => !contains(i, r.span) && !errors.some(([sp]) => lt(r.span, sp) && !contains(sp, r.span)))) {
    showAssignSugg = true;
    isnt = "isn't initialized";
  } else {
    isnt = 'is possibly-uninitialized';
  }
  const used = VERB[r.action];
  let d: Diagnostic | null = null;
  const b = new DiagBuilder('error', `${used} binding ${desc}${isnt}`, 'E0381', (x) => (d = x));
  b.primary(r.span, `${path} ${used} here but it ${isnt}`);
  if (r.action === 'Assignment' || r.action === 'PartialAssignment') {
    b.help("partial initialization isn't supported, fully initialize the binding with a default value and mutate it, or use `std::mem::MaybeUninit`");
  }
  let shown = false;
  for (const [sp, label] of errors) {
    if (lt(sp, r.span) && !overlaps(sp, r.span)) {
      b.label(sp, label);
      shown = true;
    }
  }
  if (!shown) {
    for (const sp of spans) if (lt(sp, r.span) && !overlaps(sp, r.span)) b.label(sp, 'binding initialized here in some conditions');
  }
  b.label(decl.span, 'binding declared here but left uninitialized');
  if (showAssignSugg && hirValue) {
    const let_ = uninitLetFor(hirValue, decl.span);
    const value = valueSuggestion(decl.ty, r.cx);
    if (let_ && let_.kind.tag === 'Let' && value !== null) {
      const at = shrinkToHi(let_.kind.local.ty ? let_.kind.local.ty.span : decl.span);
      b.help('consider assigning a value', undefined, [{ span: at, replacement: ` = ${value}`, applicability: 'MaybeIncorrect', style: 'verbose' }]);
    }
  }
  b.emit();
  if (d) sink(d);
}
