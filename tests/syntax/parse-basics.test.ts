// The foundation subset parses into the expected AST shapes.
import { describe, expect, it } from 'vitest';
import { parseSource, parserFor } from './helpers.ts';
import type { Expr } from '../../src/syntax/ast/expr.ts';
import { symStr } from '../../src/syntax/symbol.ts';

/** Fully parenthesized rendering of an expression, to check precedence. */
function sexpr(e: Expr): string {
  const k = e.kind;
  switch (k.tag) {
    case 'Binary': return `(${sexpr(k.lhs)} ${k.op} ${sexpr(k.rhs)})`;
    case 'Assign': return `(${sexpr(k.lhs)} = ${sexpr(k.rhs)})`;
    case 'AssignOp': return `(${sexpr(k.lhs)} ${k.op}= ${sexpr(k.rhs)})`;
    case 'Unary': return `(${k.op === 'Neg' ? '-' : k.op === 'Not' ? '!' : '*'}${sexpr(k.expr)})`;
    case 'Cast': return `(${sexpr(k.expr)} as ty)`;
    case 'Lit': return k.lit.value.tag === 'Int' ? String(k.lit.value.value) : symStr(k.lit.token.symbol);
    case 'Path': return k.path.segments.map((s) => symStr(s.ident.name)).join('::');
    case 'Range': return `(${k.start ? sexpr(k.start) : ''}${k.limits === 'Closed' ? '..=' : '..'}${k.end ? sexpr(k.end) : ''})`;
    case 'Field': return `${sexpr(k.expr)}.${symStr(k.ident.name)}`;
    case 'MethodCall': return `${sexpr(k.receiver)}.${symStr(k.seg.ident.name)}(${k.args.map(sexpr).join(', ')})`;
    case 'Call': return `${sexpr(k.func)}(${k.args.map(sexpr).join(', ')})`;
    case 'Index': return `${sexpr(k.expr)}[${sexpr(k.index)}]`;
    case 'Paren': return `(${sexpr(k.expr)})`;
    case 'Try': return `${sexpr(k.expr)}?`;
    case 'AddrOf': return `(&${k.mutbl === 'mut' ? 'mut ' : ''}${sexpr(k.expr)})`;
    default: return k.tag;
  }
}

function expr(src: string): string {
  const { p, out } = parserFor(src);
  const e = p.parseExpr();
  expect(out()).toBe('');
  expect(p.isEof()).toBe(true);
  return sexpr(e);
}

describe('expression precedence', () => {
  it.each([
    ['1 + 2 * 3', '(1 + (2 * 3))'],
    ['1 * 2 + 3', '((1 * 2) + 3)'],
    ['a - b - c', '((a - b) - c)'],
    ['a = b = c', '(a = (b = c))'],
    ['a += b * c', '(a += (b * c))'],
    ['a || b && c', '(a || (b && c))'],
    ['a == b && c < d', '((a == b) && (c < d))'],
    ['a | b ^ c & d', '(a | (b ^ (c & d)))'],
    ['a << b + c', '(a << (b + c))'],
    ['-a * b', '((-a) * b)'],
    ['-x as u8', '((-x) as ty)'],
    ['a as u32 + 1', '((a as ty) + 1)'],
    ['!a.b()', '(!a.b())'],
    ['*p.q', '(*p.q)'],
    ['&mut a[0]', '(&mut a[0])'],
    ['a..b', '(a..b)'],
    ['a..=b + 1', '(a..=(b + 1))'],
    ['..b', '(..b)'],
    ['x = a..b', '(x = (a..b))'],
    ['t.0.1', 't.0.1'],
    ['f(1, 2)?.g::<u8>(x)', 'f(1, 2)?.g(x)'],
  ])('%s', (src, want) => {
    expect(expr(src)).toBe(want);
  });
});

