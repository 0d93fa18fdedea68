// Interned identifiers: compared by number, the text kept once. A single process-wide table,
// like rustc's symbol interner; symbols never need freeing within one compilation.
export type Symbol = number & { readonly __symbol: unique symbol };

const strings: string[] = [];
const ids = new Map<string, Symbol>();

export function intern(text: string): Symbol {
  let id = ids.get(text);
  if (id === undefined) {
    id = strings.length as Symbol;
    strings.push(text);
    ids.set(text, id);
  }
  return id;
}

export function symStr(sym: Symbol): string {
  const s = strings[sym];
  if (s === undefined) throw new Error(`unknown symbol ${sym}`);
  return s;
}

/** Well-known symbols, interned first so their numbers are stable within a process. */
export const kw = {
  Empty: intern(''),
  Underscore: intern('_'),
  As: intern('as'),
  Async: intern('async'),
  Await: intern('await'),
  Box: intern('box'),
  Break: intern('break'),
  Const: intern('const'),
  Continue: intern('continue'),
  Crate: intern('crate'),
  Dyn: intern('dyn'),
  Else: intern('else'),
  Enum: intern('enum'),
  Extern: intern('extern'),
  False: intern('false'),
  Fn: intern('fn'),
  For: intern('for'),
  Gen: intern('gen'),
  If: intern('if'),
  Impl: intern('impl'),
  In: intern('in'),
  Let: intern('let'),
  Loop: intern('loop'),
  Macro: intern('macro'),
  MacroRules: intern('macro_rules'),
  Match: intern('match'),
  Mod: intern('mod'),
  Move: intern('move'),
  Mut: intern('mut'),
  Pub: intern('pub'),
  Raw: intern('raw'),
  Ref: intern('ref'),
  Return: intern('return'),
  SelfLower: intern('self'),
  SelfUpper: intern('Self'),
  Static: intern('static'),
  Struct: intern('struct'),
  Super: intern('super'),
  Trait: intern('trait'),
  True: intern('true'),
  Try: intern('try'),
  Type: intern('type'),
  Union: intern('union'),
  Unsafe: intern('unsafe'),
  Use: intern('use'),
  Where: intern('where'),
  While: intern('while'),
  Yield: intern('yield'),
  Auto: intern('auto'),
  Default: intern('default'),
  StaticLifetime: intern("'static"),
  UnderscoreLifetime: intern("'_"),
  PathRoot: intern('{{root}}'),
  DollarCrate: intern('$crate'),
} as const;
