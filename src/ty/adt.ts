import type { DefId } from './def-id.ts';
import type { IntTy, Ty, UintTy } from './ty.ts';

export interface ReprOptions {
  readonly c: boolean;
  readonly transparent: boolean;
  /** `#[repr(packed(N))]` (1 for plain `packed`). */
  readonly packed: number | null;
  readonly align: number | null;
  /** `#[repr(u8)]` etc. on enums. */
  readonly int: IntTy | UintTy | null;
}

export interface FieldDef {
  readonly def: DefId;
  /** Field name; tuple fields are '0', '1', ... */
  readonly name: string;
  /** May mention the ADT's type parameters (`Param`). */
  readonly ty: Ty;
  readonly isPub: boolean;
}

export interface VariantDef {
  readonly def: DefId;
  readonly name: string;
  readonly fields: readonly FieldDef[];
  /** Discriminant value (explicit or implicit), as the repr int's bits. */
  readonly discr: bigint;
  readonly ctorKind: 'fn' | 'const' | null;
}

export interface AdtDef {
  readonly def: DefId;
  readonly name: string;
  readonly kind: 'struct' | 'enum' | 'union';
  readonly variants: readonly VariantDef[];
  readonly repr: ReprOptions;
  /** Number of generic parameters (type, lifetime, const), for substitution. */
  readonly genericCount: number;
}
