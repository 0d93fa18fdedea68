// unused_variables and unused_assignments (rustc's liveness lints). Whether a variable is
// read at all comes from the HIR (any mention that is not the target of an assignment);
// which assignments are dead comes from a backward liveness analysis on the body's MIR,
// after borrowck, as rustc 1.95 does it. Per body: first the unused or never-read
// variables in declaration order, then the dead assignments in source order.
import { BitSet } from '../borrowck/bitset.ts';
import type { Span } from '../diagnostics/span.ts';
import type { Expr } from '../hir/expr.ts';
import type { HirCrate } from '../hir/hir.ts';
import type { Body as HirBody } from '../hir/item.ts';
import type { HirPat } from '../hir/pat.ts';
import { successors } from '../mir/build/simplify.ts';
import type { Body, Local } from '../mir/mir.ts';
import { symStr } from '../syntax/symbol.ts';
import { tyKind } from '../ty/interner.ts';
import type { TypeckResults } from '../typeck/results.ts';
import type { LintCx } from './context.ts';
import { HirWalker } from './hir-walk.ts';
import { effectsAt, writesLocalStorage } from './mir-uses.ts';

/** A binding pattern of the HIR body, found by its span from the MIR local. */
export interface BindingInfo {
  readonly hirId: number;
  readonly name: string;
  readonly identSpan: Span;
  readonly patSpan: Span;
  /** `S { x }`: renaming it `_x` would change the field; rustc suggests `x: _`. */
  readonly shorthand: boolean;
}

/** Where an assignment to a variable is written, and what the lint points at. */
interface AssignSite {
  readonly binding: number;
  /** The span MIR writes fall in. */
  readonly within: Span;
  /** Reported span: the assigned value of a `let`, the whole assignment otherwise. */
  readonly report: Span;
  readonly kind: 'let' | 'assign';
}

const key = (sp: Span): string => `${sp.lo}:${sp.hi}`;

/** Facts about a body's variables from its HIR (closures inside included: their mentions are uses). */
export class BodyVars {
  readonly bindings = new Map<string, BindingInfo>();
  readonly byHirId = new Map<number, BindingInfo>();
  /** Bindings mentioned other than as an assignment target. */
  readonly read = new Set<number>();
  /** Bindings a closure mentions (captured: used, whatever the closure does). */
  readonly captured = new Set<number>();
  readonly sites: AssignSite[] = [];
  /** `let _ = x;` mentions `x` without reading it in MIR: its stores are not judged. */
  readonly exempt = new Set<number>();

  constructor(hir: HirCrate, body: HirBody, r: TypeckResults) {
    const targets = new Set<number>();
    const shorthand = new Set<number>();
    let closureDepth = 0;
    const localOf = (e: Expr): number | null =>
      e.kind.tag === 'Path' && e.kind.qpath.tag === 'Resolved' && e.kind.qpath.path.res.tag === 'Local' ? e.kind.qpath.path.res.id : null;
    // The variable an assignment target writes into without reading it: `x`, `x.f.g`; not
    // a field reached through a reference (`r.f = 1` reads the pointer `r`).
    const targetOf = (lhs: Expr): Expr | null => {
      let e = lhs;
      while (e.kind.tag === 'Field') {
        e = e.kind.expr;
        if (r.adjustments(e.hirId).length > 0) return null;
        const t = r.nodeTypeOpt(e.hirId);
        if (t === null) return null;
        const k = tyKind(t);
        if (k.tag === 'Ref' || k.tag === 'RawPtr') return null;
      }
      return localOf(e) !== null ? e : null;
    };
    const closures: number[] = [];
    const walker = new HirWalker(hir, {
      pat: (p: HirPat) => {
        const k = p.kind;
        if (k.tag === 'Struct') for (const f of k.fields) if (f.isShorthand) shorthand.add(f.pat.hirId);
        if (k.tag !== 'Binding') return;
        const info: BindingInfo = { hirId: p.hirId, name: symStr(k.ident.name), identSpan: k.ident.span, patSpan: p.span, shorthand: shorthand.has(p.hirId) };
        this.bindings.set(key(p.span), info);
        this.byHirId.set(p.hirId, info);
      },
      stmt: (s) => {
        if (s.kind.tag === 'Let' && s.kind.local.init && s.kind.local.pat.kind.tag === 'Wild') {
          let place = s.kind.local.init;
          while (place.kind.tag === 'Field' || place.kind.tag === 'Index') place = place.kind.expr;
          const id = localOf(place);
          if (id !== null) this.exempt.add(id);
        }
        if (s.kind.tag === 'Let' && s.kind.local.init && s.kind.local.pat.kind.tag === 'Binding') {
          const init = s.kind.local.init;
          this.sites.push({ binding: s.kind.local.pat.hirId, within: init.span, report: init.span, kind: 'let' });
        }
      },
      expr: (e) => {
        const k = e.kind;
        if (k.tag === 'Assign' || k.tag === 'AssignOp') {
          const t = targetOf(k.lhs);
          if (t) {
            targets.add(t.hirId);
            this.sites.push({ binding: localOf(t)!, within: e.span, report: e.span, kind: 'assign' });
          }
        }
        const id = localOf(e);
        if (id === null) return;
        if (closureDepth > 0) this.captured.add(id);
        if (!targets.has(e.hirId)) this.read.add(id);
      },
      closure: () => {
        closureDepth++;
        closures.push(closureDepth);
      },
      exprPost: (e) => {
        if (e.kind.tag === 'Closure' && closures.length > 0) {
          closures.pop();
          closureDepth--;
        }
      },
    }, true);
    walker.body(body);
  }
}

