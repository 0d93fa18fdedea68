// Errors about the `?` operator, worded as rustc words them: the desugaring's `Try::branch`
// or `FromResidual::from_residual` found no impl (see hir/lower-try.ts).
import type { Span } from '../diagnostics/span.ts';
import type { TryDesugar } from '../hir/lower-try.ts';
import { tyKind } from '../ty/interner.ts';
import type { GenericArgs, Ty } from '../ty/ty.ts';
import type { FnCtxt } from './fn-ctxt.ts';

/** `Option` or `Result` (by their variants' lang items), else null. */
function family(fcx: FnCtxt, t: Ty): { name: 'Option' | 'Result'; args: GenericArgs } | null {
  const k = tyKind(fcx.resolve(t));
  if (k.tag !== 'Adt') return null;
  const some = fcx.tcx.langItem('Some');
  const ok = fcx.tcx.langItem('Ok');
  if (some !== null && fcx.tcx.parent(some) === k.def) return { name: 'Option', args: k.args };
  if (ok !== null && fcx.tcx.parent(ok) === k.def) return { name: 'Result', args: k.args };
  return null;
}

/** `fn f(..) -> T` of the body being checked, for "this function returns ..." labels. */
function fnHead(fcx: FnCtxt): Span | null {
  const item = fcx.tcx.hir.items.get(fcx.owner);
  if (!item || item.kind.tag !== 'Fn') return null;
  const sp = item.kind.sig.span;
  const text = fcx.tcx.sess.sourceMap.snippet(sp);
  const brace = text.indexOf('{');
  return brace < 0 ? sp : { lo: sp.lo, hi: sp.lo + text.slice(0, brace).trimEnd().length, ctxt: sp.ctxt };
}

/**
 * Reports the failed selection behind a `?`: `self` is the operand type (`branch`) or the
 * function's return type (`from_residual`), `traitArgs` the residual for the latter.
 */
export function reportTryError(fcx: FnCtxt, d: TryDesugar, self: Ty, traitArgs: GenericArgs): void {
  const tyS = fcx.tyStr(self);
  if (d.call === 'branch') {
    fcx
      .err('the `?` operator can only be applied to values that implement `Try`', 'E0277')
      .primary(d.span, `the \`?\` operator cannot be applied to type \`${tyS}\``)
      .help(`the nightly-only, unstable trait \`Try\` is not implemented for \`${tyS}\``)
      .emit();
    return;
  }
  const residual = traitArgs[0]?.tag === 'Type' ? traitArgs[0].ty : null;
  const ret = family(fcx, self);
  const res = residual ? family(fcx, residual) : null;
  const head = fnHead(fcx);
  if (ret?.name === 'Result' && res?.name === 'Result') {
    const errArg = ret.args[1];
    const wanted = errArg?.tag === 'Type' ? fcx.tyStr(errArg.ty) : '_';
    const got = res.args[1]?.tag === 'Type' ? fcx.tyStr(res.args[1].ty) : '_';
    const e = fcx.err(`\`?\` couldn't convert the error to \`${wanted}\``, 'E0277').primary(d.qmark, `the trait \`From<${got}>\` is not implemented for \`${wanted}\``);
    e.label({ lo: d.span.lo, hi: d.qmark.lo, ctxt: d.span.ctxt }, `this can't be annotated with \`?\` because it has type \`Result<_, ${got}>\``);
    e.note('the question mark operation (`?`) implicitly performs a conversion on the error value using the `From` trait').emit();
    return;
  }
  if (ret && res && ret.name !== res.name) {
    const e = ret.name === 'Result'
      ? fcx.err('the `?` operator can only be used on `Result`s, not `Option`s, in a function that returns `Result`', 'E0277').primary(d.qmark, `use \`.ok_or(...)?\` to provide an error compatible with \`${tyS}\``)
      : fcx.err('the `?` operator can only be used on `Option`s, not `Result`s, in a function that returns `Option`', 'E0277').primary(d.qmark, `use \`.ok()?\` if you want to discard the \`${residual ? fcx.tyStr(residual) : '_'}\` error information`);
    if (head) e.label(head, ret.name === 'Result' ? 'this function returns a `Result`' : 'this function returns an `Option`');
    e.emit();
    return;
  }
  const e = fcx
    .err('the `?` operator can only be used in a function that returns `Result` or `Option` (or another type that implements `FromResidual`)', 'E0277')
    .primary(d.qmark, `cannot use the \`?\` operator in a function that returns \`${tyS}\``);
  if (head) e.label(head, 'this function should return `Result` or `Option` to accept `?`');
  e.emit();
}
