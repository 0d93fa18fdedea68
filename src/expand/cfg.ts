import type { TokenTree } from '../syntax/token.ts';
import { symStr } from '../syntax/symbol.ts';

/** A parsed `cfg(...)` predicate. */
export type CfgPredicate =
  | { readonly tag: 'Option'; readonly name: string; readonly value: string | null }
  | { readonly tag: 'All'; readonly preds: readonly CfgPredicate[] }
  | { readonly tag: 'Any'; readonly preds: readonly CfgPredicate[] }
  | { readonly tag: 'Not'; readonly pred: CfgPredicate }
  | { readonly tag: 'Bool'; readonly value: boolean };

export interface CfgParseError {
  readonly message: string;
  readonly at: TokenTree | null;
}

/** Parses the tokens inside `cfg( ... )` into one predicate. */
export function parseCfgPredicate(tts: readonly TokenTree[]): CfgPredicate | CfgParseError {
  const items = splitCommas(tts);
  if (items.length !== 1) return { message: items.length === 0 ? '`cfg` predicate is not specified' : 'multiple `cfg` predicates are specified', at: tts[0] ?? null };
  return parseOne(items[0]!);
}

function splitCommas(tts: readonly TokenTree[]): TokenTree[][] {
  const out: TokenTree[][] = [];
  let cur: TokenTree[] = [];
  for (const tt of tts) {
    if (tt.kind === 'token' && tt.token.kind === 'punct' && tt.token.p === ',') {
      out.push(cur);
      cur = [];
    } else cur.push(tt);
  }
  if (cur.length > 0) out.push(cur);
  return out;
}

function parseOne(tts: readonly TokenTree[]): CfgPredicate | CfgParseError {
  const head = tts[0];
  if (!head || head.kind !== 'token' || head.token.kind !== 'ident') {
    if (head?.kind === 'token' && head.token.kind === 'literal' && head.token.lit.kind === 'bool') {
      return { tag: 'Bool', value: symStr(head.token.lit.symbol) === 'true' };
    }
    return { message: 'expected identifier, found literal', at: head ?? null };
  }
  const name = symStr(head.token.sym);
  if (tts.length === 1) {
    if (name === 'true' || name === 'false') return { tag: 'Bool', value: name === 'true' };
    return { tag: 'Option', name, value: null };
  }
  const second = tts[1]!;
  if (second.kind === 'token' && second.token.kind === 'punct' && second.token.p === '=') {
    const lit = tts[2];
    if (!lit || lit.kind !== 'token' || lit.token.kind !== 'literal' || (lit.token.lit.kind !== 'str' && lit.token.lit.kind !== 'strRaw')) {
      return { message: 'expected a literal', at: lit ?? second };
    }
    return { tag: 'Option', name, value: symStr(lit.token.lit.symbol) };
  }
  if (second.kind === 'delimited' && second.delim === '(' && tts.length === 2) {
    const parts = splitCommas(second.tts);
    const preds: CfgPredicate[] = [];
    for (const p of parts) {
      const r = parseOne(p);
      if ('message' in r) return r;
      preds.push(r);
    }
    if (name === 'all') return { tag: 'All', preds };
    if (name === 'any') return { tag: 'Any', preds };
    if (name === 'not') {
      if (preds.length !== 1) return { message: 'expected 1 cfg-pattern', at: second };
      return { tag: 'Not', pred: preds[0]! };
    }
    return { message: `invalid predicate \`${name}\``, at: head };
  }
  return { message: 'expected `,`, found tokens after the predicate', at: second };
}

export type CfgSet = ReadonlyArray<readonly [string, string | null]>;

export function evalCfg(pred: CfgPredicate, set: CfgSet): boolean {
  switch (pred.tag) {
    case 'Bool': return pred.value;
    case 'Option': return set.some(([n, v]) => n === pred.name && v === pred.value);
    case 'All': return pred.preds.every((p) => evalCfg(p, set));
    case 'Any': return pred.preds.some((p) => evalCfg(p, set));
    case 'Not': return !evalCfg(pred.pred, set);
  }
}
