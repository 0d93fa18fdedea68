import type { DiagCtxt } from '../diagnostics/handler.ts';
import { spanTo, type Span } from '../diagnostics/span.ts';
import type { Res } from '../hir/res.ts';
import type * as ast from '../syntax/ast/index.ts';
import { symStr } from '../syntax/symbol.ts';
import { isLocal } from '../ty/def-id.ts';
import { resDescr } from './descr.ts';
import { lookupInModule } from './lookup.ts';
import type { Namespace } from './namespace.ts';
import type { PathResult, PathScope, PrivacyError } from './path.ts';
import type { ResolverTables } from './tables.ts';

/** Context captured where the failing path was written. */
export interface PathErrCtx {
  readonly letTypoSpan: Span | null;
  readonly similar: { readonly name: string; readonly what: string } | null;
  /** What a single-segment name means in the other namespace, looked up where it was written. */
  readonly otherNs: Res | null;
}

const NO_CTX: PathErrCtx = { letTypoSpan: null, similar: null, otherNs: null };

/** A local brace struct named where a value was expected: its item span and field names. */
export interface StructInfo {
  readonly span: Span;
  readonly fields: readonly string[];
}

export type PathFailure = Extract<PathResult, { tag: 'failed' }> | { readonly tag: 'wrongNs'; readonly found: Res };

function isUpper(name: string): boolean {
  const c = name.charCodeAt(0);
  return c >= 65 && c <= 90;
}

function isCrateRoot(t: ResolverTables, res: Res | null): boolean {
  if (!res || res.tag !== 'Def' || res.kind !== 'Mod') return false;
  if (res.def === t.root.def) return true;
  return t.externCrates.some((c) => c.root === res.def);
}

function whatNotFound(ns: Namespace, isCall: boolean): string {
  return ns === 'type' ? 'type' : ns === 'macro' ? 'macro' : isCall ? 'function' : 'value';
}

/** rustc's wording for unresolved paths (E0425, E0433, E0423, E0573). */
export function reportPathError(
  t: ResolverTables,
  scope: PathScope,
  dcx: DiagCtxt,
  segs: readonly ast.Ident[],
  path: ast.Path,
  ns: Namespace,
  isCall: boolean,
  f: PathFailure,
  ctx: PathErrCtx = NO_CTX,
): void {
  const n = segs.length;
  const text = (from: number, to: number): string => segs.slice(from, to).map((s) => symStr(s.name)).join('::');
  if (f.tag === 'wrongNs') {
    reportWrongNs(dcx, path, text(0, n), ns, f.found, n > 1, ctx);
    return;
  }
  const seg = segs[f.index]!;
  const name = symStr(seg.name);
  if (f.reason === 'notModule') {
    const parent = f.index > 0 ? symStr(segs[f.index - 1]!.name) : '';
    const found = f.found ? resDescr(f.found) : 'item';
    dcx
      .err(parent ? `cannot find \`${name}\` in \`${parent}\`` : `cannot find \`${name}\` in this scope`, 'E0433')
      .primary(seg.span, `expected type, found ${found} \`${name}\`${parent ? ` in \`${parent}\`` : ''}`)
      .emit();
    return;
  }
  if (f.index === n - 1) {
    // The name exists in the other namespace: "expected value, found struct `S`".
    const other: Namespace = ns === 'type' ? 'value' : 'type';
    let otherRes: Res | null = null;
    if (n === 1) {
      otherRes = ctx.otherNs;
    } else if (f.parentModule) {
      const o = lookupInModule(t, f.parentModule, seg.name, other);
      if (o.tag === 'found') otherRes = o.binding.res;
    }
    if (otherRes && otherRes.tag !== 'Err') {
      let info: StructInfo | null = null;
      if (otherRes.tag === 'Def' && otherRes.kind === 'Struct' && isLocal(otherRes.def)) {
        const fields = t.structFields.get(otherRes.def);
        if (fields) info = { span: t.defs.get(otherRes.def).itemSpan, fields };
      }
      reportWrongNs(dcx, path, text(0, n), ns, otherRes, n > 1, ctx, info);
      return;
    }
    if (n === 1) {
      const d = dcx.err(`cannot find ${whatNotFound(ns, isCall)} \`${name}\` in this scope`, 'E0425');
      if (ctx.similar) {
        d.primary(seg.span).help(`a ${ctx.similar.what} with a similar name exists`, seg.span, [
          { span: seg.span, replacement: ctx.similar.name, applicability: 'MaybeIncorrect', style: 'verbose' },
        ]);
      } else {
        d.primary(seg.span, 'not found in this scope');
      }
      d.emit();
      return;
    }
    const parentPath = text(0, n - 1);
    const pdescr = f.parent ? resDescr(f.parent, isCrateRoot(t, f.parent)) : 'module';
    dcx
      .err(`cannot find ${whatNotFound(ns, isCall)} \`${name}\` in ${pdescr} \`${parentPath}\``, 'E0425')
      .primary(seg.span, `not found in \`${parentPath}\``)
      .emit();
    return;
  }
  if (f.index === 0) {
    if (isUpper(name)) {
      dcx.err(`cannot find type \`${name}\` in this scope`, 'E0433').primary(seg.span, `use of undeclared type \`${name}\``).emit();
    } else {
      dcx
        .err(`cannot find module or crate \`${name}\` in this scope`, 'E0433')
        .primary(seg.span, `use of unresolved module or unlinked crate \`${name}\``)
        .help(`you might be missing a crate named \`${name}\``)
        .emit();
    }
    return;
  }
  const parent = symStr(segs[f.index - 1]!.name);
  dcx.err(`cannot find \`${name}\` in \`${parent}\``, 'E0433').primary(seg.span, `could not find \`${name}\` in \`${parent}\``).emit();
}

