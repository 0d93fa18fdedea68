import type * as ast from '../syntax/ast/index.ts';
import type { TokenTree } from '../syntax/token.ts';
import { symStr } from '../syntax/symbol.ts';
import type { ReprOptions } from '../ty/adt.ts';
import type { IntTy, UintTy } from '../ty/ty.ts';
import { NO_ATTRS, type CrateAttrs, type ItemAttrs, type OnUnimplemented } from './attrs.ts';

/** The single-identifier name of an attribute (`inline` for `#[inline(always)]`), or null. */
export function attrName(a: ast.Attribute): string | null {
  if (a.kind.tag !== 'Normal') return null;
  const segs = a.kind.path.segments;
  return segs.length === 1 ? symStr(segs[0]!.ident.name) : null;
}

/** `#[name = "value"]` -> value. */
export function attrStrValue(a: ast.Attribute): string | null {
  if (a.kind.tag !== 'Normal' || a.kind.args.tag !== 'Eq') return null;
  const e = a.kind.args.expr;
  if (e.kind.tag === 'Lit' && e.kind.lit.value.tag === 'Str') return e.kind.lit.value.value;
  return null;
}

/** Identifier (and literal) words inside `#[name(a, b(c))]`, flattened with nesting kept. */
export interface AttrWord {
  readonly word: string;
  readonly inner: readonly AttrWord[];
}

export function attrList(a: ast.Attribute): readonly AttrWord[] {
  if (a.kind.tag !== 'Normal' || a.kind.args.tag !== 'Delimited') return [];
  return words(a.kind.args.args.tokens);
}

function words(tts: readonly TokenTree[]): AttrWord[] {
  const out: { word: string; inner: AttrWord[] }[] = [];
  for (const tt of tts) {
    if (tt.kind === 'delimited') {
      const last = out[out.length - 1];
      if (last) last.inner = words(tt.tts);
      continue;
    }
    const tok = tt.token;
    if (tok.kind === 'ident') out.push({ word: symStr(tok.sym), inner: [] });
    else if (tok.kind === 'literal') out.push({ word: symStr(tok.lit.symbol), inner: [] });
  }
  return out;
}

const INTS = new Set(['i8', 'i16', 'i32', 'i64', 'i128', 'isize']);
const UINTS = new Set(['u8', 'u16', 'u32', 'u64', 'u128', 'usize']);

function parseRepr(list: readonly AttrWord[], prev: ReprOptions | null): ReprOptions {
  let r: ReprOptions = prev ?? { c: false, transparent: false, packed: null, align: null, int: null };
  for (const w of list) {
    if (w.word === 'C') r = { ...r, c: true };
    else if (w.word === 'transparent') r = { ...r, transparent: true };
    else if (w.word === 'packed') r = { ...r, packed: w.inner[0] ? Number(w.inner[0].word) : 1 };
    else if (w.word === 'align' && w.inner[0]) r = { ...r, align: Number(w.inner[0].word) };
    else if (INTS.has(w.word)) r = { ...r, int: w.word as IntTy };
    else if (UINTS.has(w.word)) r = { ...r, int: w.word as UintTy };
  }
  return r;
}

/** `key = "value"` pairs at the top level of `#[name(...)]` (nested lists are skipped). */
function keyValues(a: ast.Attribute): [string, string][] {
  if (a.kind.tag !== 'Normal' || a.kind.args.tag !== 'Delimited') return [];
  const tts = a.kind.args.args.tokens;
  const out: [string, string][] = [];
  for (let i = 0; i + 2 < tts.length; i++) {
    const k = tts[i]!, eq = tts[i + 1]!, v = tts[i + 2]!;
    if (k.kind !== 'token' || eq.kind !== 'token' || v.kind !== 'token') continue;
    if (k.token.kind !== 'ident' || eq.token.kind !== 'punct' || eq.token.p !== '=' || v.token.kind !== 'literal') continue;
    out.push([symStr(k.token.sym), unescapeStr(symStr(v.token.lit.symbol))]);
  }
  return out;
}

/** The text of a plain string literal's source form (`\"` and `\\` escapes). */
function unescapeStr(s: string): string {
  return s.replace(/\\(.)/g, '$1');
}

function parseOnUnimplemented(a: ast.Attribute): OnUnimplemented {
  let message: string | null = null;
  let label: string | null = null;
  const notes: string[] = [];
  for (const [k, v] of keyValues(a)) {
    if (k === 'message') message = v;
    else if (k === 'label') label = v;
    else if (k === 'note') notes.push(v);
  }
  return { message, label, notes };
}

/** The attributes of an item that later stations need. */
export function parseItemAttrs(attrs: readonly ast.Attribute[], inIntrinsicBlock = false): ItemAttrs {
  if (attrs.length === 0 && !inIntrinsicBlock) return NO_ATTRS;
  let out: ItemAttrs = inIntrinsicBlock ? { ...NO_ATTRS, intrinsic: true } : NO_ATTRS;
  for (const a of attrs) {
    const name = attrName(a);
    switch (name) {
      case 'lang': out = { ...out, lang: attrStrValue(a) }; break;
      case 'no_mangle': out = { ...out, noMangle: true }; break;
      case 'export_name': out = { ...out, exportName: attrStrValue(a) }; break;
      case 'link_name': out = { ...out, linkName: attrStrValue(a) }; break;
      case 'inline': {
        const w = attrList(a)[0]?.word;
        out = { ...out, inline: w === 'always' ? 'always' : w === 'never' ? 'never' : 'hint' };
        break;
      }
      case 'cold': out = { ...out, cold: true }; break;
      case 'naked': out = { ...out, naked: true }; break;
      case 'track_caller': out = { ...out, trackCaller: true }; break;
      case 'panic_handler': out = { ...out, panicHandler: true }; break;
      case 'link_section': out = { ...out, linkSection: attrStrValue(a) }; break;
      case 'used': out = { ...out, used: true }; break;
      case 'repr': out = { ...out, repr: parseRepr(attrList(a), out.repr) }; break;
      case 'rustc_intrinsic': out = { ...out, intrinsic: true }; break;
      case 'rustc_on_unimplemented': out = { ...out, onUnimplemented: parseOnUnimplemented(a) }; break;
      case 'must_use': out = { ...out, mustUse: attrStrValue(a) }; break;
      case 'rustc_skip_array_during_method_dispatch': out = { ...out, skipArrayDuringMethodDispatch: true }; break;
      default: break;
    }
  }
  return out;
}

export function parseCrateAttrs(attrs: readonly ast.Attribute[]): CrateAttrs {
  const has = (n: string): boolean => attrs.some((a) => a.style === 'inner' && attrName(a) === n);
  return {
    noStd: has('no_std'),
    noCore: has('no_core'),
    noMain: has('no_main'),
    noBuiltins: has('no_builtins'),
    compilerBuiltins: has('compiler_builtins'),
  };
}
