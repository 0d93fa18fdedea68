// Prints types the way Rust writes them, using def paths (not interner ids), so the text is
// stable across compilations: it names LLVM struct types and feeds symbol-name hashes.
import { defCrate } from '../ty/def-id.ts';
import type { DefId } from '../ty/def-id.ts';
import { tyKind } from '../ty/interner.ts';
import type { FnSig, GenericArgs, Ty } from '../ty/ty.ts';
import { printConst } from '../ty/consts.ts';

export interface PrinterTcx {
  defPath(def: DefId): string[];
  crateName(krate: number): string;
}

/** The item's full path with its crate name first (`core::fmt::Write::write_str`). */
export function fullDefPath(tcx: PrinterTcx, def: DefId): string[] {
  const path = tcx.defPath(def);
  const krate = tcx.crateName(defCrate(def));
  if (path[0] === krate) return path;
  if (path[0] === 'crate') return [krate, ...path.slice(1)];
  return [krate, ...path];
}


export function printArgs(tcx: PrinterTcx, args: GenericArgs): string {
  const shown = args.filter((a) => a.tag !== 'Lifetime');
  if (shown.length === 0) return '';
  return `<${shown.map((a) => (a.tag === 'Type' ? printTy(tcx, a.ty) : a.tag === 'Const' ? printConst(a.value) : "'_")).join(', ')}>`;
}

function printSig(tcx: PrinterTcx, sig: FnSig): string {
  const unsafe = sig.unsafe ? 'unsafe ' : '';
  const abi = sig.abi === 'Rust' ? '' : `extern "${sig.abi}" `;
  const inputs = sig.inputs.map((t) => printTy(tcx, t));
  if (sig.cVariadic) inputs.push('...');
  const out = tyKind(sig.output).tag === 'Tuple' && (tyKind(sig.output) as { elems: readonly Ty[] }).elems.length === 0 ? '' : ` -> ${printTy(tcx, sig.output)}`;
  return `${unsafe}${abi}fn(${inputs.join(', ')})${out}`;
}

export function printTy(tcx: PrinterTcx, ty: Ty): string {
  const k = tyKind(ty);
  switch (k.tag) {
    case 'Bool': return 'bool';
    case 'Char': return 'char';
    case 'Str': return 'str';
    case 'Never': return '!';
    case 'Error': return '{type error}';
    case 'Int': return k.int;
    case 'Uint': return k.uint;
    case 'Float': return k.float;
    case 'Tuple':
      return k.elems.length === 1 ? `(${printTy(tcx, k.elems[0]!)},)` : `(${k.elems.map((e) => printTy(tcx, e)).join(', ')})`;
    case 'Array': return `[${printTy(tcx, k.elem)}; ${printConst(k.len)}]`;
    case 'Slice': return `[${printTy(tcx, k.elem)}]`;
    case 'Ref': return `&${k.mutbl === 'mut' ? 'mut ' : ''}${printTy(tcx, k.pointee)}`;
    case 'RawPtr': return `*${k.mutbl === 'mut' ? 'mut' : 'const'} ${printTy(tcx, k.pointee)}`;
    case 'Adt': case 'FnDef': case 'Alias':
      return `${fullDefPath(tcx, k.def).join('::')}${printArgs(tcx, k.args)}`;
    case 'Closure': return `{closure@${fullDefPath(tcx, k.def).join('::')}${printArgs(tcx, k.args)}}`;
    case 'FnPtr': return printSig(tcx, k.sig);
    case 'Dynamic': {
      // The projections too: `dyn FnOnce() -> String` and `dyn FnOnce() -> u32` are different types.
      const bindings = (k.projections ?? []).map((p) => `${tcx.defPath(p.item).at(-1)} = ${printTy(tcx, p.term)}`);
      const parts = k.principal ? [`${fullDefPath(tcx, k.principal.def).join('::')}${printArgs(tcx, k.principal.args)}${bindings.length > 0 ? `<${bindings.join(', ')}>` : ''}`] : [];
      for (const a of k.autoTraits) parts.push(fullDefPath(tcx, a).join('::'));
      return `dyn ${parts.join(' + ')}`;
    }
    case 'Param': return k.name;
    case 'Foreign': return fullDefPath(tcx, k.def).join('::');
    case 'Infer': return '_';
  }
}
