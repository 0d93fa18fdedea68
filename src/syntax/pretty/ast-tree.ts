// `-Z unpretty=ast-tree`: the AST as an indented tree in the style of Rust's `{:#?}`.
// Node kinds print by tag, identifiers and symbols as text, spans as `file:line:col: line:col`
// when a source map is given (raw positions otherwise).
import type { Crate } from '../ast/item.ts';
import type { SourceMap } from '../../diagnostics/source-map.ts';
import { symStr } from '../symbol.ts';

/** Type names for untagged node objects, by the field that holds them. */
const NODE_NAMES: Record<string, string> = {
  items: 'Item', item: 'Item', vis: 'Visibility', ident: 'Ident', generics: 'Generics', whereClause: 'WhereClause',
  sig: 'FnSig', header: 'FnHeader', decl: 'FnDecl', inputs: 'Param', pat: 'Pat', pats: 'Pat', sub: 'Pat', ty: 'Ty',
  tys: 'Ty', selfTy: 'Ty', boundedTy: 'Ty', expr: 'Expr', lhs: 'Expr', rhs: 'Expr', receiver: 'Expr', func: 'Expr',
  cond: 'Expr', scrutinee: 'Expr', iter: 'Expr', guard: 'Expr', elem: 'Expr', index: 'Expr', elems: 'Expr',
  stmts: 'Stmt', block: 'Block', then: 'Block', els: 'Block', arms: 'Arm', attrs: 'Attribute', segments: 'PathSegment',
  path: 'Path', params: 'GenericParam', variants: 'Variant', local: 'Local', mac: 'MacCall', lit: 'Lit', token: 'TokenLit',
  lifetime: 'Lifetime', label: 'Label', qself: 'QSelf', tree: 'UseTree', prefix: 'Path', args: 'DelimArgs',
};

/** Field names whose numbers are interned symbols. */
const SYMBOL_FIELDS = new Set(['name', 'sym', 'symbol', 'suffix', 'orig', 'abi']);

export interface AstTreeOptions {
  readonly sourceMap?: SourceMap;
}

export function printAstTree(krate: Crate, opts: AstTreeOptions = {}): string {
  return new TreePrinter(opts.sourceMap ?? null).value(krate, 0, 'Crate') + '\n';
}

function isSpan(v: unknown): v is { lo: number; hi: number; ctxt: number } {
  if (typeof v !== 'object' || v === null) return false;
  const o = v as Record<string, unknown>;
  return typeof o.lo === 'number' && typeof o.hi === 'number' && typeof o.ctxt === 'number' && Object.keys(o).length === 3;
}

class TreePrinter {
  constructor(private readonly sm: SourceMap | null) {}

  private span(s: { lo: number; hi: number; ctxt: number }): string {
    if (this.sm) {
      const a = this.sm.lookup(s.lo);
      const b = this.sm.lookup(s.hi);
      if (a && b) return `${a.file.name}:${a.line}:${a.col}: ${b.line}:${b.col}${s.ctxt ? ` (#${s.ctxt})` : ''}`;
    }
    return `${s.lo}..${s.hi}${s.ctxt ? ` (#${s.ctxt})` : ''}`;
  }

  value(v: unknown, ind: number, typeName: string | null = null, key = ''): string {
    const pad = '    '.repeat(ind + 1);
    const end = '    '.repeat(ind);
    if (v === null || v === undefined) return 'None';
    if (typeof v === 'bigint') return v.toString();
    if (typeof v === 'number') {
      if (SYMBOL_FIELDS.has(key)) {
        try {
          return JSON.stringify(symStr(v as never));
        } catch {
          return String(v);
        }
      }
      return String(v);
    }
    if (typeof v === 'string') return JSON.stringify(v);
    if (typeof v === 'boolean') return String(v);
    if (v instanceof Uint8Array) return `b${JSON.stringify(String.fromCharCode(...v))}`;
    if (isSpan(v)) return this.span(v);
    if (v instanceof Set) return `{${[...v].map((x) => this.value(x, ind + 1)).join(', ')}}`;
    if (Array.isArray(v)) {
      if (v.length === 0) return '[]';
      return `[\n${v.map((x) => pad + this.value(x, ind + 1, null, key) + ',').join('\n')}\n${end}]`;
    }
    const o = v as Record<string, unknown>;
    const name = typeof o.tag === 'string' ? o.tag : (typeName ?? NODE_NAMES[key] ?? '');
    const keys = Object.keys(o).filter((k) => k !== 'tag');
    if (keys.length === 0) return name;
    const fields = keys.map((k) => `${pad}${k}: ${this.value(o[k], ind + 1, null, k)},`);
    return `${name}${name ? ' ' : ''}{\n${fields.join('\n')}\n${end}}`;
  }
}
