import type { Span } from '../../diagnostics/span.ts';
import type { InlineAsm, InlineAsmOperand, InlineAsmOperandSpanned, InlineAsmOption, InlineAsmRegOrClass, InlineAsmTemplatePiece } from '../../syntax/ast/index.ts';
import { intern, symStr } from '../../syntax/symbol.ts';
import type { ArgCursor } from '../arg-cursor.ts';
import type { ExpandCtx } from '../expand-ctx.ts';
import { templateSpan } from './format-args.ts';

const OPTIONS: readonly InlineAsmOption[] = ['pure', 'nomem', 'readonly', 'preserves_flags', 'noreturn', 'nostack', 'att_syntax', 'raw', 'may_unwind'];
const GLOBAL_OPTIONS: readonly InlineAsmOption[] = ['att_syntax', 'raw'];

/** Parses the arguments of `asm!` / `global_asm!` (rustc's rustc_builtin_macros::asm). */
export function parseAsm(cx: ExpandCtx, args: ArgCursor, macroSpan: Span, global: boolean): InlineAsm | null {
  const templates: { value: string; span: Span; raw: boolean }[] = [];
  const operands: InlineAsmOperandSpanned[] = [];
  const names = new Map<string, number>();
  const options = new Set<InlineAsmOption>();
  const clobberAbis: { abi: ReturnType<typeof intern>; span: Span }[] = [];
  if (args.isEof()) {
    cx.dcx.err('requires at least a template string argument').primary(macroSpan).emit();
    return null;
  }
  const first = args.eatStrLit();
  if (first === null) {
    args.error('asm template must be a string literal');
    return null;
  }
  templates.push(first);
  while (!args.isEof()) {
    if (!args.expectComma()) return null;
    if (args.isEof()) break;
    const lit = args.eatStrLit();
    if (lit) {
      if (operands.length > 0 || options.size > 0) {
        cx.dcx.err('template strings must be placed before operands and options').primary(lit.span).emit();
        return null;
      }
      templates.push(lit);
      continue;
    }
    const word = args.peekIdent();
    if (word === 'options') {
      args.bumpIdent();
      const group = args.eatParenGroup();
      if (!group) {
        args.error('expected `(`');
        return null;
      }
      while (!group.isEof()) {
        const o = group.peekIdent();
        if (o === null || !OPTIONS.includes(o as InlineAsmOption) || (global && !GLOBAL_OPTIONS.includes(o as InlineAsmOption))) {
          group.error(`expected one of ${(global ? GLOBAL_OPTIONS : OPTIONS).map((x) => `\`${x}\``).join(', ')}`);
          return null;
        }
        group.bumpIdent();
        options.add(o as InlineAsmOption);
        if (!group.isEof() && !group.expectComma()) return null;
      }
      continue;
    }
    if (word === 'clobber_abi' && !global) {
      const kw = args.bumpIdent();
      const group = args.eatParenGroup();
      const abi = group?.eatStrLit();
      if (!abi) {
        args.error('expected string literal');
        return null;
      }
      clobberAbis.push({ abi: intern(abi.value), span: kw.span });
      continue;
    }
    // An operand, possibly named: `name = in(reg) x`.
    const start = args.span;
    const name = args.eatNamedArgPrefix();
    const op = parseOperand(cx, args, global);
    if (op === null) return null;
    const span = { lo: start.lo, hi: args.span.lo, ctxt: start.ctxt };
    if (name) {
      const n = symStr(name.name);
      if (names.has(n)) {
        cx.dcx.err(`duplicate argument named \`${n}\``).primary(span, 'duplicate argument').emit();
        return null;
      }
      names.set(n, operands.length);
    }
    operands.push({ op, span });
  }
  const explicit = (i: number): boolean => {
    const op = operands[i]!.op;
    return 'reg' in op && op.reg.tag === 'Reg';
  };
  const positionalCount = operands.length - names.size;
  const pieces: InlineAsmTemplatePiece[] = [];
  const lineSpans: Span[] = [];
  let next = 0;
  for (let t = 0; t < templates.length; t++) {
    const tpl = templates[t]!;
    lineSpans.push(tpl.span);
    if (t > 0) pieces.push({ tag: 'String', text: '\n' });
    const s = tpl.value;
    let lit = '';
    for (let i = 0; i < s.length; i++) {
      const c = s[i]!;
      if (c === '{' && s[i + 1] === '{') { lit += '{'; i++; continue; }
      if (c === '}' && s[i + 1] === '}') { lit += '}'; i++; continue; }
      if (c === '}') {
        cx.dcx.err('invalid asm template string: unmatched `}` found').primary(templateSpan(cx, tpl.span, tpl.raw, i, i + 1)).emit();
        return null;
      }
      if (c !== '{') { lit += c; continue; }
      const close = s.indexOf('}', i);
      if (close < 0) {
        cx.dcx.err('invalid asm template string: expected `}` but string was terminated').primary(tpl.span).emit();
        return null;
      }
      const inner = s.slice(i + 1, close);
      const colon = inner.indexOf(':');
      const ref = (colon < 0 ? inner : inner.slice(0, colon)).trim();
      const modifier = colon < 0 ? null : inner.slice(colon + 1).trim() || null;
      const phSpan = templateSpan(cx, tpl.span, tpl.raw, i, close + 1);
      let idx: number;
      if (ref === '') idx = next++;
      else if (/^[0-9]+$/.test(ref)) idx = Number(ref);
      else {
        const n = names.get(ref);
        if (n === undefined) {
          cx.dcx.err(`there is no argument named \`${ref}\``).primary(phSpan).emit();
          return null;
        }
        idx = n;
      }
      if (idx >= operands.length || (ref === '' || /^[0-9]+$/.test(ref)) && idx >= positionalCount) {
        cx.dcx.err(`invalid reference to argument at index ${idx}`).primary(phSpan, 'from here').emit();
        return null;
      }
      if (explicit(idx)) {
        cx.dcx.err('invalid reference to argument at index ' + idx).primary(phSpan).note('explicit register arguments cannot be used in the asm template').emit();
        return null;
      }
      if (lit !== '') pieces.push({ tag: 'String', text: lit });
      lit = '';
      pieces.push({ tag: 'Placeholder', operandIdx: idx, modifier, span: phSpan });
      i = close;
    }
    if (lit !== '') pieces.push({ tag: 'String', text: lit });
  }
  return { template: pieces, operands, clobberAbis, options, lineSpans, global };
}

