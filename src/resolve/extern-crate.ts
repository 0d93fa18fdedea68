import type { Res } from '../hir/res.ts';
import type { DefKind } from '../ty/context.ts';
import type { CrateNum, DefId } from '../ty/def-id.ts';
import type { Namespace } from './namespace.ts';

/** A name a dependency's module (or enum/trait) exports, as its metadata lists it. */
export interface ModChild {
  readonly name: string;
  readonly ns: Namespace;
  readonly res: Res;
  readonly isPublic: boolean;
}

/** What name resolution needs from a loaded dependency crate. */
export interface ExternCrateView {
  readonly name: string;
  readonly cnum: CrateNum;
  readonly root: DefId;
  /** Children of a module, enum or trait of that crate (re-exports included). */
  children(def: DefId): readonly ModChild[];
  defKind(def: DefId): DefKind;
  /** The crate's lang items (desugarings name `Range`, `into_iter`, `Some`... through them). */
  langItems?(): ReadonlyMap<string, DefId>;
  /** The constructor of a tuple/unit struct or variant. */
  ctorOf?(def: DefId): DefId | null;
}
