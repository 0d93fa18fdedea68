import { intern, symStr } from '../../syntax/symbol.ts';
import type { TokenTree } from '../../syntax/token.ts';

/**
 * Doc comments in macro arguments are matched as the attributes they mean:
 * `/// text` -> `#[doc = r"text"]`, `//! text` -> `#![doc = r"text"]` (rustc's desugaring).
 */
export function desugarDocComments(tts: readonly TokenTree[]): readonly TokenTree[] {
  if (!hasDoc(tts)) return tts;
  const out: TokenTree[] = [];
  for (const tt of tts) {
    if (tt.kind === 'delimited') {
      out.push({ ...tt, tts: desugarDocComments(tt.tts) });
      continue;
    }
    const t = tt.token;
    if (t.kind !== 'doc') {
      out.push(tt);
      continue;
    }
    const text = symStr(t.sym);
    let hashes = 0;
    let run = 0;
    for (const ch of text) {
      run = ch === '"' ? 1 : ch === '#' && run > 0 ? run + 1 : 0;
      hashes = Math.max(hashes, run);
    }
    const sp = t.span;
    out.push({ kind: 'token', token: { kind: 'punct', p: '#', span: sp, joint: false } });
    if (t.style === 'inner') out.push({ kind: 'token', token: { kind: 'punct', p: '!', span: sp, joint: false } });
    out.push({
      kind: 'delimited', delim: '[', open: sp, close: sp, tts: [
        { kind: 'token', token: { kind: 'ident', sym: intern('doc'), raw: false, span: sp } },
        { kind: 'token', token: { kind: 'punct', p: '=', span: sp, joint: false } },
        { kind: 'token', token: { kind: 'literal', lit: { kind: 'strRaw', symbol: t.sym, suffix: null, rawHashes: hashes }, span: sp } },
      ],
    });
  }
  return out;
}

function hasDoc(tts: readonly TokenTree[]): boolean {
  return tts.some((t) => (t.kind === 'delimited' ? hasDoc(t.tts) : t.token.kind === 'doc'));
}
