import * as path from 'node:path';
import type { Span } from '../diagnostics/span.ts';
import type { AssocItemKind, Attribute, Crate, Expr, ForeignItemKind, Item, MacCall, Stmt, UseTree } from '../syntax/ast/index.ts';
import { intern, symStr } from '../syntax/symbol.ts';
import type { TokenTree } from '../syntax/token.ts';
import type { ArgCursor } from './arg-cursor.ts';
import { attrName, attrStrValue } from './attrs.ts';
import { parseAsm } from './builtin/asm.ts';
import { expandAssert, expandAssertEq, expandPanicLike } from './builtin/panic.ts';
import { expandFormat, expandFormatArgs, expandPrint, expandWrite } from './builtin/print.ts';
import { expandSimple } from './builtin/simple.ts';
import { expandInclude, type ReadFile } from './builtin/include.ts';
import { expandEnv, expandOptionEnv } from './builtin/env.ts';
import type { ExpandCtx } from './expand-ctx.ts';
import { processCfgAttrs } from './attrs.ts';
import { MacroRulesExpander } from './macro-rules/expander.ts';
import type { MacroRulesDef } from './macro-rules/mbe.ts';
import { encodeReexportedMacro, type EncodedMacro } from './macro-rules/metadata.ts';
import { Walker, type MacroExpander } from './walk.ts';
import { expandDerives } from './builtin/derive/derive.ts';
import { writable } from './writable.ts';

/** How the expander reads more source: supplied by the driver from the syntax station. */
export interface ExpandIo {
  /** Parses a module file; null when it does not exist (nothing reported). */
  parseModFile(file: string): { attrs: Attribute[]; items: Item[]; span: Span } | null;
  cursor(tts: readonly TokenTree[], span: Span): ArgCursor;
  /** Reads a file for `include_str!`/`include_bytes!` (absent: includes fail as unreadable). */
  readFile?: ReadFile;
  /** The environment `env!`/`option_env!` read (absent: the compiler's process environment). */
  env?: NodeJS.ProcessEnv;
}

interface ModFrame {
  /** Directory in which `mod x;` looks for `x.rs` / `x/mod.rs`. */
  readonly dir: string;
  readonly path: string[];
}

/**
 * The expand station: strips `cfg`-disabled code, loads out-of-line modules and expands
 * built-in macros (`macro_rules!` arrives with issue 4), producing the AST resolve sees.
 */