/** Backward liveness of the tracked locals: the live set at the exit of every statement. */
function liveAfter(body: Body, tracked: Int32Array, size: number): (bb: number, i: number) => BitSet {
  const n = body.blocks.length;
  const preds: number[][] = Array.from({ length: n }, () => []);
  body.blocks.forEach((b, bb) => {
    for (const s of successors(b.terminator)) preds[s]!.push(bb);
  });
  const effects = body.blocks.map((b) => Array.from({ length: b.statements.length + 1 }, (_, i) => effectsAt(b, i)));
  // Transfer of a block applied to the state at its exit gives the state at its entry.
  const transfer = (bb: number, out: BitSet): BitSet => {
    const s = out.clone();
    const fx = effects[bb]!;
    for (let i = fx.length - 1; i >= 0; i--) applyBackward(body, bb, i, fx[i]!, tracked, s);
    return s;
  };
  const exit: BitSet[] = Array.from({ length: n }, () => new BitSet(size));
  const entry: BitSet[] = Array.from({ length: n }, () => new BitSet(size));
  const work: number[] = [];
  const queued = new Uint8Array(n);
  for (let bb = n - 1; bb >= 0; bb--) {
    work.push(bb);
    queued[bb] = 1;
  }
  while (work.length > 0) {
    const bb = work.pop()!;
    queued[bb] = 0;
    const out = exit[bb]!;
    for (const s of successors(body.blocks[bb]!.terminator)) out.union(entry[s]!);
    const inn = transfer(bb, out);
    if (entry[bb]!.union(inn)) {
      for (const p of preds[bb]!) {
        if (!queued[p]) {
          queued[p] = 1;
          work.push(p);
        }
      }
    }
  }
  // Per-statement states on demand, replayed backwards from the block exit.
  const cache = new Map<number, BitSet[]>();
  return (bb, i) => {
    let states = cache.get(bb);
    if (!states) {
      const fx = effects[bb]!;
      states = new Array<BitSet>(fx.length);
      const s = exit[bb]!.clone();
      for (let k = fx.length - 1; k >= 0; k--) {
        states[k] = s.clone();
        applyBackward(body, bb, k, fx[k]!, tracked, s);
      }
      cache.set(bb, states);
    }
    return states[i]!;
  };
}

function applyBackward(body: Body, bb: number, i: number, fx: ReturnType<typeof effectsAt>, tracked: Int32Array, s: BitSet): void {
  for (const w of fx.writes) {
    const b = tracked[w.local]!;
    if (b >= 0 && w.projection.length === 0) s.remove(b);
  }
  const st = body.blocks[bb]!.statements[i];
  if (st && st.tag === 'StorageDead') {
    const b = tracked[st.local]!;
    if (b >= 0) s.remove(b);
  }
  for (const r of fx.reads) {
    const b = tracked[r]!;
    if (b >= 0) s.add(b);
  }
}

function contains(a: Span, b: Span): boolean {
  return a.lo <= b.lo && b.hi <= a.hi;
}

