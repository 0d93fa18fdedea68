// `#[macro_export]` macros across crates: what a library's metadata stores (the definition's
// tokens, as rustc stores macro_rules! bodies) and the plain-JSON form of those tokens.
import type { Span } from '../../diagnostics/span.ts';
import type { Edition } from '../../syntax/edition.ts';
import { intern, symStr } from '../../syntax/symbol.ts';
import type { Delim, LitKind, PunctKind, TokenTree } from '../../syntax/token.ts';
import type { MacroRulesDef } from './mbe.ts';

/** An exported macro as a dependency provides it (ExpandCtx.externMacros). */
export interface ExternMacro {
  readonly name: string;
  /** The crate that defines it, when a crate re-exports another's macro (`$crate` names it). */
  readonly crate?: string;
  readonly edition: Edition;
  /** The tokens inside the definition's outer delimiters. */
  readonly tokens: readonly TokenTree[];
  /** Used for every token and for diagnostics pointing at the definition. */
  readonly span: Span;
}

/** JSON-friendly token tree: symbols as strings, no spans. */
export type EncodedTT =
  | readonly ['p', PunctKind, boolean]
  | readonly ['i', string, boolean]
  | readonly ['l', string]
  | readonly ['L', LitKind, string, string | null, number]
  | readonly ['d', Delim, readonly EncodedTT[]]
  | readonly ['c', 'outer' | 'inner', 'line' | 'block', string];

export function encodeTokens(tts: readonly TokenTree[]): EncodedTT[] {
  const out: EncodedTT[] = [];
  for (const tt of tts) {
    if (tt.kind === 'delimited') {
      out.push(['d', tt.delim, encodeTokens(tt.tts)]);
      continue;
    }
    const t = tt.token;
    switch (t.kind) {
      case 'punct': out.push(['p', t.p, t.joint]); break;
      case 'ident': out.push(['i', symStr(t.sym), t.raw]); break;
      case 'lifetime': out.push(['l', symStr(t.sym)]); break;
      case 'literal': out.push(['L', t.lit.kind, symStr(t.lit.symbol), t.lit.suffix === null ? null : symStr(t.lit.suffix), t.lit.rawHashes ?? 0]); break;
      case 'doc': out.push(['c', t.style, t.comment, symStr(t.sym)]); break;
      // A parsed fragment left inside a generated definition has no token form; dropped.
      case 'interpolated': case 'open': case 'close': case 'eof': break;
    }
  }
  return out;
}

export function decodeTokens(enc: readonly EncodedTT[], span: Span): TokenTree[] {
  return enc.map((e): TokenTree => {
    switch (e[0]) {
      case 'p': return { kind: 'token', token: { kind: 'punct', p: e[1], joint: e[2], span } };
      case 'i': return { kind: 'token', token: { kind: 'ident', sym: intern(e[1]), raw: e[2], span } };
      case 'l': return { kind: 'token', token: { kind: 'lifetime', sym: intern(e[1]), span } };
      case 'L': {
        const lit = { kind: e[1], symbol: intern(e[2]), suffix: e[3] === null ? null : intern(e[3]), ...(e[4] ? { rawHashes: e[4] } : {}) };
        return { kind: 'token', token: { kind: 'literal', lit, span } };
      }
      case 'd': return { kind: 'delimited', delim: e[1], open: span, close: span, tts: decodeTokens(e[2], span) };
      case 'c': return { kind: 'token', token: { kind: 'doc', style: e[1], comment: e[2], sym: intern(e[3]), span } };
    }
  });
}

/** What a library's metadata records for one exported macro. */
export interface EncodedMacro {
  readonly name: string;
  /** Defining crate of a re-exported macro (`pub use core::matches;`); absent: this crate. */
  readonly crate?: string;
  readonly edition: Edition;
  readonly tokens: readonly EncodedTT[];
}

export function encodeExportedMacro(def: MacroRulesDef): EncodedMacro {
  return { name: symStr(def.name), edition: def.edition, tokens: encodeTokens(def.body) };
}

export function decodeExportedMacro(m: EncodedMacro, span: Span): ExternMacro {
  const base = { name: m.name, edition: m.edition, tokens: decodeTokens(m.tokens, span), span };
  return m.crate === undefined ? base : { ...base, crate: m.crate };
}

/** A dependency's macro that this crate re-exports with a root-level `pub use dep::name;`. */
export function encodeReexportedMacro(m: ExternMacro, definingCrate: string): EncodedMacro {
  return { name: m.name, crate: m.crate ?? definingCrate, edition: m.edition, tokens: encodeTokens(m.tokens) };
}
