import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { borrowck } from '../../src/borrowck/index.ts';
import type { BorrowckCx } from '../../src/borrowck/cx.ts';
import { renderHuman } from '../../src/diagnostics/emit-human.ts';
import type { Diagnostic } from '../../src/diagnostics/diagnostic.ts';
import { DiagCtxt } from '../../src/diagnostics/handler.ts';
import type { HirTy } from '../../src/hir/types.ts';
import { mkTy, tys } from '../../src/ty/interner.ts';
import type { DefId } from '../../src/ty/def-id.ts';
import type { Ty } from '../../src/ty/ty.ts';
import { HirDsl, arrayTy } from './hir-dsl.ts';

function check(t: HirDsl, def: DefId, paramTys: HirTy[] | null = null): Diagnostic[] {
  const cx: BorrowckCx = {
    hir: t.hirBody(def),
    paramTys,
    adtDef: (d) => t.adtDef(d),
    isCopy: (ty) => t.isCopy(ty),
    defName: (d) => t.defPathOf(d),
    staticHeadSpan: (d) => t.defs.get(d)?.body?.value.span ?? t.at('static'),
  };
  return borrowck(t.mir(def)!, cx);
}

/** Renders errors plus rustc's summary, as `rustc` prints them to stderr. */
function render(t: HirDsl, diags: Diagnostic[]): string {
  let out = '';
  const dcx = new DiagCtxt(t.sourceMap, {
    emitter: (d, sm) => renderHuman(d, sm, false),
    write: (s) => (out += s),
    summaryStyle: 'human',
    explainCommand: 'rustc --explain',
  });
  for (const d of diags) dcx.emit(d);
  out += dcx.summary();
  return out;
}


function uiCase(name: string): { src: string; stderr: string } {
  const path = `tests/ui/${name}`;
  return { src: readFileSync(`${path}.rs`, 'utf8'), stderr: readFileSync(`${path}.stderr`, 'utf8') };
}

/** A HirDsl over a tests/ui program, with the file named as rustc saw it. */
function dslFor(name: string): { t: HirDsl; stderr: string } {
  const c = uiCase(name);
  const t = new HirDsl(c.src, `tests/ui/${name}.rs`);
  return { t, stderr: c.stderr };
}

const refTy = (ty: Ty, mutbl: 'not' | 'mut' = 'not') => mkTy({ tag: 'Ref', mutbl, pointee: ty });

