import type { SpanLabel, Suggestion } from '../../diagnostics/diagnostic.ts';
import type { Span } from '../../diagnostics/span.ts';
import type { Arm, Block, Expr, LetStmt } from '../../hir/expr.ts';
import type { Body } from '../../hir/item.ts';
import type { HirPat } from '../../hir/pat.ts';
import type { HirCrate } from '../../hir/hir.ts';
import { tyKind } from '../../ty/interner.ts';
import type { Ty } from '../../ty/ty.ts';
import type { DPat, WitnessPat } from './deconstructed.ts';
import type { LowerCx } from './lower-pat.ts';
import { lowerPat } from './lower-pat.ts';
import { joinPatterns, printWitness } from './print-witness.ts';
import { computeUsefulness, pushRow, type Row, type UsefulnessState } from './usefulness.ts';

// rustc's check_match: every `match` must be exhaustive (E0004), every irrefutable position
// (`let` without `else`, fn parameters) must have an irrefutable pattern (E0005), and arms or
// alternatives no value reaches get the `unreachable_patterns` warning. Guards never count
// toward exhaustiveness.

/** What reporting needs beyond the lowering context. */
export interface CheckMatchCx extends LowerCx {
  readonly hir: HirCrate;
  snippet(sp: Span): string;
  /** Whitespace before the first non-blank character of the line holding `pos`. */
  indentationOf(pos: number): string;
  /** Whether `sp` spans more than one line. */
  isMultiline(sp: Span): boolean;
  err(message: string, code: string): import('../../diagnostics/diagnostic.ts').DiagBuilder;
  /** Reports `lint` at HIR node `hirId` (its lint level applies) with `message` on `span`. */
  lint(lint: string, hirId: number, span: Span, message: string, decorate: (d: import('../../diagnostics/diagnostic.ts').DiagBuilder) => void): void;
}

interface ArmInfo {
  readonly pat: DPat;
  readonly hasGuard: boolean;
  readonly hirId: number;
}

interface MatchReport {
  readonly witnesses: WitnessPat[];
  /** Rows of the top matrix (one per top-level alternative of each arm). */
  readonly rows: Row[];
  readonly usefulAlts: Set<number>;
  readonly altCoveredBy: Map<number, DPat[]>;
}

/** `valid`: the scrutinee is not read through a dereference (rustc's known_valid_scrutinee). */
function analyze(cx: CheckMatchCx, arms: readonly ArmInfo[], ty: Ty, valid = true): MatchReport {
  const rows: Row[] = [];
  arms.forEach((a, i) => pushRow(rows, [a.pat], i, a.hasGuard, []));
  const st: UsefulnessState = { cx, usefulAlts: new Set(), altCoveredBy: new Map(), steps: 0 };
  const ws = computeUsefulness(st, rows, [ty], true, true, [valid]);
  return { witnesses: ws.map((w) => w[0]!), rows, usefulAlts: st.usefulAlts, altCoveredBy: st.altCoveredBy };
}

/** Checks the matches, lets and parameters of one body. */
export function checkMatchBody(cx: CheckMatchCx, body: Body): void {
  for (const p of body.params) checkIrrefutable(cx, p.pat, 'function argument', null);
  visitExpr(cx, body.value);
}

function visitBlock(cx: CheckMatchCx, b: Block): void {
  for (const s of b.stmts) {
    const k = s.kind;
    if (k.tag === 'Let') {
      if (k.local.init) visitExpr(cx, k.local.init);
      if (k.local.els) visitBlock(cx, k.local.els);
      checkLet(cx, k.local);
    } else if (k.tag === 'Expr' || k.tag === 'Semi') visitExpr(cx, k.expr);
  }
  if (b.expr) visitExpr(cx, b.expr);
}