export function expandCrate(baseCx: ExpandCtx, io: ExpandIo, crate: Crate, rootFile: string): Crate {
  // Built-ins expand macro calls in their literal operands eagerly, through the same expander.
  let eager: (e: Expr) => Expr | null = (e) => e;
  const cx: ExpandCtx = { ...baseCx, eagerExpand: (e) => eager(e) };
  const crateAttrs = processCfgAttrs(cx, crate.attrs);
  const isModRs = ['lib.rs', 'main.rs', 'mod.rs'].includes(path.basename(rootFile));
  const stack: ModFrame[] = [{ dir: isModRs ? path.dirname(rootFile) : path.dirname(rootFile), path: [cx.crateName] }];
  // A non-mod.rs crate root (like tests/run/x.rs) still looks for modules beside itself, as rustc does.
  void isModRs;
  const mr = new MacroRulesExpander(cx, crate);
  const modPath = (): string => stack[stack.length - 1]!.path.join('::');
  const unknown = (mac: MacCall): void => mr.noteUnresolved(mac, modPath());
  const unknownDerives: (() => void)[] = [];
  const mx: MacroExpander = {
    expandExpr: (mac, e) => {
      const r = mr.expandExpr(mac, modPath());
      if (r !== undefined) return r;
      // Built-ins that report where they are (line!, panic!...) name the outermost call
      // when a macro_rules! expansion wrote them, as rustc's expansion_cause does.
      const located = LOCATED_BUILTINS.has(macroName(mac)) ? { ...mac, span: mr.expansionCause(mac.span) } : mac;
      return expandExprMacro(cx, io, located, e, modPath(), unknown);
    },
    expandItems: (mac, item) => {
      const r = mr.expandItems(mac, modPath());
      if (r !== undefined) return r ?? [];
      return expandItemMacro(cx, io, mac, item, unknown);
    },
    expandStmts: (mac, s, semi) => {
      const r = mr.expandStmts(mac, modPath(), semi);
      if (r === undefined) return null;
      return r ?? [errStmt(cx, s)];
    },
    expandPat: (mac) => {
      const r = mr.expandPat(mac, modPath());
      if (r === undefined) unknown(mac);
      return r ?? null;
    },
    expandTy: (mac) => {
      const r = mr.expandTy(mac, modPath());
      if (r === undefined) unknown(mac);
      return r ?? null;
    },
    expandAssocItems: (mac, _item, ctx) => {
      const r = mr.expandAssocItems<AssocItemKind>(mac, modPath(), ctx);
      if (r === undefined) unknown(mac);
      return r ?? [];
    },
    expandForeignItems: (mac) => {
      const r = mr.expandAssocItems<ForeignItemKind>(mac, modPath(), 'foreign');
      if (r === undefined) unknown(mac);
      return r ?? [];
    },
    expandDerives: (item) => expandDerives(cx, item, unknownDerives),
    defineMacro: (item) => mr.defineItem(item, modPath()),
    enterBlock: () => mr.enterBlock(),
    exitBlock: () => mr.exitBlock(),
    loadModule: (item) => loadModule(cx, io, item, stack[stack.length - 1]!),
    enterModule: (item) => {
      mr.enterModule(item.kind.tag === 'Mod' && item.kind.mod.tag === 'Loaded' ? item.kind.mod.items : []);
      const top = stack[stack.length - 1]!;
      const name = symStr(item.ident.name);
      const k = item.kind.tag === 'Mod' ? item.kind.mod : null;
      let dir = path.join(top.dir, name);
      if (k?.tag === 'Loaded' && !k.inline && k.file) {
        const base = path.basename(k.file);
        dir = base === 'mod.rs' ? path.dirname(k.file) : path.join(path.dirname(k.file), path.basename(k.file, '.rs'));
      }
      const p = pathAttr(item);
      if (p && k?.tag === 'Loaded' && k.inline) dir = path.join(top.dir, p);
      stack.push({ dir, path: [...top.path, name] });
    },
    exitModule: (item) => {
      stack.pop();
      mr.exitModule(item.attrs.some((a) => attrName(a) === 'macro_use'));
    },
  };
  eager = (e) => {
    let cur: Expr | null = e;
    for (let depth = 0; cur !== null && cur.kind.tag === 'MacCall' && depth < 128; depth++) cur = mx.expandExpr(cur.kind.mac, cur);
    return cur;
  };
  const walker = new Walker(cx, mx);
  const items = crateAttrs.keep ? walker.items(crate.items) : [];
  for (const report of unknownDerives) report();
  mr.reportUnresolved();
  const out = { ...crate, attrs: crateAttrs.attrs, items: [...injectedExternCrate(cx, crate), ...items, ...mr.exportedDefinitions()] };
  exportedTable.set(out, mr.exported());
  reexportTable.set(out, reexportedMacros(cx, crate.items));
  hygieneTable.set(out, mr.hygieneParents());
  unusedMacroTable.set(out, mr.unusedMacros());
  return out;
}

/** A local `macro_rules!` nothing invoked (its item is gone from the expanded crate). */
export interface UnusedMacro {
  readonly name: import('../syntax/symbol.ts').Symbol;
  /** The macro's name in its definition. */
  readonly span: import('../diagnostics/span.ts').Span;
  readonly attrs: readonly import('../syntax/ast/index.ts').Attribute[];
}

const unusedMacroTable = new WeakMap<Crate, readonly UnusedMacro[]>();

/** The unused macro definitions of an expanded crate, for the unused_macros lint. */
export function unusedMacrosOf(crate: Crate): readonly UnusedMacro[] {
  return unusedMacroTable.get(crate) ?? [];
}

const exportedTable = new WeakMap<Crate, MacroRulesDef[]>();
const hygieneTable = new WeakMap<Crate, ReadonlyMap<number, number | null>>();

