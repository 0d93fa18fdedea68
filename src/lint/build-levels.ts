// Builds the lint level sets from the attributes of the expanded AST (rustc's
// LintLevelsBuilder): one set per node with lint attributes, child of the enclosing node's.
// Checks the attributes on the way: malformed input (E0452), unknown tools (E0710), overriding
// a `forbid` (E0453 or `forbidden_lint_groups`), unknown lint names (`unknown_lints`).
import type { Span } from '../diagnostics/span.ts';
import { findSimilar } from '../resolve/similar.ts';
import type * as ast from '../syntax/ast/index.ts';
import { symStr } from '../syntax/symbol.ts';
import { AstWalker } from './ast-visit.ts';
import type { LintCx } from './context.ts';
import type { LevelAndSource, LintScope } from './levels.ts';
import { parseLintAttr, type LintAttr } from './lint-attrs.ts';
import { LINTS } from './lint-store.ts';

const KNOWN_TOOLS = new Set(['clippy', 'rustdoc', 'rustfmt', 'rust_analyzer', 'miri', 'rustc']);

/** Definitions-to-be: AST nodes whose DefId resolve assigns, with their scope. */
export type ScopedNode = readonly [object, LintScope];

function isDerived(attrs: readonly ast.Attribute[]): boolean {
  return attrs.some((a) => a.kind.tag === 'Normal' && a.kind.path.segments.length === 1 && symStr(a.kind.path.segments[0]!.ident.name) === 'automatically_derived');
}

/**
 * Walks the crate and fills `lcx.nodeScopes` and `lcx.crateScope`; returns every item-like
 * node with its scope so that definitions can be given theirs once they exist.
 */
export function buildLintLevels(lcx: LintCx, crate: ast.Crate): ScopedNode[] {
  const items: [object, LintScope][] = [];
  let current: LintScope = lcx.crateScope;
  const walker = new AstWalker({
    enter(id, attrs, span) {
      const lintAttrs: LintAttr[] = [];
      for (const a of attrs) {
        const la = parseLintAttr(a);
        if (la) lintAttrs.push(la);
      }
      const derived = isDerived(attrs);
      if (lintAttrs.length === 0 && !derived) return null;
      const parent = current;
      const specs = new Map<string, LevelAndSource>();
      const scope = lcx.sets.push(parent, specs);
      if (derived) lcx.derivedScopes.add(scope);
      for (const la of lintAttrs) addAttr(lcx, id, la, specs, scope);
      lcx.nodeScopes.set(id, scope);
      if (span.ctxt === 0) lcx.spanScopes.push({ lo: span.lo, hi: span.hi, scope });
      if (id === crate.id) lcx.crateScope = scope;
      current = scope;
      return () => {
        current = parent;
      };
    },
    item: (it) => void items.push([it, current]),
    assocItem: (it) => void items.push([it, current]),
    foreignItem: (it) => void items.push([it, current]),
    variant: (v) => void items.push([v, current]),
    field: (f) => void items.push([f, current]),
    expr(e) {
      const k = e.kind;
      if (k.tag === 'MethodCall') lcx.assocNames.add(k.seg.ident.name);
      else if (k.tag === 'Path' && k.path.segments.length > 1) lcx.assocNames.add(k.path.segments[k.path.segments.length - 1]!.ident.name);
    },
  });
  walker.crate(crate);
  return items;
}

/**
 * The scope of a definition that is gone from the expanded AST (a `macro_rules!`): the
 * innermost node with lint attributes around its span, then its own attributes.
 */
export function scopeOfRemovedItem(lcx: LintCx, span: Span, attrs: readonly ast.Attribute[]): LintScope {
  let parent = lcx.crateScope;
  let best = -1;
  for (const s of lcx.spanScopes) {
    if (s.lo <= span.lo && span.hi <= s.hi && s.lo >= best) {
      best = s.lo;
      parent = s.scope;
    }
  }
  const lintAttrs = attrs.map(parseLintAttr).filter((a): a is LintAttr => a !== null);
  if (lintAttrs.length === 0) return parent;
  const specs = new Map<string, LevelAndSource>();
  const scope = lcx.sets.push(parent, specs);
  for (const la of lintAttrs) addAttr(lcx, -1, la, specs, scope);
  return scope;
}