function parseOperand(cx: ExpandCtx, args: ArgCursor, global: boolean): InlineAsmOperand | null {
  const dir = args.peekIdent();
  if (dir === 'const') {
    args.bumpIdent();
    const e = args.parseExpr();
    return e ? { tag: 'Const', anonConst: { id: cx.nextNodeId(), value: e } } : null;
  }
  if (dir === 'sym') {
    args.bumpIdent();
    const e = args.parseExpr();
    if (!e || e.kind.tag !== 'Path') {
      args.error('expected a path for argument to `sym`');
      return null;
    }
    return { tag: 'Sym', qself: e.kind.qself, path: e.kind.path };
  }
  if (global || dir === null || !['in', 'out', 'lateout', 'inout', 'inlateout'].includes(dir)) {
    args.error(global ? 'expected one of `const` or `sym`' : 'expected one of `clobber_abi`, `const`, `in`, `inlateout`, `inout`, `lateout`, `options`, `out`, `sym`, or a string literal');
    return null;
  }
  args.bumpIdent();
  const group = args.eatParenGroup();
  if (!group) {
    args.error('expected `(`');
    return null;
  }
  let reg: InlineAsmRegOrClass;
  const explicit = group.eatStrLit();
  if (explicit) reg = { tag: 'Reg', name: intern(explicit.value) };
  else {
    const cls = group.peekIdent();
    if (cls === null) {
      group.error('expected register class or explicit register');
      return null;
    }
    reg = { tag: 'RegClass', name: group.bumpIdent().name };
  }
  const late = dir === 'lateout' || dir === 'inlateout';
  if (dir === 'out' || dir === 'lateout') {
    if (args.eatUnderscore()) return { tag: 'Out', reg, late, expr: null };
    const e = args.parseExpr();
    return e ? { tag: 'Out', reg, late, expr: e } : null;
  }
  const e = args.parseExpr();
  if (!e) return null;
  if (dir === 'in') return { tag: 'In', reg, expr: e };
  if (args.eatFatArrow()) {
    if (args.eatUnderscore()) return { tag: 'SplitInOut', reg, late, inExpr: e, outExpr: null };
    const out = args.parseExpr();
    return out ? { tag: 'SplitInOut', reg, late, inExpr: e, outExpr: out } : null;
  }
  return { tag: 'InOut', reg, late, expr: e };
}