/**
 * Hygiene facts for name resolution: for a `macro_rules!` expansion's syntax context, the
 * context whose local variables its identifiers may also name (the definition site of a
 * macro written inside a function body), or null (only the expansion's own locals).
 * A local named `x` with context c is found as (x, c), then (x, parent(c)), and so on.
 */
export function hygieneParentsOf(crate: Crate): ReadonlyMap<number, number | null> {
  return hygieneTable.get(crate) ?? new Map();
}

/**
 * The `#[macro_export]` macros of an expanded crate, for its metadata (each definition's
 * tokens are in `body`; see macro-rules/metadata.ts for the encoding).
 */
export function exportedMacrosOf(crate: Crate): readonly MacroRulesDef[] {
  return exportedTable.get(crate) ?? [];
}

const reexportTable = new WeakMap<Crate, EncodedMacro[]>();

/**
 * Dependencies' macros this crate re-exports at its root (`pub use core::matches;`, std's
 * `pub use alloc_crate::vec;`), for its metadata: rustc re-exports a macro with any `use`
 * of its name, and dependents then see it as this crate's.
 */
export function reexportedMacrosOf(crate: Crate): readonly EncodedMacro[] {
  return reexportTable.get(crate) ?? [];
}

function reexportedMacros(cx: ExpandCtx, items: readonly Item[]): EncodedMacro[] {
  if (!cx.externMacros) return [];
  const crates = new Map<string, string>([['core', 'core'], ['std', 'std']]);
  for (const it of items) if (it.kind.tag === 'ExternCrate') crates.set(symStr(it.ident.name), symStr(it.kind.orig ?? it.ident.name));
  const out: EncodedMacro[] = [];
  const walk = (t: UseTree, prefix: string[]): void => {
    const segs = [...prefix, ...t.prefix.segments.map((x) => symStr(x.ident.name))];
    if (t.kind.tag === 'Nested') {
      for (const sub of t.kind.items) walk(sub, segs);
      return;
    }
    if (t.kind.tag !== 'Simple' || segs.length !== 2 || t.kind.rename) return;
    const dep = crates.get(segs[0]!);
    const m = dep === undefined ? undefined : cx.externMacros?.(dep)?.find((x) => x.name === segs[1]);
    if (m && dep !== undefined && !out.some((o) => o.name === m.name)) out.push(encodeReexportedMacro(m, dep));
  };
  for (const it of items) if (it.kind.tag === 'Use' && it.vis.kind.tag === 'Public') walk(it.kind.tree, []);
  return out;
}

/** What a failed statement-position expansion leaves: an error expression (no cascades). */
function errStmt(cx: ExpandCtx, s: Stmt): Stmt {
  return { id: s.id, span: s.span, kind: { tag: 'Expr', expr: { id: cx.nextNodeId(), span: s.span, attrs: [], kind: { tag: 'Err' } } } };
}

/**
 * rustc's std_inject: `extern crate std;` (or `core` under `#![no_std]`) at the crate root,
 * in every edition, so `::std::...` and `std::...` paths work in 2015 code too.
 */
function injectedExternCrate(cx: ExpandCtx, crate: Crate): Item[] {
  const root = cx.stdRoot?.global ? 'std' : cx.coreRoot.global ? 'core' : null;
  if (root === null || crate.items.some((i) => i.kind.tag === 'ExternCrate' && symStr(i.ident.name) === root)) return [];
  const span = { lo: crate.span.lo, hi: crate.span.lo, ctxt: 0 };
  return [{
    id: cx.nextNodeId(),
    attrs: [],
    vis: { kind: { tag: 'Inherited' }, span },
    ident: { name: intern(root), span },
    kind: { tag: 'ExternCrate', orig: null },
    span,
  }];
}

function pathAttr(item: Item): string | null {
  for (const a of item.attrs) if (attrName(a) === 'path') return attrStrValue(a);
  return null;
}

