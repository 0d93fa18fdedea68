// Const arguments inference never found (rustc's E0284 "type annotations needed" for const
// parameters): reported once per body, then every unknown const becomes an error constant so
// writeback leaves no variables behind.
import type { SubDiagnostic } from '../diagnostics/diagnostic.ts';
import type { Span } from '../diagnostics/span.ts';
import { allParams, type GenericParamDef } from '../middle/generics.ts';
import { isLocal, type DefId } from '../ty/def-id.ts';
import { constValue, printConst } from '../ty/consts.ts';
import { tyKind, tys } from '../ty/interner.ts';
import type { ConstArg, GenericArgs, Ty } from '../ty/ty.ts';
import type { FnCtxt } from './fn-ctxt.ts';

export function reportUninferredConsts(fcx: FnCtxt): void {
  // After another error the unknown constant is most likely its consequence.
  const skip = fcx.hasNewErrors;
  const bindings = new Set<number>();
  for (const inst of fcx.instantiations) {
    if (skip) break;
    const params = allParams(fcx.tcx, inst.def);
    const i = inst.args.findIndex((a) => a.tag === 'Const' && fcx.infcx.resolveConst(a.value).tag === 'Infer');
    const p = params[i];
    if (i < 0 || p === undefined || p.def === null) continue;
    const owner = fcx.tcx.parent(p.def);
    if (owner === null) continue;
    if (owner === inst.def) reportOnPath(fcx, inst, p, owner);
    else reportOnBinding(fcx, inst.args[i]!, p, owner, bindings);
  }
  // Whatever is left unknown (after an error) becomes an error constant.
  for (const c of fcx.infcx.unboundConsts()) fcx.infcx.unifyConst(c, constValue(tys.error, 0n));
}

function descr(fcx: FnCtxt, def: DefId): string {
  const tcx = fcx.tcx;
  switch (tcx.defKind(def)) {
    case 'Fn': return 'function';
    case 'AssocFn': return tcx.implicitSelf(def) === 'none' ? 'associated function' : 'method';
    case 'Struct': return 'struct';
    case 'Enum': return 'enum';
    case 'Union': return 'union';
    case 'Trait': return 'trait';
    default: return 'item';
  }
}

/** The note pointing at the parameter: "required by a const generic parameter in `f`". */
function paramNote(fcx: FnCtxt, p: GenericParamDef, ownerName: string): SubDiagnostic[] {
  if (p.def === null || !isLocal(p.def)) return [];
  const label = `required by this const generic parameter in \`${ownerName}\``;
  return [{ level: 'note', message: `required by a const generic parameter in \`${ownerName}\``, spans: [{ span: fcx.tcx.defSpan(p.def), label, primary: true }] }];
}

/** `g()` with `fn g<const N: usize>()`: at the path, suggesting a turbofish. */
function reportOnPath(fcx: FnCtxt, inst: FnCtxt['instantiations'][number], p: GenericParamDef, owner: DefId): boolean {
  const tcx = fcx.tcx;
  const name = tcx.defName(owner);
  const d = fcx.err('type annotations needed', 'E0284').primary(pathEnd(fcx, inst.span), `cannot infer the value of the const parameter \`${p.name}\` declared on the ${descr(fcx, owner)} \`${name}\``);
  const built = d.build();
  const children: SubDiagnostic[] = [...built.children, ...paramNote(fcx, p, name)];
  // `g::<u8, N>()`: known arguments as inferred, the unknown ones by their parameter's name.
  const g = tcx.genericsOf(inst.def);
  const own = inst.args.slice(g.parentCount).map((a, i) => {
    const q = g.own[i]!;
    if (a.tag === 'Type') {
      const t = fcx.resolve(a.ty);
      return hasVar(t) ? q.name : fcx.tyStr(t);
    }
    const c = a.tag === 'Const' ? fcx.infcx.resolveConst(a.value) : null;
    return c !== null && c.tag === 'Value' ? printConst(c) : q.name;
  });
  const end = pathEnd(fcx, inst.span);
  const at = { lo: end.hi, hi: end.hi, ctxt: end.ctxt };
  if (tcx.sess.sourceMap.snippet(inst.span).indexOf('::<') < 0 && own.length > 0) {
    children.push({
      level: 'help',
      message: `consider specifying the generic argument${own.length === 1 ? '' : 's'}`,
      spans: [],
      suggestions: [{ span: at, replacement: `::<${own.join(', ')}>`, applicability: 'HasPlaceholders', style: 'verbose' }],
    });
  }
  fcx.dcx.emit({ ...built, children });
  return true;
}