function visitExpr(cx: CheckMatchCx, e: Expr): void {
  const k = e.kind;
  switch (k.tag) {
    case 'Lit': case 'Path': case 'Continue': case 'Err': return;
    case 'Closure': {
      const body = cx.hir.bodies.get(k.body);
      if (body) checkMatchBody(cx, body);
      return;
    }
    case 'Call': visitExpr(cx, k.func); k.args.forEach((a) => visitExpr(cx, a)); return;
    case 'MethodCall': visitExpr(cx, k.receiver); k.args.forEach((a) => visitExpr(cx, a)); return;
    case 'Tup': case 'Array': k.elems.forEach((a) => visitExpr(cx, a)); return;
    case 'Repeat': visitExpr(cx, k.elem); return;
    case 'Binary': case 'Assign': case 'AssignOp': visitExpr(cx, k.lhs); visitExpr(cx, k.rhs); return;
    case 'Unary': case 'Cast': case 'AddrOf': case 'Field': case 'DropTemps': visitExpr(cx, k.expr); return;
    case 'If': visitExpr(cx, k.cond); visitExpr(cx, k.then); if (k.els) visitExpr(cx, k.els); return;
    case 'Loop': visitBlock(cx, k.body); return;
    case 'Block': visitBlock(cx, k.block); return;
    case 'Index': visitExpr(cx, k.expr); visitExpr(cx, k.index); return;
    case 'Break': case 'Ret': if (k.expr) visitExpr(cx, k.expr); return;
    case 'Struct': for (const f of k.fields) visitExpr(cx, f.expr); if (k.base) visitExpr(cx, k.base); return;
    case 'Match':
      visitExpr(cx, k.scrutinee);
      for (const a of k.arms) {
        if (a.guard) visitExpr(cx, a.guard);
        visitExpr(cx, a.body);
      }
      checkMatch(cx, e, k.scrutinee, k.arms, k.source);
      return;
    case 'InlineAsm':
      for (const { op } of k.asm.operands) {
        if (op.tag === 'In' || op.tag === 'InOut' || op.tag === 'Const') visitExpr(cx, op.expr);
        else if (op.tag === 'Out' && op.expr) visitExpr(cx, op.expr);
        else if (op.tag === 'SplitInOut') {
          visitExpr(cx, op.inExpr);
          if (op.outExpr) visitExpr(cx, op.outExpr);
        }
      }
      return;
  }
}

function checkMatch(cx: CheckMatchCx, e: Expr, scrut: Expr, arms: readonly Arm[], source: string): void {
  if (source === 'forLoop') {
    // `for PAT in ..` became `match next(&mut iter) { None => break, Some(PAT) => .. }`:
    // the user's pattern must be irrefutable on its own.
    for (const a of arms) {
      const k = a.pat.kind;
      if (k.tag === 'TupleStruct' && k.pats.length === 1) checkIrrefutable(cx, k.pats[0]!, '`for` loop binding', null);
    }
    return;
  }
  const ty = cx.tr.exprTyAdjusted(scrut.hirId);
  if (cx.tr.taintedByErrors && tyKind(ty).tag === 'Error') return;
  const infos = arms.map((a) => ({ pat: lowerPat(cx, a.pat), hasGuard: a.guard !== null, hirId: a.hirId }));
  const valid = !(scrut.kind.tag === 'Unary' && scrut.kind.op === 'Deref');
  const r = analyze(cx, infos, ty, valid);
  if (source === 'normal') reportUnreachable(cx, r, infos);
  if (r.witnesses.length > 0) reportNonExhaustive(cx, e, scrut, arms, ty, r.witnesses);
}

function checkLet(cx: CheckMatchCx, l: LetStmt): void {
  if (l.els) return; // `let ... else` may be refutable
  checkIrrefutable(cx, l.pat, 'local binding', l);
}

function checkIrrefutable(cx: CheckMatchCx, pat: HirPat, origin: string, l: LetStmt | null): void {
  // The matched value's type: before the pattern's implicit dereferences, if any.
  const ty = cx.tr.patAdjustments(pat.hirId)[0] ?? cx.tr.nodeTypeOpt(pat.hirId);
  if (ty === null || tyKind(ty).tag === 'Error') return;
  const info = { pat: lowerPat(cx, pat), hasGuard: false, hirId: pat.hirId };
  const r = analyze(cx, [info], ty);
  if (r.witnesses.length === 0) return;
  const shown = r.witnesses.map((w) => printWitness(cx, w));
  const d = cx.err(`refutable pattern in ${origin}`, 'E0005').primary(pat.span, `${shown.length === 1 ? 'pattern' : 'patterns'} ${joinPatterns(shown)} not covered`);
  if (l) {
    d.note('`let` bindings require an "irrefutable pattern", like a `struct` or an `enum` with only one variant');
    d.note('for more information, visit https://doc.rust-lang.org/book/ch19-02-refutability.html');
  }
  adtDefinedHere(cx, d, ty, r.witnesses);
  d.note(`the matched value is of type \`${cx.tyStr(ty)}\``);
  if (l && l.init) {
    const end = { lo: l.init.span.hi, hi: l.init.span.hi, ctxt: l.init.span.ctxt };
    const variants = r.witnesses.length === 1 ? "the variant that isn't matched" : "the variants that aren't matched";
    if (hasBindings(pat)) {
      d.help(`you might want to use \`let...else\` to handle ${variants}`, undefined, [{ span: end, replacement: ' else { todo!() }', applicability: 'HasPlaceholders', style: 'verbose' }]);
    } else {
      const start = { lo: l.span.lo, hi: l.span.lo, ctxt: l.span.ctxt };
      const s: Suggestion = { span: start, replacement: 'if ', applicability: 'HasPlaceholders', style: 'verbose', parts: [{ span: start, replacement: 'if ' }, { span: end, replacement: ' { todo!() }' }] };
      d.help(`you might want to use \`if let\` to ignore ${variants}`, undefined, [s]);
    }
  }
  d.emit();
}

