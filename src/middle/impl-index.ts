// Impls indexed by their self type's outermost constructor (rustc's SimplifiedType and
// trait_impls_of): a lookup for `Vec<u8>` only looks at impls for `Vec<_>` and at blanket
// impls (`impl<T> Tr for T`), not at every impl of the trait.
import type { DefId } from '../ty/def-id.ts';
import { tyKind } from '../ty/interner.ts';
import type { Ty } from '../ty/ty.ts';

/** The outermost type constructor of `t`, or null for parameters, projections and unknowns. */
export function simplifyTy(t: Ty): string | null {
  const k = tyKind(t);
  switch (k.tag) {
    case 'Bool': return 'bool';
    case 'Char': return 'char';
    case 'Int': return k.int;
    case 'Uint': return k.uint;
    case 'Float': return k.float;
    case 'Str': return 'str';
    case 'Never': return '!';
    case 'Tuple': return `(${k.elems.length})`;
    case 'Array': return '[;]';
    case 'Slice': return '[]';
    case 'Ref': return `&${k.mutbl}`;
    case 'RawPtr': return `*${k.mutbl}`;
    case 'Adt': return `adt${k.def}`;
    case 'FnDef': return `fndef${k.def}`;
    case 'FnPtr': return `fn(${k.sig.inputs.length})`;
    case 'Closure': return `closure${k.def}`;
    case 'Dynamic': return `dyn${k.principal?.def ?? k.autoTraits.join('+')}`;
    case 'Foreign': return `foreign${k.def}`;
    case 'Param': case 'Alias': case 'Infer': case 'Error': return null;
  }
}

/** Impls of one trait (or the inherent impls) by simplified self type. */
export class ImplsBySelf {
  /** Impls whose self type is a parameter or projection: they may apply to any type. */
  private readonly blanket: DefId[] = [];
  /** Per simplified type: its impls and the blanket ones, in declaration order. */
  private readonly byKey = new Map<string, DefId[]>();

  constructor(
    readonly all: readonly DefId[],
    selfTy: (impl: DefId) => Ty,
  ) {
    const keys = all.map((i) => simplifyTy(selfTy(i)));
    all.forEach((impl, n) => {
      const key = keys[n]!;
      if (key === null) {
        this.blanket.push(impl);
        for (const list of this.byKey.values()) list.push(impl);
        return;
      }
      let list = this.byKey.get(key);
      if (!list) this.byKey.set(key, (list = [...this.blanket]));
      list.push(impl);
    });
  }

  /** Impls that may have `self` as their self type (all of them when `self` is not known yet). */
  lookup(self: Ty): readonly DefId[] {
    const key = simplifyTy(self);
    if (key === null) {
      // A parameter or projection only matches blanket impls (rustc treats it as a placeholder).
      const k = tyKind(self).tag;
      return k === 'Param' || k === 'Alias' ? this.blanket : this.all;
    }
    return this.byKey.get(key) ?? this.blanket;
  }
}
