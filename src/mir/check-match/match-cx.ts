import type { Span } from '../../diagnostics/span.ts';
import type { AdtDef } from '../../ty/adt.ts';
import type { DefId } from '../../ty/def-id.ts';
import type { GenericArgs, Ty } from '../../ty/ty.ts';

/** What the exhaustiveness checker asks of the middle (types only; patterns come lowered). */
export interface MatchCx {
  readonly pointerWidth: 16 | 32 | 64;
  adtDef(def: DefId): AdtDef;
  /** Field types of `variant` of the ADT instance `def<args>`. */
  fieldTys(def: DefId, args: GenericArgs, variant: number): Ty[];
  /** `Option<i32>` as diagnostics print it. */
  tyStr(ty: Ty): string;
  /** Where an ADT / variant is defined (its name), for "`Foo` defined here"; null for other crates' items without source. */
  identSpan(def: DefId): Span | null;
  /** Whether the variant's `#[lang]` is one of Some/None/Ok/Err: such variants print without their enum's name. */
  isPreludeVariant(def: DefId): boolean;
}