describe('borrowck: recorded rustc diagnostics (tests/ui)', () => {
  it('assign_twice_immutable: E0384 with the first-assignment label and `mut` suggestion', () => {
    // fn main() { let x = 5; println!("{}", x); x = 6; println!("{}", x); }
    const { t, stderr } = dslFor('assign_twice_immutable');
    const x = t.bind('x', tys.i32, { span: t.atIn('let x = 5', 'x') });
    const main = t.fn('main', [], tys.unit, t.block([
      t.let(x, t.int(5, tys.i32, '5'), 'let x = 5;'),
      t.semi(t.ref(t.local(x, t.atIn('x);', 'x')), 'not', t.atIn('x);', 'x'))),
      t.semi(t.assign(t.local(x, t.atIn('x = 6', 'x')), t.int(6, tys.i32, t.atIn('x = 6', '6')), 'x = 6')),
      t.semi(t.ref(t.local(x, t.atIn('x);', 'x', 2)), 'not', t.atIn('x);', 'x', 2))),
    ]));
    expect(render(t, check(t, main))).toBe(stderr);
  });

  it('compound_assign_immutable: E0384 on an immutable argument', () => {
    // fn bump(count: u32) -> u32 { count += 1; count }
    const { t, stderr } = dslFor('compound_assign_immutable');
    const count = t.bind('count', tys.u32, { span: t.atIn('count: u32', 'count') });
    const bump = t.fn('bump', [count], tys.u32, t.block([
      t.semi(t.assignOp('+', t.local(count, t.atIn('count += 1', 'count')), t.int(1, tys.u32, t.atIn('count += 1', '1')), 'count += 1')),
    ], t.local(count, t.atIn('    count\n', 'count'))));
    expect(render(t, check(t, bump))).toBe(stderr);
  });

  it('uninitialized_binding: E0381 possibly-uninitialized with the missing-else labels', () => {
    // fn main() { let x: i32; let flag = 3 > 2; if flag { x = 1; } println!("{}", x); }
    const { t, stderr } = dslFor('uninitialized_binding');
    const x = t.bind('x', tys.i32, { span: t.atIn('x: i32', 'x') });
    const flag = t.bind('flag', tys.bool, { span: t.atIn('let flag', 'flag') });
    const ifE = t.if(t.local(flag, t.atIn('if flag', 'flag')), t.block([t.semi(t.assign(t.local(x, t.atIn('x = 1', 'x')), t.int(1), 'x = 1'))], null, tys.unit, t.at('{\n        x = 1;\n    }')), null, tys.unit,
      t.at('if flag {\n        x = 1;\n    }'));
    const main = t.fn('main', [], tys.unit, t.block([
      t.let(x, null, 'let x: i32;'),
      t.let(flag, t.bin('>', t.int(3), t.int(2)), 'let flag = 3 > 2;'),
      t.stmt(ifE),
      t.semi(t.ref(t.local(x, t.atIn('x);', 'x')), 'not', t.atIn('x);', 'x'))),
    ]));
    expect(render(t, check(t, main))).toBe(stderr);
  });

  it('two_errors_borrowck: E0384 in a for loop body and E0381 after a one-armed if', () => {
    const { t, stderr } = dslFor('two_errors_borrowck');
    // fn counter() -> u32 { let total = 0; for i in 0..4 { total = total + i; } total }
    // (the `for` as HIR lowering desugars it)
    const total = t.bind('total', tys.u32, { span: t.atIn('let total', 'total') });
    const next = t.bind('__next', tys.u32, { mut: true, span: t.at('0..4') });
    const end = t.bind('__end', tys.u32, { span: t.at('0..4') });
    const i = t.bind('i', tys.u32, { span: t.atIn('i in', 'i') });
    const range = t.at('0..4');
    const forLoop = t.loop((id) => [
      t.stmt(t.if(t.un('Not', t.bin('<', t.local(next, range), t.local(end, range)), tys.bool, range), t.block([t.semi(t.brk(id, null, range))], null, tys.unit, range), null, tys.unit, range)),
      t.let(i, t.local(next, range), t.atIn('i in', 'i')),
      t.semi(t.assign(t.local(next, range), t.bin('+', t.local(next, range), t.int(1, tys.u32, range)), range)),
      t.stmt(t.block([t.semi(t.assign(t.local(total, t.atIn('total = total', 'total')), t.bin('+', t.local(total, t.atIn('= total', 'total')), t.local(i, t.atIn('i;', 'i'))), 'total = total + i'))])),
    ], tys.unit, t.at('for i in 0..4'));
    (forLoop.kind as { source: string }).source = 'for';
    const counter = t.fn('counter', [], tys.u32, t.block([
      t.let(total, t.int(0, tys.u32, '0'), 'let total = 0;'),
      t.stmt(t.block([t.let(next, t.int(0, tys.u32, range), range), t.let(end, t.int(4, tys.u32, range), range)], forLoop)),
    ], t.local(total, t.atIn('    total\n', 'total'))));
    // fn maybe(flag: bool) -> i64 { let v: i64; if flag { v = 1; } v }
    const flag = t.bind('flag', tys.bool, { span: t.atIn('flag: bool', 'flag') });
    const v = t.bind('v', tys.i64, { span: t.atIn('v: i64', 'v') });
    const ifAt = t.at('if flag {\n        v = 1;\n    }');
    const maybe = t.fn('maybe', [flag], tys.i64, t.block([
      t.let(v, null, 'let v: i64;'),
      t.stmt(t.if(t.local(flag, t.atIn('if flag', 'flag')), t.block([t.semi(t.assign(t.local(v, t.atIn('v = 1', 'v')), t.int(1, tys.i64), 'v = 1'))]), null, tys.unit, ifAt)),
    ], t.local(v, t.atIn('v //~ ERROR E0381', 'v'))));
    const diags = [...check(t, counter), ...check(t, maybe)];
    expect(render(t, diags)).toBe(stderr);
  });
});

