// Helpers for expander unit tests: run the real expand station on a source string with a
// minimal context, or drive the macro_rules! matcher and transcriber directly.
import { DiagCtxt, FatalError } from '../../src/diagnostics/handler.ts';
import { emitHuman } from '../../src/diagnostics/emit-human.ts';
import { SourceMap } from '../../src/diagnostics/source-map.ts';
import { expandCrate } from '../../src/expand/expand.ts';
import type { ExpandCtx } from '../../src/expand/expand-ctx.ts';
import { compileMacroDef } from '../../src/expand/macro-rules/compile-def.ts';
import { computeLocs, matchRule, type MatchResult } from '../../src/expand/macro-rules/matcher.ts';
import type { MacroRulesDef } from '../../src/expand/macro-rules/mbe.ts';
import type { ExternMacro } from '../../src/expand/macro-rules/metadata.ts';
import { transcribe, TranscribeError } from '../../src/expand/macro-rules/transcribe.ts';
import { parseAttrList, parserCursor } from '../../src/expand/parser-cursor.ts';
import type { Crate, Item } from '../../src/syntax/ast/index.ts';
import { lexToTokenTrees, newParseSess, parseCrateFromFile, Parser, type ParseSess } from '../../src/syntax/index.ts';
import { printCrate } from '../../src/syntax/pretty/print.ts';
import { tokenToString } from '../../src/syntax/token-text.ts';
import type { TokenTree } from '../../src/syntax/token.ts';
import { intern } from '../../src/syntax/symbol.ts';

export interface Expanded {
  readonly crate: Crate | null;
  /** The expanded crate printed (without the injected `extern crate`). */
  readonly printed: string;
  readonly stderr: string;
  readonly errors: number;
}

function dcxFor(sm: SourceMap): { dcx: DiagCtxt; out: () => string } {
  let text = '';
  const dcx = new DiagCtxt(sm, { emitter: emitHuman({ color: false }), write: (s) => (text += s), summaryStyle: 'human', explainCommand: 'rustc --explain' });
  return { dcx, out: () => text };
}

/** Parses and expands `src` as a crate named `t` (no std: paths in built-ins are not needed). */
export function expandSource(src: string, opts: { externMacros?: (c: string) => readonly ExternMacro[] | null } = {}): Expanded {
  const sm = new SourceMap();
  const { dcx, out } = dcxFor(sm);
  const psess = newParseSess(sm, dcx, '2021');
  let ctxt = 0;
  const cx: ExpandCtx = {
    sm, dcx, edition: '2021', cfg: [], crateName: 't',
    stdRoot: null, coreRoot: { segments: ['core'], global: false },
    nextNodeId: () => psess.nextNodeId(),
    freshCtxt: () => ++ctxt,
    parseAttrsFromTokens: (tts, like) => parseAttrList(psess, tts, like),
    fileName: () => 't.rs',
    ...(opts.externMacros ? { externMacros: opts.externMacros } : {}),
  };
  let crate: Crate | null = null;
  try {
    const parsed = parseCrateFromFile(psess, sm.addFile('t.rs', src));
    crate = expandCrate(cx, { parseModFile: () => null, cursor: (tts, sp) => parserCursor(psess, tts, sp) }, parsed, 't.rs');
  } catch (e) {
    if (!(e instanceof FatalError)) throw e;
  }
  return { crate, printed: crate ? printCrate(crate) : '', stderr: out(), errors: dcx.errorCount };
}

const CLOSE = { '(': ')', '[': ']', '{': '}', invisible: '' } as const;

/** Tokens separated by single spaces (fragments as `<expr>`), easy to write in expectations. */
export function flatTokens(tts: readonly TokenTree[]): string {
  const out: string[] = [];
  for (const tt of tts) {
    if (tt.kind === 'delimited') {
      const inner = flatTokens(tt.tts);
      out.push(tt.delim === 'invisible' ? inner : `${tt.delim}${inner ? ` ${inner} ` : ''}${CLOSE[tt.delim]}`);
    } else out.push(tt.token.kind === 'interpolated' ? `<${tt.token.nt.tag}>` : tokenToString(tt.token));
  }
  return out.filter((x) => x !== '').join(' ');
}

export interface MacroHarness {
  readonly def: MacroRulesDef;
  readonly stderr: () => string;
  /** Matches `args` against every rule; the first success's rule index and bindings. */
  match(args: string): { ok: true; rule: number; result: MatchResult } | { ok: false; results: MatchResult[] };
  /** Matches and transcribes; the output tokens printed, or the transcription error. */
  expand(args: string): string;
  sess: ParseSess;
}

/** Compiles `macro_rules! m { body }` from source text for direct matcher/transcriber tests. */
export function macroFromSource(body: string): MacroHarness {
  const sm = new SourceMap();
  const { dcx, out } = dcxFor(sm);
  const sess = newParseSess(sm, dcx, '2021');
  const src = `macro_rules! m { ${body} }`;
  const parsed = parseCrateFromFile(sess, sm.addFile('def.rs', src));
  const item = parsed.items[0] as Item;
  if (item.kind.tag !== 'MacroDef') throw new Error('not a macro definition');
  const def = compileMacroDef(dcx, {
    name: intern('m'), body: item.kind.body.tokens, span: item.span, headSpan: item.span, edition: '2021', crate: null, exported: false, defSite: null,
  }, new Parser(sess, []));
  const parserFor = (args: string): Parser => new Parser(sess, lexToTokenTrees(sess, sm.addFile('call.rs', args)));
  const h: MacroHarness = {
    def,
    sess,
    stderr: out,
    match(args) {
      const results: MatchResult[] = [];
      for (let i = 0; i < def.rules.length; i++) {
        const r = matchRule(parserFor(args), computeLocs(def.rules[i]!.lhs), '2021', 'm');
        if (r.tag === 'Success') return { ok: true, rule: i, result: r };
        results.push(r);
        // A fragment that failed to parse ends the whole call, as in the expander.
        if (r.tag === 'ErrorReported' || r.tag === 'Ambiguity') break;
      }
      return { ok: false, results };
    },
    expand(args) {
      const m = h.match(args);
      if (!m.ok || m.result.tag !== 'Success') return '<no match>';
      try {
        const tts = transcribe(def.rules[m.rule]!.rhs, m.result.bindings, {
          ctxt: 1, nextId: () => sess.nextNodeId(), dollarCrate: (sp) => [{ kind: 'token', token: { kind: 'ident', sym: intern('crate'), raw: false, span: sp } }],
        });
        return flatTokens(tts);
      } catch (e) {
        if (e instanceof TranscribeError) return `error: ${e.message}`;
        throw e;
      }
    },
  };
  return h;
}
