import { describe, expect, it } from 'vitest';
import { exportedMacrosOf, hygieneParentsOf } from '../../src/expand/expand.ts';
import { decodeExportedMacro, encodeExportedMacro } from '../../src/expand/macro-rules/metadata.ts';
import type { Block, Crate, Expr, Item, Stmt } from '../../src/syntax/ast/index.ts';
import { symStr } from '../../src/syntax/symbol.ts';
import { expandSource } from './helpers.ts';

function fnBody(crate: Crate | null, name: string): Block {
  const f = crate?.items.find((i) => symStr(i.ident.name) === name);
  if (!f || f.kind.tag !== 'Fn' || !f.kind.body) throw new Error(`no fn ${name}`);
  return f.kind.body;
}

function errors(stderr: string): string[] {
  return stderr.split('\n').filter((l) => l.startsWith('error')).map((l) => l.replace(/^error: /, ''));
}

/** The printed expansion with whitespace collapsed. */
function flat(src: string): string {
  const r = expandSource(src);
  expect(r.stderr).toBe('');
  return r.printed.replace(/\s+/g, ' ').trim();
}

describe('macro_rules! expansion', () => {
  it('expands in expression position, keeping the precedence of substituted fragments', () => {
    const r = expandSource('macro_rules! double { ($e:expr) => { $e * 2 }; }\nfn f() -> i32 { double!(1 + 1) }');
    expect(r.stderr).toBe('');
    const tail = fnBody(r.crate, 'f').stmts[0]!;
    expect(tail.kind.tag).toBe('Expr');
    const e = (tail.kind as { expr: Expr }).expr;
    expect(e.kind.tag === 'Binary' && e.kind.op).toBe('*');
    const lhs = e.kind.tag === 'Binary' ? e.kind.lhs : null;
    expect(lhs?.kind.tag === 'Binary' && lhs.kind.op).toBe('+');
  });

  it('expands statement position into several statements, `;` applying to the last', () => {
    const r = expandSource('macro_rules! two { ($a:ident) => { let $a = 1; $a + 1 }; }\nfn f() { two!(x); }');
    expect(r.stderr).toBe('');
    expect(fnBody(r.crate, 'f').stmts.map((s: Stmt) => s.kind.tag)).toEqual(['Let', 'Semi']);
  });

  it('keeps a trailing call without `;` as the block value', () => {
    const r = expandSource('macro_rules! v { () => { 1 }; }\nfn f() -> i32 { v!() }\nfn g() -> i32 { v! { } }');
    expect(r.stderr).toBe('');
    expect(fnBody(r.crate, 'f').stmts.map((s) => s.kind.tag)).toEqual(['Expr']);
    expect(fnBody(r.crate, 'g').stmts.map((s) => s.kind.tag)).toEqual(['Expr']);
  });

  it('expands items, impl items, patterns and types', () => {
    const out = flat(`
      macro_rules! mk { ($n:ident) => { struct $n; }; }
      macro_rules! get { ($f:ident) => { fn $f(&self) -> u8 { 0 } }; }
      macro_rules! p { () => { Some(_) }; }
      macro_rules! t { ($x:ty) => { [$x; 2] }; }
      mk!(S);
      impl S { get!(a); }
      fn f(x: Option<u8>) -> t!(u8) { match x { p!() => [1, 2], None => [0, 0] } }
    `);
    expect(out).toContain('struct S;');
    expect(out).toContain('impl S { fn a(&self) -> u8 { 0 } }');
    expect(out).toContain('-> [u8; 2]');
    expect(out).toContain('Some(_) =>');
    expect(out).not.toContain('macro_rules!');
  });

  it('gives identifiers written in the macro a fresh syntax context, not those from the arguments', () => {
    const r = expandSource('macro_rules! m { ($a:ident) => { let tmp = $a; }; }\nfn f() { let y = 1; m!(y); }');
    expect(r.stderr).toBe('');
    const s = fnBody(r.crate, 'f').stmts[1]!;
    if (s.kind.tag !== 'Let') throw new Error('expected let');
    const pat = s.kind.local.pat;
    expect(pat.kind.tag === 'Ident' && pat.kind.ident.span.ctxt).toBeGreaterThan(0);
    const init = s.kind.local.init.tag === 'Init' ? s.kind.local.init.expr : null;
    expect(init?.kind.tag === 'Path' && init.kind.path.segments[0]!.ident.span.ctxt).toBe(0);
  });

  it('gives each expansion its own context', () => {
    const r = expandSource('macro_rules! m { () => { let tmp = 1; }; }\nfn f() { m!(); m!(); }');
    const ctxts = fnBody(r.crate, 'f').stmts.map((s) => (s.kind.tag === 'Let' && s.kind.local.pat.kind.tag === 'Ident' ? s.kind.local.pat.kind.ident.span.ctxt : -1));
    expect(new Set(ctxts).size).toBe(2);
  });

  it('scopes textually: after the definition, shadowing, blocks, #[macro_use] modules', () => {
    const r = expandSource(`
      macro_rules! a { () => { 1 }; }
      macro_rules! a { () => { 2 }; }
      fn f() -> i32 { a!() }
      #[macro_use] mod m { macro_rules! b { () => { 3 }; } }
      mod n { macro_rules! c { () => { 4 }; } }
      fn g() -> i32 { { macro_rules! d { () => { 5 }; } } b!() }
      fn h() { c!(); d!(); }
      mod later { pub fn k() -> i32 { a!() } }
    `);
    expect(errors(r.stderr)).toEqual(['cannot find macro `c` in this scope', 'cannot find macro `d` in this scope']);
    const out = r.printed.replace(/\s+/g, ' ');
    expect(out).toContain('fn f() -> i32 { 2 }');
    expect(out).toContain('fn g() -> i32 { {} 3 }');
    expect(out).toContain('pub fn k() -> i32 { 2 }');
  });

  it('reports calls before the definition with a hint, after all expansion', () => {
    const r = expandSource('fn f() { early!(); }\nmacro_rules! early { () => {}; }\nmacro_rules! bad { () => {}; }\nfn g() { bad!(1); }');
    expect(errors(r.stderr)).toEqual(['no rules expected `1`', 'cannot find macro `early` in this scope']);
    expect(r.stderr).toContain('a macro with the same name exists, but it appears later');
  });

  it('finds #[macro_export] macros by `crate::` path, even before the definition', () => {
    const out = flat('mod a { pub fn f() -> i32 { crate::m!() } }\n#[macro_export] macro_rules! m { () => { 7 }; }');
    expect(out).toContain('pub fn f() -> i32 { 7 }');
    expect(out).toContain('macro_rules! m');
  });

  it('recurses (tt muncher) and stops at the recursion limit', () => {
    const ok = flat('macro_rules! c { () => { 0 }; ($x:tt $($r:tt)*) => { 1 + c!($($r)*) }; }\nfn f() -> i32 { c!(a b c) }');
    expect(ok).toContain('1 + 1 + 1 + 0');
    const bad = expandSource('macro_rules! r { () => { r!() }; }\nfn f() { r!(); }');
    expect(errors(bad.stderr)).toEqual(['recursion limit reached while expanding `r!`']);
    const lower = expandSource('#![recursion_limit = "4"]\nmacro_rules! c { () => { 0 }; ($x:tt $($r:tt)*) => { 1 + c!($($r)*) }; }\nfn f() -> i32 { c!(a b c d) }');
    expect(errors(lower.stderr)).toEqual(['recursion limit reached while expanding `c!`']);
  });

  it('substitutes a fragment used twice as two distinct nodes', () => {
    const r = expandSource('macro_rules! twice { ($e:expr) => { $e + $e }; }\nfn f() -> i32 { twice!(3) }');
    const tail = fnBody(r.crate, 'f').stmts[0]!;
    const e = (tail.kind as { expr: Expr }).expr;
    if (e.kind.tag !== 'Binary') throw new Error('expected binary');
    expect(e.kind.lhs).not.toBe(e.kind.rhs);
    expect(e.kind.lhs.id).not.toBe(e.kind.rhs.id);
  });

  it('records exported macros for metadata and round-trips them through the encoding', () => {
    const r = expandSource('#[macro_export] macro_rules! sq { ($x:expr) => { $x * $x }; }\nmacro_rules! local { () => {}; }');
    const ex = exportedMacrosOf(r.crate!);
    expect(ex.map((d) => symStr(d.name))).toEqual(['sq']);
    const enc = JSON.parse(JSON.stringify(encodeExportedMacro(ex[0]!)));
    const span = { lo: 0, hi: 0, ctxt: 0 };
    const user = expandSource('fn f() -> i32 { dep::sq!(4) }', {
      externMacros: (c) => (c === 'dep' ? [decodeExportedMacro(enc, span)] : null),
    });
    expect(user.stderr).toBe('');
    expect(user.printed.replace(/\s+/g, ' ')).toContain('fn f() -> i32 { 4 * 4 }');
  });

  it('makes `$crate` in a dependency macro name that crate', () => {
    const dep = expandSource('#[macro_export] macro_rules! call { () => { $crate::helper() }; }');
    const enc = encodeExportedMacro(exportedMacrosOf(dep.crate!)[0]!);
    const user = expandSource('fn f() { dep::call!(); }', { externMacros: (c) => (c === 'dep' ? [decodeExportedMacro(enc, { lo: 0, hi: 0, ctxt: 0 })] : null) });
    expect(user.printed.replace(/\s+/g, ' ')).toContain('::dep::helper();');
  });

  it('keeps item names from the macro usable by the caller (items are not hygienic)', () => {
    const out = flat('macro_rules! mkfn { () => { fn made() -> i32 { 1 } }; }\nmkfn!();\nfn f() -> i32 { made() }');
    expect(out).toContain('fn made() -> i32 { 1 }');
    void ({} as Item);
  });
});

