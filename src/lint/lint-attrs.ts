// `#[allow(a, tool::b, reason = "...")]` and its siblings `warn`, `deny`, `forbid`, `expect`,
// read from an attribute's tokens (rustc's LintLevelsBuilder::add).
import type { Span } from '../diagnostics/span.ts';
import type * as ast from '../syntax/ast/index.ts';
import { symStr } from '../syntax/symbol.ts';
import type { TokenTree } from '../syntax/token.ts';
import type { Level } from './lint-store.ts';

const ATTR_LEVELS: Readonly<Record<string, Level>> = { allow: 'allow', warn: 'warn', deny: 'deny', forbid: 'forbid', expect: 'expect' };

/** One lint named in an attribute: `tool` for `clippy::x`. */
export interface LintAttrItem {
  readonly name: string;
  readonly tool: string | null;
  /** The name as written, `tool::name` included. */
  readonly span: Span;
  /** Span of the tool segment (E0710 points at it). */
  readonly toolSpan: Span | null;
}

export interface LintAttr {
  readonly level: Level;
  readonly items: readonly LintAttrItem[];
  readonly reason: string | null;
  readonly attr: ast.Attribute;
  /** Pieces that are neither a lint path nor `reason = "..."` (E0452). */
  readonly malformed: readonly Span[];
}

/** The lint level a normal attribute sets (`allow`...), or null for any other attribute. */
export function lintAttrLevel(a: ast.Attribute): Level | null {
  if (a.kind.tag !== 'Normal' || a.kind.path.segments.length !== 1) return null;
  return ATTR_LEVELS[symStr(a.kind.path.segments[0]!.ident.name)] ?? null;
}

/** Whether any of `attrs` is a lint attribute (most nodes have none: cheap to ask first). */
export function hasLintAttr(attrs: readonly ast.Attribute[]): boolean {
  for (const a of attrs) if (lintAttrLevel(a) !== null) return true;
  return false;
}

function unquote(tt: TokenTree | undefined): string | null {
  if (!tt || tt.kind !== 'token' || tt.token.kind !== 'literal') return null;
  const lit = tt.token.lit;
  if (lit.kind !== 'str' && lit.kind !== 'strRaw') return null;
  return symStr(lit.symbol);
}

/** Splits `#[level(...)]`'s tokens at commas into lint paths and the reason. */
export function parseLintAttr(a: ast.Attribute): LintAttr | null {
  const level = lintAttrLevel(a);
  if (level === null || a.kind.tag !== 'Normal') return null;
  const items: LintAttrItem[] = [];
  const malformed: Span[] = [];
  let reason: string | null = null;
  const args = a.kind.args;
  if (args.tag !== 'Delimited') {
    if (args.tag === 'Eq') malformed.push(a.span);
    return { level, items, reason, attr: a, malformed };
  }
  const tts = args.args.tokens;
  let i = 0;
  while (i < tts.length) {
    let j = i;
    while (j < tts.length && !(tts[j]!.kind === 'token' && (tts[j] as { token: { kind: string; p?: string } }).token.kind === 'punct' && (tts[j] as { token: { p?: string } }).token.p === ',')) j++;
    const part = tts.slice(i, j);
    i = j + 1;
    if (part.length === 0) continue;
    const first = part[0]!;
    // `reason = "..."`
    if (part.length === 3 && first.kind === 'token' && first.token.kind === 'ident' && symStr(first.token.sym) === 'reason') {
      const eq = part[1]!;
      const text = eq.kind === 'token' && eq.token.kind === 'punct' && eq.token.p === '=' ? unquote(part[2]) : null;
      if (text !== null) {
        reason = text;
        continue;
      }
    }
    // A path: ident (`::` ident)*
    const segs: { name: string; span: Span }[] = [];
    let ok = true;
    for (let k = 0; k < part.length; k++) {
      const t = part[k]!;
      if (k % 2 === 0) {
        if (t.kind === 'token' && t.token.kind === 'ident') segs.push({ name: symStr(t.token.sym), span: t.token.span });
        else ok = false;
      } else if (!(t.kind === 'token' && t.token.kind === 'punct' && t.token.p === '::')) ok = false;
    }
    if (!ok || segs.length === 0 || part.length % 2 === 0) {
      const lo = first.kind === 'token' ? first.token.span : first.open;
      const lastTt = part[part.length - 1]!;
      const hi = lastTt.kind === 'token' ? lastTt.token.span : lastTt.close;
      malformed.push({ lo: lo.lo, hi: hi.hi, ctxt: lo.ctxt });
      continue;
    }
    const span: Span = { lo: segs[0]!.span.lo, hi: segs[segs.length - 1]!.span.hi, ctxt: segs[0]!.span.ctxt };
    if (segs.length === 1) items.push({ name: segs[0]!.name, tool: null, span, toolSpan: null });
    else items.push({ name: segs.slice(1).map((s) => s.name).join('::'), tool: segs[0]!.name, span, toolSpan: segs[0]!.span });
  }
  return { level, items, reason, attr: a, malformed };
}