/** Reports the body's unused variables and dead assignments. */
export function lintLiveness(lcx: LintCx, mir: Body, vars: BodyVars): void {
  const locals = mir.locals;
  interface Var { readonly local: Local; readonly info: BindingInfo }
  const vs: Var[] = [];
  const localOf = new Map<number, Local>();
  locals.forEach((d, l) => {
    if (!d.binding || d.name === null || d.name.startsWith('_') || d.binding.isSelf) return;
    const info = vars.bindings.get(key(d.span));
    if (!info || lcx.inExternalMacro(d.span)) return;
    vs.push({ local: l, info });
    localOf.set(info.hirId, l);
  });
  if (vs.length === 0) return;
  const dead: { span: Span; name: string; hirId: number; param: boolean }[] = [];
  const liveVars: Var[] = [];
  const sitesOf = new Map<number, AssignSite[]>();
  for (const s of vars.sites) {
    const l = sitesOf.get(s.binding);
    if (l) l.push(s);
    else sitesOf.set(s.binding, [s]);
  }
  for (const v of vs) {
    const { info } = v;
    const scope = lcx.hirScope(info.hirId);
    if (vars.read.has(info.hirId) || vars.captured.has(info.hirId)) {
      if (!vars.exempt.has(info.hirId)) liveVars.push(v);
      continue;
    }
    const assigns = (sitesOf.get(info.hirId) ?? []).filter((s) => s.kind === 'assign');
    if (assigns.length > 0) {
      lcx.emit('unused_variables', scope, info.patSpan, `variable \`${info.name}\` is assigned to, but never used`, (d) => {
        d.note(`consider using \`_${info.name}\` instead`);
      });
      for (const a of assigns) dead.push({ span: a.report, name: info.name, hirId: info.hirId, param: false });
      continue;
    }
    lcx.emit('unused_variables', scope, info.patSpan, `unused variable: \`${info.name}\``, (d) => {
      if (info.shorthand) d.help('try ignoring the field', undefined, [{ span: info.identSpan, replacement: `${info.name}: _`, applicability: 'MachineApplicable' }]);
      else d.help('if this is intentional, prefix it with an underscore', undefined, [{ span: info.patSpan, replacement: `_${info.name}`, applicability: 'MachineApplicable' }]);
    });
  }
  // Only a variable assigned after its declaration can have a dead store (its first value
  // overwritten, or an assignment never read): the others need no dataflow.
  const assigned = liveVars.filter((v) => (sitesOf.get(v.info.hirId) ?? []).some((x) => x.kind === 'assign'));
  if (assigned.length > 0) findDeadStores(mir, vars, assigned.map((v) => v.local), sitesOf, dead);
  dead.sort((a, b) => a.span.lo - b.span.lo);
  for (const x of dead) {
    const what = x.param ? 'value passed to' : 'value assigned to';
    lcx.emit('unused_assignments', lcx.hirScope(x.hirId), x.span, `${what} \`${x.name}\` is never read`, (d) => {
      d.help('maybe it is overwritten before being read?');
    });
  }
}

/** Assignments to read variables whose value no path reads (and parameters' incoming values). */
function findDeadStores(mir: Body, vars: BodyVars, locals: readonly Local[], sitesOf: ReadonlyMap<number, AssignSite[]>, dead: { span: Span; name: string; hirId: number; param: boolean }[]): void {
  const tracked = new Int32Array(mir.locals.length).fill(-1);
  locals.forEach((l, i) => (tracked[l] = i));
  const live = liveAfter(mir, tracked, locals.length);
  const infoOf = (l: Local): BindingInfo => vars.bindings.get(key(mir.locals[l]!.span))!;
  const reported = new Set<string>();
  mir.blocks.forEach((b, bb) => {
    for (let i = 0; i <= b.statements.length; i++) {
      const fx = effectsAt(b, i);
      for (const w of fx.writes) {
        const bit = tracked[w.local]!;
        if (bit < 0 || !writesLocalStorage(w)) continue;
        if (live(bb, i).has(bit)) continue;
        const span = i < b.statements.length ? b.statements[i]!.span : b.terminator.span;
        const info = infoOf(w.local);
        // Only writes the user wrote as an assignment: pattern bindings and desugarings are not.
        let site: AssignSite | null = null;
        for (const s of sitesOf.get(info.hirId) ?? []) if (contains(s.within, span) && (!site || contains(site.within, s.within))) site = s;
        if (!site || reported.has(key(site.report))) continue;
        reported.add(key(site.report));
        dead.push({ span: site.report, name: info.name, hirId: info.hirId, param: false });
      }
    }
  });
  // A parameter's incoming value, overwritten before any read.
  const entry = live(0, 0);
  for (const l of locals) {
    if (l < 1 || l > mir.argCount || mir.locals[l]!.binding?.form !== 'param') continue;
    const b0 = mir.blocks[0]!;
    const fx0 = effectsAt(b0, 0);
    // The state before statement 0: live after it, minus its defs, plus its reads.
    const before = entry.clone();
    for (const w of fx0.writes) if (tracked[w.local]! >= 0 && w.projection.length === 0) before.remove(tracked[w.local]!);
    for (const r of fx0.reads) if (tracked[r]! >= 0) before.add(tracked[r]!);
    if (before.has(tracked[l]!)) continue;
    const info = infoOf(l);
    dead.push({ span: info.patSpan, name: info.name, hirId: info.hirId, param: true });
  }
}
