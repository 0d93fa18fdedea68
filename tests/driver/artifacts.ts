// Checks that an output file really is what its kind says (not just a file with the right name).
import * as fs from 'node:fs';
import { spawnSync } from 'node:child_process';
import { compileModule } from '../../src/llvm/shim.ts';
import { readElfHeader } from '../llvm/elf-header.ts';

export type ArtifactKind = 'llvm-ir' | 'llvm-bc' | 'asm' | 'obj' | 'exe' | 'rlib' | 'rmeta';

const EM_X86_64 = 62;
const ET_REL = 1;
const ET_EXEC = 2;

/** The mangled Rust symbol of `<crate>::main` (legacy mangling: `_ZN<len><crate>4main17h...E`). */
export function mainSymbol(crate: string): RegExp {
  return new RegExp(`_ZN${crate.length}${crate}4main17h[0-9a-f]{16}E`);
}

/**
 * Returns what is wrong with `file` as a `kind` artifact of crate `crate` (x86_64), or null.
 * `stdout` is what an executable must print.
 */
export function artifactProblem(file: string, kind: ArtifactKind, crate: string, stdout?: string): string | null {
  const bytes = fs.readFileSync(file);
  switch (kind) {
    case 'llvm-ir': {
      const text = bytes.toString('utf8');
      if (!/^define .*@main\(/m.test(text)) return 'no `define ... @main(` (the entry point)';
      const m = new RegExp(`^define .*@(${mainSymbol(crate).source})\\(`, 'm').exec(text);
      if (!m) return `no \`define\` of ${crate}::main's mangled symbol`;
      // LLVM 14 itself must accept it: parse, verify and emit an object through the shim.
      try {
        const r = compileModule(text, crate, { triple: 'x86_64-unknown-linux-gnu', cpu: 'x86-64', features: '', relocModel: 'static', optLevel: '0' }, { object: true, verify: true });
        if (!r.object || readElfHeader(r.object).type !== ET_REL) return 'LLVM 14 parsed it but emitted no object';
      } catch (e) {
        return `LLVM 14 rejects it: ${(e as Error).message.slice(0, 500)}`;
      }
      return null;
    }
    case 'llvm-bc':
      // The bitcode wrapper-less magic: 'B' 'C' 0xC0DE.
      return bytes.subarray(0, 4).equals(Buffer.from([0x42, 0x43, 0xc0, 0xde])) ? null : `not LLVM bitcode (starts ${bytes.subarray(0, 4).toString('hex')})`;
    case 'asm': {
      const text = bytes.toString('utf8');
      if (!/^\s*\.text\b/m.test(text) && !/^\s*\.section\s+\.text/m.test(text)) return 'no .text section directive';
      if (!/^main:/m.test(text)) return 'no `main:` label';
      if (!new RegExp(`^${mainSymbol(crate).source}:`, 'm').test(text)) return `no label for ${crate}::main`;
      if (!/^\s+(call|ret|mov|lea|push|sub)[a-z]*\s/m.test(text)) return 'no x86 instructions';
      return null;
    }
    case 'obj':
    case 'exe': {
      let h;
      try {
        h = readElfHeader(bytes);
      } catch (e) {
        return (e as Error).message;
      }
      if (!h.is64 || !h.littleEndian || h.machine !== EM_X86_64) return `not an x86_64 ELF64 LE file (machine ${h.machine})`;
      if (kind === 'obj') return h.type === ET_REL ? null : `ELF type ${h.type}, expected ${ET_REL} (relocatable)`;
      if (h.type !== ET_EXEC) return `ELF type ${h.type}, expected ${ET_EXEC} (executable)`;
      if ((fs.statSync(file).mode & 0o111) === 0) return 'not executable (mode)';
      const r = spawnSync(file, [], { encoding: 'utf8', timeout: 20_000, input: '' });
      if (r.status !== 0) return `exits with ${r.status}: ${r.stderr}`;
      if (stdout !== undefined && r.stdout !== stdout) return `prints ${JSON.stringify(r.stdout)}, expected ${JSON.stringify(stdout)}`;
      return null;
    }
    case 'rlib':
      return bytes.subarray(0, 8).toString('latin1') === '!<arch>\n' ? null : 'not an ar archive';
    case 'rmeta':
      return bytes.length > 0 ? null : 'empty';
  }
}
