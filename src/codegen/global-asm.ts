import type { GlobalAsmBlock } from '../ty/context.ts';
import { CodegenError } from './context.ts';

/**
 * The text of `global_asm!` blocks as `module asm` lines. On x86, Rust's asm syntax is
 * Intel unless `att_syntax` is given, so the block is bracketed by syntax directives
 * (as rustc does), leaving the assembler in AT&T mode for whatever follows.
 */
export function globalAsmLines(blocks: readonly GlobalAsmBlock[], arch: string): string[] {
  const out: string[] = [];
  const x86 = arch === 'x86_64' || arch === 'x86';
  for (const b of blocks) {
    let text = '';
    for (const piece of b.template) {
      if (piece.tag === 'String') text += piece.text;
      else throw new CodegenError('`global_asm!` operands (`const`, `sym`) are not supported yet');
    }
    const intel = x86 && !b.options.includes('att_syntax');
    if (intel) out.push('.intel_syntax noprefix');
    out.push(...text.split('\n'));
    if (intel) out.push('.att_syntax');
  }
  return out;
}