/** The last segment of a path expression's span (`h` of `m::h`). */
function pathEnd(fcx: FnCtxt, span: Span): Span {
  const text = fcx.tcx.sess.sourceMap.snippet(span);
  const cut = text.lastIndexOf('::');
  return cut < 0 || text.includes('<') ? span : { lo: span.lo + cut + 2, hi: span.hi, ctxt: span.ctxt };
}

/** `let b = Buf::new();` with the struct's `N` unknown: at the binding, suggesting its type. */
function reportOnBinding(fcx: FnCtxt, arg: GenericArgs[number], p: GenericParamDef, owner: DefId, done: Set<number>): boolean {
  const tcx = fcx.tcx;
  const v = arg.tag === 'Const' ? fcx.infcx.resolveConst(arg.value) : null;
  if (v === null || v.tag !== 'Infer') return false;
  for (const [id, sp] of fcx.bindingSpans) {
    const t = fcx.results.nodeTypes.get(id);
    if (t === undefined || !mentionsConst(fcx, fcx.resolve(t), v.id)) continue;
    if (done.has(id)) return false;
    done.add(id);
    const shown = fcx.tyStr(t);
    const d = fcx.err(`type annotations needed for \`${shown}\``, 'E0284').primary(sp);
    const built = d.build();
    const adt = tyKind(fcx.resolve(t));
    const ownerName = tcx.defKind(owner) === 'Impl' && adt.tag === 'Adt' ? tcx.defName(adt.def) : tcx.defName(owner);
    const children: SubDiagnostic[] = [...built.children, ...paramNote(fcx, p, ownerName)];
    const origin = fcx.localOrigins.get(id);
    if (origin && origin.tySpan === null && adt.tag === 'Adt') {
      const name = tcx.sess.sourceMap.snippet(sp).replace(/^(ref\s+)?(mut\s+)?/, '');
      const names = allParams(tcx, adt.def).map((q) => q.name);
      const at = { lo: sp.hi, hi: sp.hi, ctxt: sp.ctxt };
      children.push({
        level: 'help',
        message: `consider giving \`${name}\` an explicit type, where the value of const parameter \`${p.name}\` is specified`,
        spans: [],
        suggestions: [{ span: at, replacement: `: ${tcx.defName(adt.def)}<${names.join(', ')}>`, applicability: 'HasPlaceholders', style: 'verbose' }],
      });
    }
    fcx.dcx.emit({ ...built, children });
    return true;
  }
  return false;
}

function hasVar(t: Ty): boolean {
  const k = tyKind(t);
  switch (k.tag) {
    case 'Infer': return true;
    case 'Tuple': return k.elems.some(hasVar);
    case 'Array': return k.len.tag === 'Infer' || hasVar(k.elem);
    case 'Slice': return hasVar(k.elem);
    case 'Ref': case 'RawPtr': return hasVar(k.pointee);
    case 'Adt': case 'FnDef': return k.args.some((a) => (a.tag === 'Type' ? hasVar(a.ty) : a.tag === 'Const' && a.value.tag === 'Infer'));
    default: return false;
  }
}

function mentionsConst(fcx: FnCtxt, t: Ty, id: number): boolean {
  const k = tyKind(t);
  const isVar = (c: ConstArg): boolean => {
    const r = fcx.infcx.resolveConst(c);
    return r.tag === 'Infer' && r.id === id;
  };
  switch (k.tag) {
    case 'Tuple': return k.elems.some((e) => mentionsConst(fcx, e, id));
    case 'Array': return isVar(k.len) || mentionsConst(fcx, k.elem, id);
    case 'Slice': return mentionsConst(fcx, k.elem, id);
    case 'Ref': case 'RawPtr': return mentionsConst(fcx, k.pointee, id);
    case 'Adt': case 'FnDef': return k.args.some((a) => (a.tag === 'Type' ? mentionsConst(fcx, a.ty, id) : a.tag === 'Const' && isVar(a.value)));
    default: return false;
  }
}
