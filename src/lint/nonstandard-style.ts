// The nonstandard_style lints: non_camel_case_types (on the AST, as rustc's early pass),
// non_snake_case and non_upper_case_globals (on the HIR, as rustc's late pass).
import type { Span } from '../diagnostics/span.ts';
import type * as ast from '../syntax/ast/index.ts';
import { isReservedIdent } from '../syntax/keywords.ts';
import { intern, symStr } from '../syntax/symbol.ts';
import type { LintCx } from './context.ts';
import type { LintScope } from './levels.ts';
import { hasLowercase, isCamelCase, isSnakeCase, toCamelCase, toSnakeCase, toUpperCase } from './naming.ts';

function isReprC(attrs: readonly ast.Attribute[]): boolean {
  for (const a of attrs) {
    if (a.kind.tag !== 'Normal' || a.kind.path.segments.length !== 1 || symStr(a.kind.path.segments[0]!.ident.name) !== 'repr') continue;
    if (a.kind.args.tag !== 'Delimited') continue;
    for (const tt of a.kind.args.args.tokens) if (tt.kind === 'token' && tt.token.kind === 'ident' && symStr(tt.token.sym) === 'C') return true;
  }
  return false;
}

export function checkCamelCase(lcx: LintCx, scope: LintScope, sort: string, ident: ast.Ident): void {
  const name = symStr(ident.name);
  if (isCamelCase(name)) return;
  lcx.emit('non_camel_case_types', scope, ident.span, `${sort} \`${name}\` should have an upper camel case name`, (d) => {
    const cc = toCamelCase(name);
    if (cc !== name) d.help('convert the identifier to upper camel case', undefined, [{ span: ident.span, replacement: cc, applicability: 'MaybeIncorrect' }]);
    else d.label(ident.span, 'should have an UpperCamelCase name');
  });
}

/** Early: types, traits, variants, associated types of traits, type parameters. */
export function checkCamelCaseItem(lcx: LintCx, scope: LintScope, item: ast.Item): void {
  if (isReprC(item.attrs)) return;
  const k = item.kind;
  switch (k.tag) {
    case 'TyAlias': case 'Enum': case 'Struct': case 'Union': checkCamelCase(lcx, scope, 'type', item.ident); break;
    case 'Trait': checkCamelCase(lcx, scope, 'trait', item.ident); break;
    case 'TraitAlias': checkCamelCase(lcx, scope, 'trait alias', item.ident); break;
    default: break;
  }
  const generics = 'generics' in k ? (k as { generics: ast.Generics }).generics : null;
  if (generics) {
    for (const p of generics.params) if (p.kind.tag === 'Type') checkCamelCase(lcx, scope, 'type parameter', p.ident);
  }
}

export function checkSnakeCase(lcx: LintCx, scope: LintScope, sort: string, name: string, span: Span): void {
  if (isSnakeCase(name)) return;
  lcx.emit('non_snake_case', scope, span, `${sort} \`${name}\` should have a snake case name`, (d) => {
    const sc = toSnakeCase(name);
    if (sc === name) {
      d.label(span, 'should have a snake_case name');
      return;
    }
    if (isReservedIdent(intern(sc), lcx.sess.edition)) {
      // A keyword is no name: `r#` it if it may be raw, else only say so.
      if (!['self', 'super', 'crate', 'Self', '_'].includes(sc)) {
        d.help('rename the identifier or convert it to a snake case raw identifier', undefined, [{ span, replacement: `r#${sc}`, applicability: 'MaybeIncorrect' }]);
      } else {
        d.note(`\`${sc}\` cannot be used as a raw identifier`);
        d.help('rename the identifier', undefined, [{ span, replacement: '', applicability: 'MaybeIncorrect' }]);
      }
      return;
    }
    d.help('convert the identifier to snake case', undefined, [{ span, replacement: sc, applicability: 'MaybeIncorrect' }]);
  });
}

/** `uses`: where a static or const is named; rustc's suggestion renames them too. */
export function checkUpperCase(lcx: LintCx, scope: LintScope, sort: string, name: string, span: Span, uses: readonly Span[] = []): void {
  if (!hasLowercase(name)) return;
  lcx.emit('non_upper_case_globals', scope, span, `${sort} \`${name}\` should have an upper case name`, (d) => {
    const uc = toUpperCase(name);
    // rustc renames the uses of a free static or const along with it; an associated one may
    // be named through a trait or another impl.
    const applicability = sort === 'associated constant' ? 'MaybeIncorrect' : 'MachineApplicable';
    if (uc === name) {
      d.label(span, 'should have an UPPER_CASE name');
    } else if (uses.length === 0) {
      d.help('convert the identifier to upper case', undefined, [{ span, replacement: uc, applicability }]);
    } else {
      // Shown as the definition's change; the renamed uses are for tools (JSON) only.
      d.help('convert the identifier to upper case', undefined, [
        { span, replacement: uc, applicability, style: 'verbose' },
        { span: uses[0]!, replacement: uc, applicability, style: 'hidden', parts: uses.map((u) => ({ span: u, replacement: uc })) },
      ]);
    }
  });
}