function hasBindings(p: HirPat): boolean {
  const k = p.kind;
  switch (k.tag) {
    case 'Binding': return true;
    case 'Tuple': case 'TupleStruct': return k.pats.some(hasBindings);
    case 'Struct': return k.fields.some((f) => hasBindings(f.pat));
    case 'Ref': return hasBindings(k.pat);
    case 'Or': return k.pats.some(hasBindings);
    case 'Slice': return [...k.before, ...k.after].some(hasBindings) || (k.mid !== null && hasBindings(k.mid));
    default: return false;
  }
}

/** "`Dir` defined here", with "not covered" on the variants the witnesses name. */
function adtDefinedHere(cx: CheckMatchCx, d: import('../../diagnostics/diagnostic.ts').DiagBuilder, ty: Ty, witnesses: readonly WitnessPat[]): void {
  let t = ty;
  for (let k = tyKind(t); k.tag === 'Ref'; k = tyKind(t)) t = k.pointee;
  const k = tyKind(t);
  if (k.tag !== 'Adt') return;
  const at = cx.identSpan(k.def);
  if (at === null) return;
  const adt = cx.adtDef(k.def);
  const spans: SpanLabel[] = [{ span: at, label: null, primary: true }];
  const visit = (w: WitnessPat): void => {
    const wk = tyKind(w.ty);
    if (w.ctor.tag === 'Variant' && wk.tag === 'Adt' && wk.def === k.def) {
      const vs = cx.identSpan(adt.variants[w.ctor.index]!.def);
      if (vs && !spans.some((x) => x.span.lo === vs.lo && x.span.hi === vs.hi)) spans.push({ span: vs, label: 'not covered', primary: false });
    }
    w.fields.forEach(visit);
  };
  witnesses.slice(0, 5).forEach(visit);
  d.noteSpans(`\`${cx.tyStr(t)}\` defined here`, spans);
}

/** An arm from its pattern to the end of its body (rustc's arm span: no trailing comma). */
function armSpan(a: Arm): Span {
  return { lo: a.pat.span.lo, hi: a.body.span.hi, ctxt: a.span.ctxt };
}

function reportNonExhaustive(cx: CheckMatchCx, e: Expr, scrut: Expr, hirArms: readonly Arm[], ty: Ty, witnesses: readonly WitnessPat[]): void {
  const arms = hirArms.map((a) => ({ span: armSpan(a), guard: a.guard }));
  const shown = witnesses.map((w) => printWitness(cx, w));
  const joined = joinPatterns(shown);
  const empty = arms.length === 0;
  const d = empty
    ? cx.err(`non-exhaustive patterns: type \`${cx.tyStr(ty)}\` is non-empty`, 'E0004').primary(scrut.span)
    : cx.err(`non-exhaustive patterns: ${joined} not covered`, 'E0004').primary(scrut.span, `${shown.length === 1 ? 'pattern' : 'patterns'} ${joined} not covered`);
  if (!empty) adtDefinedHere(cx, d, ty, witnesses);
  d.note(`the matched value is of type \`${cx.tyStr(ty)}\``);
  if (!empty) {
    const special = new Set<string>();
    const collect = (w: WitnessPat): void => {
      if (w.ctor.tag === 'NonExhaustive' && tyKind(w.ty).tag === 'Str') special.add('str');
      w.fields.forEach(collect);
    };
    collect(witnesses[0]!);
    if (special.has('str')) d.note('`&str` cannot be matched exhaustively, so a wildcard `_` is necessary');
    if (arms.every((a) => a.guard !== null)) d.note("match arms with guards don't count towards exhaustivity");
  }
  const suggestWitnesses = witnesses.length < 4 && !empty;
  const arm = suggestWitnesses ? `${shown.join(' | ')} => todo!()` : '_ => todo!()';
  let sugg: Suggestion | null = null;
  if (empty) {
    const indent = cx.indentationOf(e.span.lo);
    const at = { lo: scrut.span.hi, hi: e.span.hi, ctxt: e.span.ctxt };
    sugg = { span: at, replacement: ` {\n${indent}    ${arm},\n${indent}}`, applicability: 'HasPlaceholders', style: 'verbose' };
  } else if (arms.length === 1) {
    const only = arms[0]!;
    const after = cx.snippet({ lo: only.span.hi, hi: e.span.hi, ctxt: e.span.ctxt });
    const multiline = /^[\s,]*\n/.test(after);
    const pre = multiline ? `\n${cx.indentationOf(only.span.lo)}` : ' ';
    sugg = { span: { lo: only.span.hi, hi: only.span.hi, ctxt: only.span.ctxt }, replacement: `,${pre}${arm}`, applicability: 'HasPlaceholders', style: 'verbose' };
  } else {
    const prev = arms[arms.length - 2]!;
    const last = arms[arms.length - 1]!;
    if (prev.span.ctxt === last.span.ctxt) {
      const spacing = cx.isMultiline({ lo: prev.span.hi, hi: last.span.lo, ctxt: last.span.ctxt }) ? `\n${cx.indentationOf(last.span.lo)}` : ' ';
      sugg = { span: { lo: last.span.hi, hi: last.span.hi, ctxt: last.span.ctxt }, replacement: `,${spacing}${arm}`, applicability: 'HasPlaceholders', style: 'verbose' };
    }
  }
  const n = empty ? 0 : witnesses.length;
  const orPats = n > 1 && suggestWitnesses && sugg !== null ? ', a match arm with multiple or-patterns' : '';
  const tail = n === 0 ? (sugg ? ' as shown' : '') : n === 1 ? (sugg ? ' or an explicit pattern as shown' : ' or an explicit pattern') : sugg ? ' as shown, or multiple match arms' : ', or multiple match arms';
  d.help(`ensure that all possible cases are being handled by adding a match arm with a wildcard pattern${orPats}${tail}`, undefined, sugg ? [sugg] : undefined);
  d.emit();
}