function reportWrongNs(dcx: DiagCtxt, path: ast.Path, text: string, ns: Namespace, found: Res, multi: boolean, ctx: PathErrCtx, structInfo: StructInfo | null = null): void {
  const descr = resDescr(found);
  const sp = path.segments.length > 0 ? spanTo(path.segments[0]!.ident.span, path.segments[path.segments.length - 1]!.ident.span) : path.span;
  if (ns === 'value') {
    const d = dcx.err(`expected value, found ${descr} \`${text}\``, 'E0423');
    d.primary(sp, multi ? 'not a value' : null);
    if (found.tag === 'Def' && found.kind === 'Struct' && structInfo) {
      d.label(structInfo.span, `\`${text}\` defined here`);
      const fields = structInfo.fields.map((f) => `${f}: val`).join(', ');
      d.help('use struct literal syntax instead', sp, [{ span: sp, replacement: `${text} { ${fields} }`, applicability: 'HasPlaceholders' }]);
    }
    const typeLike = found.tag === 'PrimTy' || (found.tag === 'Def' && (found.kind === 'Trait' || found.kind === 'Mod' || found.kind === 'TyAlias'));
    if (!multi && typeLike && ctx.letTypoSpan) {
      d.help('you might have meant to use `:` for type annotation', ctx.letTypoSpan, [
        { span: ctx.letTypoSpan, replacement: ': ', applicability: 'MaybeIncorrect', style: 'verbose' },
      ]);
    }
    d.emit();
  } else {
    dcx.err(`expected type, found ${descr} \`${text}\``, 'E0573').primary(sp, 'not a type').emit();
  }
}

export function reportPrivacyError(t: ResolverTables, dcx: DiagCtxt, p: PrivacyError): void {
  const res = p.binding.res;
  const descr = resDescr(res);
  const name = symStr(p.ident.name);
  const d = dcx.err(`${descr} \`${name}\` is private`, 'E0603').primary(p.ident.span, `private ${descr}`);
  if (res.tag === 'Def' && isLocal(res.def)) d.note(`the ${descr} \`${name}\` is defined here`, t.defs.get(res.def).span);
  d.emit();
}
