import type { Ident } from '../syntax/ast/index.ts';
import { intern, symStr, type Symbol } from '../syntax/symbol.ts';

/**
 * The key a local binding is found by: its name and, for identifiers a macro expansion
 * introduced, the expansion's syntax context. So a `f` made by `println!` never sees or
 * shadows a user's `f` (hygiene for local variables, as macro_rules! locals behave).
 */
export function localKey(ident: Ident): Symbol {
  return ident.span.ctxt === 0 ? ident.name : intern(`${symStr(ident.name)}#${ident.span.ctxt}`);
}