/** `unreachable_patterns`: arms, then or-alternatives, that no value reaches. */
function reportUnreachable(cx: CheckMatchCx, r: MatchReport, arms: readonly ArmInfo[]): void {
  const rowsOf = new Map<number, Row[]>();
  for (const row of r.rows) {
    const l = rowsOf.get(row.parent) ?? [];
    l.push(row);
    rowsOf.set(row.parent, l);
  }
  arms.forEach((a, i) => {
    const rows = rowsOf.get(i) ?? [];
    if (!rows.some((row) => row.useful)) {
      const covering = new Set<number>();
      for (const row of rows) for (const j of row.intersects) if (r.rows[j]!.parent !== i) covering.add(j);
      warnUnreachable(cx, a.hirId, a.pat.span, [...covering].sort((x, y) => x - y).map((j) => r.rows[j]!.pats[0]!));
      return;
    }
    // Alternatives of an or-pattern that is reached as a whole.
    for (const row of rows) {
      if (row.useful || row.alts.length === 0) continue;
      const covering = [...row.intersects].sort((x, y) => x - y).map((j) => r.rows[j]!.pats[0]!);
      warnUnreachable(cx, a.hirId, row.alts[row.alts.length - 1]!.span, covering);
    }
    visitNestedAlts(cx, a.hirId, a.pat, r, true);
  });
}

/** Or-patterns below the top level: alternatives never reached in any specialization. */
function visitNestedAlts(cx: CheckMatchCx, arm: number, p: DPat, r: MatchReport, top: boolean): void {
  if (p.ctor.tag === 'Or') {
    for (const alt of p.fields) {
      if (!top && !r.usefulAlts.has(alt.id)) warnUnreachable(cx, arm, alt.span, r.altCoveredBy.get(alt.id) ?? []);
      else visitNestedAlts(cx, arm, alt, r, top);
    }
    return;
  }
  for (const f of p.fields) visitNestedAlts(cx, arm, f, r, false);
}

function warnUnreachable(cx: CheckMatchCx, arm: number, span: Span, coveredBy: readonly DPat[]): void {
  cx.lint('unreachable_patterns', arm, span, 'unreachable pattern', (d) => {
    d.label(span, 'no value can reach this');
    if (coveredBy.length === 1) {
      const c = coveredBy[0]!;
      d.label(c.span, c.isWildcardLike ? 'matches any value' : 'matches all the relevant values');
    } else if (coveredBy.length > 1) {
      const spans: SpanLabel[] = coveredBy.map((c) => ({ span: c.span, label: 'matches some of the same values', primary: false }));
      spans.push({ span, label: 'collectively making this unreachable', primary: true });
      d.noteSpans('multiple earlier patterns match some of the same values', spans);
    }
  });
}
