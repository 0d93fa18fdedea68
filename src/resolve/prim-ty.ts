import type { PrimTy } from '../hir/res.ts';
import { intern, type Symbol } from '../syntax/symbol.ts';

const table = new Map<Symbol, PrimTy>();
for (const int of ['i8', 'i16', 'i32', 'i64', 'i128', 'isize'] as const) table.set(intern(int), { tag: 'Int', int });
for (const uint of ['u8', 'u16', 'u32', 'u64', 'u128', 'usize'] as const) table.set(intern(uint), { tag: 'Uint', uint });
for (const float of ['f16', 'f32', 'f64', 'f128'] as const) table.set(intern(float), { tag: 'Float', float });
table.set(intern('bool'), { tag: 'Bool' });
table.set(intern('char'), { tag: 'Char' });
table.set(intern('str'), { tag: 'Str' });

/** The builtin type named `name`, if any (the last fallback of type-namespace lookups). */
export function primTyByName(name: Symbol): PrimTy | null {
  return table.get(name) ?? null;
}

export function primTyName(p: PrimTy): string {
  switch (p.tag) {
    case 'Int': return p.int;
    case 'Uint': return p.uint;
    case 'Float': return p.float;
    case 'Bool': return 'bool';
    case 'Char': return 'char';
    case 'Str': return 'str';
  }
}