describe('hygiene facts for name resolution', () => {
  it('links expansions of a macro defined in a function body to its definition site, not module-level ones', () => {
    const r = expandSource(`
      macro_rules! top { () => { 1 }; }
      fn f() -> i32 {
        let x = 1;
        macro_rules! local { () => { x + top!() }; }
        local!()
      }
    `);
    expect(r.stderr).toBe('');
    const parents = [...hygieneParentsOf(r.crate!).entries()];
    // `local!` (defined at context 0 inside `f`) then `top!` (module level).
    expect(parents).toEqual([[1, 0], [2, null]]);
  });
});

describe('macro imports', () => {
  it('finds an exported macro through a `use` in another module', () => {
    const out = flat(`
      #[macro_export] macro_rules! seven { () => { 7 }; }
      mod a {
        use crate::seven;
        use crate::{seven as eight};
        pub fn f() -> i32 { seven!() + eight!() }
      }
    `);
    expect(out).toContain('pub fn f() -> i32 { 7 + 7 }');
  });
});

describe('fragments in attributes and incomplete expansions', () => {
  it('substitutes a meta fragment as its tokens, so attributes like cfg read it', () => {
    const out = flat('macro_rules! gated { ($m:meta, $n:ident) => { #[cfg($m)] fn $n() {} }; }\ngated!(any(), gone);\ngated!(all(), kept);');
    expect(out).toContain('fn kept()');
    expect(out).not.toContain('gone');
  });

  it('reports an expansion that stops mid-expression as rustc does', () => {
    const r = expandSource('macro_rules! inc { () => { 1 + } }\nmacro_rules! empty { () => () }\nfn f() { let _a = inc!(); match 1 { _ => { empty!() } } }');
    expect(errors(r.stderr)).toEqual([
      'macro expansion ends with an incomplete expression: expected expression',
      'macro expansion ends with an incomplete expression: expected expression',
    ]);
    expect(r.stderr).toContain("the macro call doesn't expand to an expression, but it can expand to a statement");
  });
});
