// Symbol names: `#[no_mangle]`/`#[export_name]` as written, foreign items by their name,
// everything else in rustc's legacy mangling `_ZN<len><seg>...17h<16 hex>E`. The hash covers
// the crate's stable hash, the def path and the printed generic args, so two crates (or two
// instances) never collide and every crate computes the same name for the same instance.
import { createHash } from 'node:crypto';
import { defCrate, defIndex } from '../ty/def-id.ts';
import type { Tcx } from '../ty/context.ts';
import type { Instance } from '../ty/instance.ts';
import type { DefId } from '../ty/def-id.ts';
import { fullDefPath, printArgs, printTy } from './ty-printer.ts';

/** rustc's legacy-mangling escapes, so demanglers show the original path. */
export function sanitizeSegment(seg: string): string {
  let out = '';
  for (const ch of seg) {
    switch (ch) {
      case '@': out += '$SP$'; break;
      case '*': out += '$BP$'; break;
      case '&': out += '$RF$'; break;
      case '<': out += '$LT$'; break;
      case '>': out += '$GT$'; break;
      case '(': out += '$LP$'; break;
      case ')': out += '$RP$'; break;
      case ',': out += '$C$'; break;
      case '-': case ':': out += '.'; break;
      default:
        if (/^[A-Za-z0-9_.$]$/.test(ch)) out += ch;
        else out += `$u${ch.codePointAt(0)!.toString(16)}$`;
    }
  }
  if (out.length > 0 && out[0] !== '_' && !/^[A-Za-z]/.test(out)) out = `_${out}`;
  return out;
}

export function legacyMangle(path: readonly string[], hash16: string): string {
  let s = '_ZN';
  for (const seg of [...path, `h${hash16}`]) {
    const e = sanitizeSegment(seg);
    s += `${e.length}${e}`;
  }
  return `${s}E`;
}

function hash16(parts: readonly string[]): string {
  const h = createHash('sha256');
  for (const p of parts) {
    h.update(p);
    h.update('\0');
  }
  return h.digest('hex').slice(0, 16);
}

/** The linker symbol of a function instance. */
export function instanceSymbol(tcx: Tcx, inst: Instance): string {
  const def = inst.def;
  const kind = tcx.defKind(def);
  if (inst.kind.tag === 'Item' || inst.kind.tag === 'Intrinsic') {
    const attrs = tcx.codegenAttrs(def);
    if (attrs.exportName !== null) return attrs.exportName;
    if (kind === 'ForeignFn') return tcx.defPath(def).at(-1)!;
  }
  const path = fullDefPath(tcx, def);
  const extra = inst.kind.tag === 'Item' ? '' : inst.kind.tag === 'DropGlue' && inst.kind.ty !== null ? `drop:${printTy(tcx, inst.kind.ty)}` : inst.kind.tag;
  // The def index too: two impls can print the same path (`<dyn Any as Debug>` and
  // `<dyn Any + Send as Debug>`: impl paths leave out auto traits), as rustc's
  // disambiguators tell them apart.
  const h = hash16([tcx.crateHash(defCrate(def)), path.join('::'), String(defIndex(def)), printArgs(tcx, inst.args), extra]);
  return legacyMangle(path, h);
}

/** The linker symbol of a static. */
export function staticSymbol(tcx: Tcx, def: DefId): string {
  const attrs = tcx.codegenAttrs(def);
  if (attrs.exportName !== null) return attrs.exportName;
  if (tcx.defKind(def) === 'ForeignStatic') return tcx.defPath(def).at(-1)!;
  const path = fullDefPath(tcx, def);
  return legacyMangle(path, hash16([tcx.crateHash(defCrate(def)), path.join('::'), 'static']));
}