function loadModule(cx: ExpandCtx, io: ExpandIo, item: Item, frame: ModFrame): void {
  const name = symStr(item.ident.name);
  const explicit = pathAttr(item);
  const candidates = explicit !== null ? [path.join(frame.dir, explicit)] : [path.join(frame.dir, `${name}.rs`), path.join(frame.dir, name, 'mod.rs')];
  for (const file of candidates) {
    const parsed = io.parseModFile(file);
    if (parsed === null) continue;
    const w = writable(item);
    w.attrs = [...item.attrs, ...parsed.attrs];
    w.kind = { tag: 'Mod', safety: item.kind.tag === 'Mod' ? item.kind.safety : 'default', mod: { tag: 'Loaded', items: parsed.items, inline: false, innerSpan: parsed.span, file } };
    return;
  }
  const rel = (f: string): string => path.relative(process.cwd(), f) || f;
  cx.dcx
    .err(`file not found for module \`${name}\``, 'E0583')
    .primary(item.span)
    .help(`to create the module \`${name}\`, create file "${rel(candidates[0]!)}" or "${rel(candidates[1] ?? candidates[0]!)}"`)
    .note('if there is a `mod ' + name + '` elsewhere in the crate already, import it with `use crate::...` instead')
    .emit();
  writable(item).kind = { tag: 'Mod', safety: 'default', mod: { tag: 'Loaded', items: [], inline: true, innerSpan: item.span, file: null } };
}

function macroName(mac: MacCall): string {
  return symStr(mac.path.segments[mac.path.segments.length - 1]!.ident.name);
}

const LOCATED_BUILTINS = new Set([
  'line', 'column', 'file', 'panic', 'unreachable', 'todo', 'unimplemented', 'assert', 'debug_assert',
  'assert_eq', 'assert_ne', 'debug_assert_eq', 'debug_assert_ne', 'dbg',
]);

function expandExprMacro(cx: ExpandCtx, io: ExpandIo, mac: MacCall, e: Expr, modulePath: string, unknownMacro: (mac: MacCall) => void): Expr | null {
  const name = macroName(mac);
  const args = io.cursor(mac.args.tokens, mac.args.dspan.close);
  const span = mac.span;
  switch (name) {
    case 'print':
    case 'println':
    case 'eprint':
    case 'eprintln':
      if (cx.stdRoot === null) break;
      return expandPrint(cx, name, args, span);
    case 'panic':
    case 'unreachable':
    case 'todo':
    case 'unimplemented':
      return expandPanicLike(cx, name, args, span);
    case 'format_args':
    case 'format_args_nl':
      return expandFormatArgs(cx, name, args, span, name === 'format_args_nl');
    case 'write':
    case 'writeln':
      return expandWrite(cx, name, args, span);
    case 'format':
      if (cx.stdRoot === null) break;
      return expandFormat(cx, name, args, span);
    case 'assert_eq':
    case 'assert_ne':
    case 'debug_assert_eq':
    case 'debug_assert_ne':
      return expandAssertEq(cx, name, args, span);
    case 'assert':
      return expandAssert(cx, args, span, false);
    case 'debug_assert':
      return expandAssert(cx, args, span, true);
    case 'asm': {
      const asm = parseAsm(cx, args, span, false);
      return asm ? { id: e.id, span, attrs: e.attrs, kind: { tag: 'InlineAsm', asm } } : null;
    }
    case 'include_str':
    case 'include_bytes':
      return expandInclude(cx, name, args, span, io.readFile ?? (() => ({ error: 'No such file or directory (os error 2)' })));
    case 'env':
      return expandEnv(cx, args, span, io.env ?? process.env);
    case 'option_env':
      return expandOptionEnv(cx, args, span, io.env ?? process.env);
    default: {
      const r = expandSimple(cx, name, args, span, modulePath);
      if (r !== undefined) return r;
    }
  }
  unknownMacro(mac);
  return null;
}

function expandItemMacro(cx: ExpandCtx, io: ExpandIo, mac: MacCall, item: Item, unknownMacro: (mac: MacCall) => void): Item[] {
  const name = macroName(mac);
  if (name === 'global_asm') {
    const asm = parseAsm(cx, io.cursor(mac.args.tokens, mac.args.dspan.close), mac.span, true);
    if (!asm) return [];
    return [{ ...item, ident: { name: intern(''), span: item.span }, kind: { tag: 'GlobalAsm', asm } }];
  }
  unknownMacro(mac);
  return [];
}
