// Which identifiers are reserved in which edition (the Reference, "Keywords").
import { intern, kw, type Symbol } from './symbol.ts';
import type { Edition } from './edition.ts';

const STRICT = [
  'as', 'break', 'const', 'continue', 'crate', 'else', 'enum', 'extern', 'false', 'fn', 'for', 'if', 'impl', 'in',
  'let', 'loop', 'match', 'mod', 'move', 'mut', 'pub', 'ref', 'return', 'self', 'Self', 'static', 'struct', 'super',
  'trait', 'true', 'type', 'unsafe', 'use', 'where', 'while',
];
const RESERVED = ['abstract', 'become', 'box', 'do', 'final', 'macro', 'override', 'priv', 'typeof', 'unsized', 'virtual', 'yield'];
const STRICT_2018 = ['async', 'await', 'dyn'];
const RESERVED_2018 = ['try'];
const RESERVED_2024 = ['gen'];

export const kwExtra = {
  Become: intern('become'),
  Typeof: intern('typeof'),
  Do: intern('do'),
  Safe: intern('safe'),
  Builtin: intern('builtin'),
  Union: kw.Union,
  MacroRules: kw.MacroRules,
  Reuse: intern('reuse'),
  Catch: intern('catch'),
  OffsetOf: intern('offset_of'),
  TypeAscribe: intern('type_ascribe'),
} as const;

const tables = new Map<Edition, { used: Set<Symbol>; reserved: Set<Symbol> }>();

function build(ed: Edition): { used: Set<Symbol>; reserved: Set<Symbol> } {
  const used = new Set<Symbol>(STRICT.map(intern));
  const reserved = new Set<Symbol>(RESERVED.map(intern));
  if (ed >= '2018') {
    for (const s of STRICT_2018) used.add(intern(s));
    for (const s of RESERVED_2018) reserved.add(intern(s));
  }
  if (ed >= '2024') for (const s of RESERVED_2024) reserved.add(intern(s));
  return { used, reserved };
}

function table(ed: Edition): { used: Set<Symbol>; reserved: Set<Symbol> } {
  let t = tables.get(ed);
  if (!t) {
    t = build(ed);
    tables.set(ed, t);
  }
  return t;
}

/** Used keyword (`fn`, `let`...) in this edition. */
export function isUsedKeyword(sym: Symbol, ed: Edition): boolean {
  return table(ed).used.has(sym);
}

/** Reserved for future use (`box`, `yield`, `try` in 2018+...). */
export function isUnusedKeyword(sym: Symbol, ed: Edition): boolean {
  return table(ed).reserved.has(sym);
}

/** Cannot be used as a plain identifier: keywords, reserved words, `_`. */
export function isReservedIdent(sym: Symbol, ed: Edition): boolean {
  return sym === kw.Underscore || sym === kw.PathRoot || sym === kw.DollarCrate || table(ed).used.has(sym) || table(ed).reserved.has(sym);
}

/** Keywords that may start a path (`self::x`, `crate::y`). */
export function isPathSegmentKeyword(sym: Symbol): boolean {
  return sym === kw.Super || sym === kw.SelfLower || sym === kw.SelfUpper || sym === kw.Crate || sym === kw.PathRoot || sym === kw.DollarCrate;
}
