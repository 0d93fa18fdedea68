import type { DefId } from '../ty/def-id.ts';
import { tyKind } from '../ty/interner.ts';
import { printConst } from '../ty/consts.ts';
import type { FnSig, Ty } from '../ty/ty.ts';

/** Names ADTs and fns in printed types. */
export type DefNamer = (def: DefId) => string;

/** The trait owning an associated type, for printing projections (set by the compilation context). */
let traitOfAssoc: ((item: DefId) => DefId | null) | null = null;

export function setProjectionTraitLookup(f: (item: DefId) => DefId | null): void {
  traitOfAssoc = f;
}

/** Where a closure is written (`main.rs:6:13: 6:21`), for `{closure@...}` (set by the compilation context). */
let closureLocation: ((closure: DefId) => string | null) | null = null;

export function setClosureLocation(f: (closure: DefId) => string | null): void {
  closureLocation = f;
}

/** Prints a type as rustc does in messages (`{integer}` for integer variables, `_` for others). */
export function tyToString(ty: Ty, name: DefNamer, resolve: (t: Ty) => Ty = (t) => t): string {
  const p = (t: Ty): string => tyToString(t, name, resolve);
  const k = tyKind(resolve(ty));
  switch (k.tag) {
    case 'Bool': return 'bool';
    case 'Char': return 'char';
    case 'Int': return k.int;
    case 'Uint': return k.uint;
    case 'Float': return k.float;
    case 'Str': return 'str';
    case 'Never': return '!';
    case 'Tuple': return k.elems.length === 1 ? `(${p(k.elems[0]!)},)` : `(${k.elems.map(p).join(', ')})`;
    case 'Array': return `[${p(k.elem)}; ${printConst(k.len)}]`;
    case 'Slice': return `[${p(k.elem)}]`;
    case 'Ref': return `&${k.mutbl === 'mut' ? 'mut ' : ''}${p(k.pointee)}`;
    case 'RawPtr': return `*${k.mutbl === 'mut' ? 'mut' : 'const'} ${p(k.pointee)}`;
    case 'Adt': {
      const targs = k.args.flatMap((a) => (a.tag === 'Type' ? [p(a.ty)] : a.tag === 'Const' ? [printConst(a.value)] : []));
      return targs.length === 0 ? name(k.def) : `${name(k.def)}<${targs.join(', ')}>`;
    }
    case 'FnDef': return `fn item {${name(k.def)}}`;
    case 'FnPtr': return sigToString(k.sig, p);
    case 'Closure': {
      const at = closureLocation?.(k.def) ?? null;
      return at === null ? '{closure}' : `{closure@${at}}`;
    }
    case 'Dynamic': {
      // Auto traits follow the principal, as written (`dyn Any + Send`).
      const autos = k.autoTraits.map((t) => ` + ${name(t)}`).join('');
      if (!k.principal) return k.autoTraits.length > 0 ? `dyn ${k.autoTraits.map(name).join(' + ')}` : 'dyn';
      const trait = name(k.principal.def);
      const targs = k.principal.args.flatMap((a) => (a.tag === 'Type' ? [a.ty] : []));
      const projs = k.projections ?? [];
      // The Fn traits print with their parenthesized sugar (`dyn Fn(i32) -> i32`).
      const tuple = targs.length === 1 ? tyKind(resolve(targs[0]!)) : null;
      if ((trait === 'Fn' || trait === 'FnMut' || trait === 'FnOnce') && tuple?.tag === 'Tuple') {
        const out = projs.find((q) => name(q.item) === 'Output');
        const ok = out ? tyKind(resolve(out.term)) : null;
        const isUnit = ok !== null && ok.tag === 'Tuple' && ok.elems.length === 0;
        const ret = out && !isUnit ? ` -> ${p(out.term)}` : '';
        return `dyn ${trait}(${tuple.elems.map(p).join(', ')})${ret}${autos}`;
      }
      const parts = [...targs.map(p), ...projs.map((q) => `${name(q.item)} = ${p(q.term)}`)];
      return parts.length === 0 ? `dyn ${trait}${autos}` : `dyn ${trait}<${parts.join(', ')}>${autos}`;
    }
    case 'Param': return k.name;
    case 'Alias': {
      const trait = traitOfAssoc?.(k.def) ?? null;
      const self = k.args[0];
      if (trait === null || !self || self.tag !== 'Type') return name(k.def);
      const targs = k.args.slice(1).flatMap((a) => (a.tag === 'Type' ? [p(a.ty)] : []));
      return `<${p(self.ty)} as ${name(trait)}${targs.length > 0 ? `<${targs.join(', ')}>` : ''}>::${name(k.def)}`;
    }
    case 'Foreign': return name(k.def);
    case 'Infer': return k.kind === 'int' ? '{integer}' : k.kind === 'float' ? '{float}' : '_';
    case 'Error': return '{type error}';
  }
}

function sigToString(s: FnSig, p: (t: Ty) => string): string {
  const head = `${s.unsafe ? 'unsafe ' : ''}${s.abi === 'Rust' ? '' : `extern "${s.abi}" `}fn`;
  const ret = tyKind(s.output).tag === 'Tuple' && (tyKind(s.output) as { elems: readonly Ty[] }).elems.length === 0 ? '' : ` -> ${p(s.output)}`;
  return `${head}(${s.inputs.map(p).join(', ')}${s.cVariadic ? ', ...' : ''})${ret}`;
}

/**
 * How a type is described after "expected"/"found": integer variables read "integer",
 * everything else is the backquoted type.
 */
export function tyDescr(ty: Ty, name: DefNamer, resolve: (t: Ty) => Ty = (t) => t): string {
  const k = tyKind(resolve(ty));
  if (k.tag === 'Infer' && k.kind === 'int') return 'integer';
  if (k.tag === 'Infer' && k.kind === 'float') return 'floating-point number';
  return `\`${tyToString(ty, name, resolve)}\``;
}