function addAttr(lcx: LintCx, node: ast.NodeId, la: LintAttr, specs: Map<string, LevelAndSource>, scope: LintScope): void {
  const dcx = lcx.sess.dcx;
  for (const sp of la.malformed) dcx.err('malformed lint attribute input', 'E0452').primary(sp, 'bad attribute argument').emit();
  for (const item of la.items) {
    if (item.tool !== null) {
      if (!KNOWN_TOOLS.has(item.tool)) {
        dcx.err(`unknown tool name \`${item.tool}\` found in scoped lint: \`${item.tool}::${item.name}\``, 'E0710').primary(item.toolSpan!).emit();
      }
      continue;
    }
    const found = LINTS.find(item.name);
    const src = { tag: 'Node', name: item.name, span: item.span, reason: la.reason } as const;
    let members: readonly string[];
    switch (found.tag) {
      case 'lint': members = [found.def.name]; break;
      case 'group': members = found.members; break;
      case 'warnings': members = ['warnings']; break;
      case 'legacy': continue;
      case 'unknown': {
        const similar = findSimilar(item.name, LINTS.allNames());
        lcx.buffer(node, {
          lint: 'unknown_lints', span: item.span, message: `unknown lint: \`${item.name}\``,
          decorate: similar ? (d) => d.help('did you mean', undefined, [{ span: item.span, replacement: similar, applicability: 'MaybeIncorrect' }]) : undefined,
        });
        continue;
      }
    }
    // One expectation per name: `#[expect(unused)]` is met by any lint of the group.
    let expectation: number | undefined;
    if (la.level === 'expect') {
      lcx.sets.expectations.push({ lints: members, span: item.span, reason: la.reason, scope: lcx.sets.sets[scope]!.parent, fulfilled: false });
      expectation = lcx.sets.expectations.length - 1;
    }
    for (const m of members) {
      if (!checkForbid(lcx, m, la, item.name, item.span, specs, scope)) continue;
      specs.set(m, expectation === undefined ? { level: la.level, src } : { level: la.level, src, expectation });
    }
  }
}

/** False when `lint` is forbidden here and stays so (E0453 reported). */
function checkForbid(lcx: LintCx, lint: string, la: LintAttr, written: string, span: Span, specs: Map<string, LevelAndSource>, scope: LintScope): boolean {
  if (la.level === 'forbid' || lint === 'warnings') return true;
  const old = specs.get(lint) ?? lcx.sets.spec(lint, lcx.sets.sets[scope]!.parent);
  if (!old || old.level !== 'forbid') return true;
  // `deny` under a `forbid` changes nothing: accepted, and the lint stays forbidden.
  if (la.level === 'deny') return false;
  const oldName = old.src.tag === 'Default' ? lint : old.src.name;
  const fromGroup = LINTS.find(oldName).tag === 'group';
  const what = `${la.level}(${written})`;
  if (fromGroup) {
    // rustc used to let `allow(lint)` override `forbid(group)`: a future-incompatibility warning.
    lcx.emit('forbidden_lint_groups', scope, span, `${what} incompatible with previous forbid`, (d) => {
      if (old.src.tag === 'Node') d.label(old.src.span, '`forbid` level set here');
      d.label(span, 'overruled by previous forbid');
      d.warnNote('this was previously accepted by the compiler but is being phased out; it will become a hard error in a future release!');
      d.note('for more information, see issue #81670 <https://github.com/rust-lang/rust/issues/81670>');
    });
    return true;
  }
  const d = lcx.sess.dcx.err(`${what} incompatible with previous forbid`, 'E0453').primary(span, 'overruled by previous forbid');
  if (old.src.tag === 'Node') d.label(old.src.span, '`forbid` level set here');
  else if (old.src.tag === 'CommandLine') d.note(`\`forbid\` lint level was set on command line (\`-F ${old.src.name}\`)`);
  d.emit();
  return false;
}