describe('items and statements', () => {
  it('parses the foundation subset without errors', () => {
    const src = `
#![no_std]
#[lang = "start"]
fn start(main: fn(), _argc: isize) -> isize { main(); 0 }
const N: usize = 20;
static mut COUNT: u32 = 0;
struct P { x: i32, y: i32 }
struct T(u8, u16);
struct U;
impl P { fn new(x: i32) -> Self { P { x, y: 0 } } fn sum(&self) -> i32 { self.x + self.y } }
trait Tr { fn f(&self) -> u8; fn g(&mut self) {} }
#[cfg(target_os = "linux")]
extern "C" fn cb(p: *const u8, n: usize) -> *mut u8 { unsafe { p as *mut u8 } }
fn main() {
    let mut a = [0u8; 20];
    let b: [u8; 3] = [1, 2, 3];
    let t = (1, 2);
    let x = t.0 + t.1;
    let mut i = 0;
    'outer: loop {
        while i < 10 { i += 1; if i == 5 { continue 'outer; } }
        break 'outer;
    }
    let v = loop { break 42; };
    for j in 0..10 { a[j] = j as u8; }
    for j in 0..=9 { let _ = j; }
    if x > 1 { println!("{}", x); } else if x < 0 { print!("neg"); } else { eprintln!("{:?}", x) }
    let s = P { x: 1, y: 2 };
    if s.x == 1 {}
    std::process::exit(v - 42);
    return;
}
`;
    const r = parseSource(src);
    expect(r.stderr).toBe('');
    expect(r.crate!.items.length).toBe(10);
    expect(r.crate!.attrs.length).toBe(1);
  });

  it('keeps macro calls as MacCall statements with token-tree args', () => {
    const r = parseSource('fn main() { println!("{}", 1 + 2); let v = vec![1, 2]; m! { x } }');
    expect(r.stderr).toBe('');
    const f = r.crate!.items[0]!.kind;
    if (f.tag !== 'Fn') throw new Error('not fn');
    const stmts = f.body!.stmts;
    expect(stmts[0]!.kind.tag).toBe('MacCall');
    const m = stmts[0]!.kind as { tag: 'MacCall'; mac: { args: { tokens: readonly unknown[] } }; style: string };
    expect(m.style).toBe('semicolon');
    expect(m.mac.args.tokens.length).toBe(5);
    expect(stmts[2]!.kind.tag).toBe('MacCall');
  });

  it('reports a missing semicolon once and keeps parsing', () => {
    const r = parseSource('fn main() {\n    let x = 5\n    let y = 6;\n}\nfn g() {}\n');
    expect(r.errors).toBe(1);
    expect(r.crate!.items.length).toBe(2);
  });
});

describe('split tokens', () => {
  it('reads `&&` as two borrows in expressions, patterns and types', () => {
    const r = parseSource('fn f(a: &&u8) { let &&b = &&c; }');
    expect(r.stderr).toBe('');
    const f = r.crate!.items[0]!.kind as unknown as { tag: 'Fn'; sig: { decl: { inputs: { ty: { kind: { tag: string; ty: { kind: { tag: string; ty: { kind: { tag: string } } } } } } }[] } }; body: { stmts: { kind: { local: { pat: { kind: { tag: string; pat: { kind: { tag: string; pat: { kind: { tag: string } } } } } }; init: { expr: { kind: { tag: string; expr: { kind: { tag: string; expr: { kind: { tag: string } } } } } } } } } }[] } };
    const ty = f.sig.decl.inputs[0]!.ty;
    expect([ty.kind.tag, ty.kind.ty.kind.tag, ty.kind.ty.kind.ty.kind.tag]).toEqual(['Ref', 'Ref', 'Path']);
    const local = f.body.stmts[0]!.kind.local;
    expect([local.pat.kind.tag, local.pat.kind.pat.kind.tag, local.pat.kind.pat.kind.pat.kind.tag]).toEqual(['Ref', 'Ref', 'Ident']);
    const e = local.init.expr;
    expect([e.kind.tag, e.kind.expr.kind.tag, e.kind.expr.kind.expr.kind.tag]).toEqual(['AddrOf', 'AddrOf', 'Path']);
  });
});