describe('borrowck: other rustc errors (expected text recorded from rustc 1.95)', () => {
  it('E0381 isn\'t initialized, with a value suggestion', () => {
    const src = 'fn l6() -> (u8, bool) { let v: (u8, bool); v }\n';
    const t = new HirDsl(src, 'b.rs');
    const v = t.bind('v', mkTy({ tag: 'Tuple', elems: [tys.u8, tys.bool] }), { span: t.atIn('v:', 'v') });
    const let_ = t.let(v, null, 'let v: (u8, bool);');
    (let_.kind as { local: { ty: HirTy | null } }).local.ty = { hirId: -1, kind: { tag: 'Infer' }, span: t.at('(u8, bool)', 2) };
    const f = t.fn('l6', [], mkTy({ tag: 'Tuple', elems: [tys.u8, tys.bool] }), t.block([let_], t.local(v, t.atIn('v }', 'v'))));
    expect(render(t, check(t, f))).toBe(`error[E0381]: used binding \`v\` isn't initialized
 --> b.rs:1:44
  |
1 | fn l6() -> (u8, bool) { let v: (u8, bool); v }
  |                             -              ^ \`v\` used here but it isn't initialized
  |                             |
  |                             binding declared here but left uninitialized
  |
help: consider assigning a value
  |
1 | fn l6() -> (u8, bool) { let v: (u8, bool) = (42, false); v }
  |                                           +++++++++++++

error: aborting due to 1 previous error

For more information about this error, try \`rustc --explain E0381\`.
`);
  });

  it('E0596 and E0594 on immutable locals, and E0381 for a partial assignment', () => {
    const src = `fn main() {
    let x = 5;
    let r = &mut x;
    let t = (1, 2);
    t.0 = 5;
    let w: (i32, bool);
    w.0 = 1;
}
`;
    const t = new HirDsl(src, 'b.rs');
    const x = t.bind('x', tys.i32, { span: t.atIn('let x', 'x') });
    const r = t.bind('r', refTy(tys.i32, 'mut'), { span: t.atIn('r =', 'r') });
    const tupTy = mkTy({ tag: 'Tuple', elems: [tys.i32, tys.i32] });
    const tp = t.bind('t', tupTy, { span: t.atIn('t =', 't') });
    const wTy = mkTy({ tag: 'Tuple', elems: [tys.i32, tys.bool] });
    const w = t.bind('w', wTy, { span: t.atIn('w:', 'w') });
    const main = t.fn('main', [], tys.unit, t.block([
      t.let(x, t.int(5, tys.i32, '5'), 'let x = 5;'),
      t.let(r, t.ref(t.local(x, t.atIn('x;', 'x')), 'mut', '&mut x'), 'let r = &mut x;'),
      t.let(tp, t.tup([t.int(1), t.int(2)], '(1, 2)'), 'let t = (1, 2);'),
      t.semi(t.assign(t.field(t.local(tp, t.atIn('t.0', 't')), 0, tys.i32, 't.0'), t.int(5), 't.0 = 5')),
      t.let(w, null, 'let w: (i32, bool);'),
      t.semi(t.assign(t.field(t.local(w, t.atIn('w.0', 'w')), 0, tys.i32, 'w.0'), t.int(1), 'w.0 = 1')),
    ]));
    expect(render(t, check(t, main))).toBe(`error[E0596]: cannot borrow \`x\` as mutable, as it is not declared as mutable
 --> b.rs:3:13
  |
3 |     let r = &mut x;
  |             ^^^^^^ cannot borrow as mutable
  |
help: consider changing this to be mutable
  |
2 |     let mut x = 5;
  |         +++

error[E0594]: cannot assign to \`t.0\`, as \`t\` is not declared as mutable
 --> b.rs:5:5
  |
5 |     t.0 = 5;
  |     ^^^^^^^ cannot assign
  |
help: consider changing this to be mutable
  |
4 |     let mut t = (1, 2);
  |         +++

error[E0381]: partially assigned binding \`w\` isn't fully initialized
 --> b.rs:7:5
  |
6 |     let w: (i32, bool);
  |         - binding declared here but left uninitialized
7 |     w.0 = 1;
  |     ^^^^^^^ \`w\` partially assigned here but it isn't fully initialized
  |
  = help: partial initialization isn't supported, fully initialize the binding with a default value and mutate it, or use \`std::mem::MaybeUninit\`

error: aborting due to 3 previous errors

Some errors have detailed explanations: E0381, E0594, E0596.
For more information about an error, try \`rustc --explain E0381\`.
`);
  });

  it('E0594/E0596 behind a `&` reference, with the `&mut` suggestion on the parameter type', () => {
    const src = 'fn b1(x: &i32) { *x = 5; }\nfn b4(p: &P) { p.bump(); }\n';
    const t = new HirDsl(src, 'd.rs');
    const x = t.bind('x', refTy(tys.i32), { span: t.atIn('x:', 'x') });
    const b1 = t.fn('b1', [x], tys.unit, t.block([t.semi(t.assign(t.un('Deref', t.local(x, t.atIn('x =', 'x')), undefined, '*x'), t.int(5), '*x = 5'))]));
    const xTy: HirTy = { hirId: -1, kind: { tag: 'Ref', mutbl: 'not', pointee: { hirId: -1, kind: { tag: 'Infer' }, span: t.at('i32') } }, span: t.at('&i32') };
    const P = t.struct('P', [['x', tys.i32]]);
    const pTy = t.adtTy(P);
    const self = t.bind('self', refTy(pTy, 'mut'));
    const bump = t.fn('bump', [self], tys.unit, t.block([]));
    const p = t.bind('p', refTy(pTy), { span: t.atIn('p:', 'p') });
    const pAt = t.atIn('p.bump', 'p');
    const recv = t.adjust(t.local(p, pAt), [
      { kind: { tag: 'Deref', overloaded: null }, target: pTy },
      { kind: { tag: 'Borrow', kind: 'Ref', mutbl: 'mut' }, target: refTy(pTy, 'mut') },
    ]);
    const b4 = t.fn('b4', [p], tys.unit, t.block([t.semi(t.methodCall(bump, recv, [], tys.unit, 'p.bump()'))]));
    const pHirTy: HirTy = { hirId: -1, kind: { tag: 'Ref', mutbl: 'not', pointee: { hirId: -1, kind: { tag: 'Infer' }, span: t.at('P)') } }, span: t.at('&P') };
    expect(render(t, [...check(t, b1, [xTy]), ...check(t, b4, [pHirTy])])).toBe(`error[E0594]: cannot assign to \`*x\`, which is behind a \`&\` reference
 --> d.rs:1:18
  |
1 | fn b1(x: &i32) { *x = 5; }
  |                  ^^^^^^ \`x\` is a \`&\` reference, so it cannot be written to
  |
help: consider changing this to be a mutable reference
  |
1 | fn b1(x: &mut i32) { *x = 5; }
  |           +++

error[E0596]: cannot borrow \`*p\` as mutable, as it is behind a \`&\` reference
 --> d.rs:2:16
  |
2 | fn b4(p: &P) { p.bump(); }
  |                ^ \`p\` is a \`&\` reference, so it cannot be borrowed as mutable
  |
help: consider changing this to be a mutable reference
  |
2 | fn b4(p: &mut P) { p.bump(); }
  |           +++

error: aborting due to 2 previous errors

Some errors have detailed explanations: E0594, E0596.
For more information about an error, try \`rustc --explain E0594\`.
`);
  });

  it('accepts correct programs: late init on all paths, `let` in loops, writes through &mut', () => {
    // fn ok(c: bool) -> i32 { let v: i32; if c { v = 1; } else { v = 2; }
    //   let mut s = 0; let mut k = 0; while k < 3 { let y = k * 2; s += y; k += 1; }
    //   let r = &mut s; *r += v; s }
    const t = new HirDsl();
    const c = t.bind('c', tys.bool);
    const v = t.bind('v', tys.i32);
    const s = t.bind('s', tys.i32, { mut: true });
    const k = t.bind('k', tys.i32, { mut: true });
    const y = t.bind('y', tys.i32);
    const r = t.bind('r', refTy(tys.i32, 'mut'));
    const f = t.fn('ok', [c], tys.i32, t.block([
      t.let(v, null),
      t.stmt(t.if(t.local(c), t.block([t.semi(t.assign(t.local(v), t.int(1)))]), t.block([t.semi(t.assign(t.local(v), t.int(2)))]))),
      t.let(s, t.int(0)),
      t.let(k, t.int(0)),
      t.stmt(t.while(t.bin('<', t.local(k), t.int(3)), [
        t.let(y, t.bin('*', t.local(k), t.int(2))),
        t.semi(t.assignOp('+', t.local(s), t.local(y))),
        t.semi(t.assignOp('+', t.local(k), t.int(1))),
      ])),
      t.let(r, t.ref(t.local(s), 'mut')),
      t.semi(t.assignOp('+', t.un('Deref', t.local(r)), t.local(v))),
    ], t.local(s)));
    expect(check(t, f)).toEqual([]);
  });

  it('E0384 for `let x; x = 1; x = 2;` points at the first assignment; arrays index as `a[_]`', () => {
    const src = 'fn f() { let y; y = 1; y = 2; let a = [1, 2]; a[0] = 3; }\n';
    const t = new HirDsl(src, 'e.rs');
    const y = t.bind('y', tys.i32, { span: t.atIn('y;', 'y') });
    const a = t.bind('a', arrayTy(tys.i32, 2), { span: t.atIn('a =', 'a') });
    const f = t.fn('f', [], tys.unit, t.block([
      t.let(y, null, 'let y;'),
      t.semi(t.assign(t.local(y), t.int(1), 'y = 1')),
      t.semi(t.assign(t.local(y), t.int(2), 'y = 2')),
      t.let(a, t.array([t.int(1), t.int(2)], tys.i32), 'let a = [1, 2];'),
      t.semi(t.assign(t.index(t.local(a), t.int(0, tys.usize)), t.int(3), 'a[0] = 3')),
    ]));
    const out = render(t, check(t, f));
    expect(out).toContain(`error[E0384]: cannot assign twice to immutable variable \`y\`
 --> e.rs:1:24
  |
1 | fn f() { let y; y = 1; y = 2; let a = [1, 2]; a[0] = 3; }
  |                 -----  ^^^^^ cannot assign twice to immutable variable
  |                 |
  |                 first assignment to \`y\`
`);
    expect(out).toContain('error[E0594]: cannot assign to `a[_]`, as `a` is not declared as mutable');
  });
});
