import type { Span } from '../diagnostics/span.ts';
import type { DefId } from '../ty/def-id.ts';
import type { ConstArg, GenericArgs, Mutbl, Ty } from '../ty/ty.ts';

// MIR: a control-flow graph of basic blocks per body, as in rustc. Built from typed HIR,
// checked by borrowck, walked by the mono collector, lowered by codegen. Types inside a
// generic body may mention `Param`s; codegen substitutes the instance's args.

/** Local 0 is the return place, 1..=argCount the arguments, the rest temporaries/user vars. */
export type Local = number;
export type BasicBlock = number;
export const RETURN_PLACE: Local = 0;
export const START_BLOCK: BasicBlock = 0;

export interface LocalDecl {
  readonly ty: Ty;
  readonly mutbl: Mutbl;
  /** User variable name (for debuginfo and borrowck messages); null for temporaries. */
  readonly name: string | null;
  readonly span: Span;
  /** Set for user variables: how the binding was declared (borrowck's messages need it). */
  readonly binding?: UserBinding;
}

/**
 * How a user variable was introduced. `init`: `let x = e;` (the value is evaluated into
 * it); `uninit`: `let x;`; `param`: a fn parameter bound by a plain binding (the argument
 * local itself); `pattern`: bound from a place by a destructuring pattern or match arm.
 */
export interface UserBinding {
  readonly form: 'init' | 'uninit' | 'param' | 'pattern';
  /** Bound by value (`x`, `mut x`), so a `mut` can be suggested; false for `ref x`. */
  readonly byValue: boolean;
  /** `self` parameters get no `mut` suggestion. */
  readonly isSelf: boolean;
}

export type PlaceElem =
  | { readonly tag: 'Deref' }
  /** Field of a struct, tuple, closure or (after Downcast) enum variant; `ty` is the field's type. */
  | { readonly tag: 'Field'; readonly index: number; readonly ty: Ty }
  | { readonly tag: 'Index'; readonly local: Local }
  | { readonly tag: 'ConstantIndex'; readonly offset: number; readonly minLength: number; readonly fromEnd: boolean }
  | { readonly tag: 'Subslice'; readonly from: number; readonly to: number; readonly fromEnd: boolean }
  | { readonly tag: 'Downcast'; readonly variant: number };

export interface Place {
  readonly local: Local;
  readonly projection: readonly PlaceElem[];
}

/** A compile-time value. Scalars hold the value's bits (two's complement, zero-extended). */
export type ConstValue =
  | { readonly tag: 'Scalar'; readonly bits: bigint }
  | { readonly tag: 'ZeroSized' }
  /** A `&'static str` / `&'static [u8]`: pointer to read-only data plus length. */
  | { readonly tag: 'Slice'; readonly data: Uint8Array }
  /** Address of a static (`&STATIC`, `&raw const STATIC`). */
  | { readonly tag: 'StaticRef'; readonly def: DefId }
  /** Address of a function (a fn item reified to a fn pointer). */
  | { readonly tag: 'FnAddr'; readonly def: DefId; readonly args: GenericArgs }
  /** The value of const parameter `index` (`N` in a body): known once monomorphized. */
  | { readonly tag: 'ConstParam'; readonly index: number; readonly name: string }
  /**
   * An associated constant of a generic impl (`Self::CAPACITY = N`), evaluated by codegen
   * with the instance's generic args substituted into `args` (rustc's unevaluated consts).
   */
  | { readonly tag: 'Unevaluated'; readonly def: DefId; readonly args: GenericArgs }
  /**
   * `&'static T` to the value computed by `promoted[index]` of the body `def` (rustc's
   * promoted constants: a borrow of a constant expression, see transform/promote-consts.ts).
   * Codegen evaluates that body with the instance's generic args into a read-only global.
   */
  | { readonly tag: 'Promoted'; readonly def: DefId; readonly index: number }
  /** Bytes of an aggregate constant in memory order (const items of struct/array type). */
  | { readonly tag: 'Indirect'; readonly bytes: Uint8Array; readonly relocations: readonly { readonly offset: number; readonly target: ConstValue }[] };

export interface Constant {
  readonly ty: Ty;
  readonly value: ConstValue;
  readonly span: Span;
}

export type Operand =
  | { readonly tag: 'Copy'; readonly place: Place }
  | { readonly tag: 'Move'; readonly place: Place }
  | { readonly tag: 'Constant'; readonly constant: Constant };

export type BinOp =
  | 'Add' | 'Sub' | 'Mul' | 'Div' | 'Rem' | 'BitXor' | 'BitAnd' | 'BitOr' | 'Shl' | 'Shr'
  | 'Eq' | 'Lt' | 'Le' | 'Ne' | 'Ge' | 'Gt' | 'Offset'
  /** Unchecked wrapping forms used by intrinsics (wrapping_add etc.). */
  | 'AddUnchecked' | 'SubUnchecked' | 'MulUnchecked' | 'ShlUnchecked' | 'ShrUnchecked'
  | 'Cmp';

export type UnOp = 'Not' | 'Neg' | 'PtrMetadata';

export type CastKind =
  | 'IntToInt' | 'IntToFloat' | 'FloatToInt' | 'FloatToFloat'
  | 'PtrToPtr' | 'PointerExposeAddress' | 'PointerFromExposedAddress'
  | 'FnPtrToPtr' | 'Transmute'
  /** Reify a fn item to a fn pointer; closure (non-capturing) to fn pointer. */
  | 'ReifyFnPointer' | 'ClosureFnPointer'
  /** &[T; N] -> &[T], &T -> &dyn Trait, Box<T> -> Box<dyn Trait>. */
  | 'Unsize'
  | 'MutToConstPointer' | 'ArrayToPointer';

export type AggregateKind =
  | { readonly tag: 'Array'; readonly elem: Ty }
  | { readonly tag: 'Tuple' }
  /** `activeField` is set for unions. */
  | { readonly tag: 'Adt'; readonly def: DefId; readonly variant: number; readonly args: GenericArgs; readonly activeField: number | null }
  | { readonly tag: 'Closure'; readonly def: DefId; readonly args: GenericArgs };

export type NullOp = 'SizeOf' | 'AlignOf' | 'UbChecks';

export type Rvalue =
  | { readonly tag: 'Use'; readonly operand: Operand }
  /** `[x; N]`: the count may be a const parameter, known once the body is monomorphized. */
  | { readonly tag: 'Repeat'; readonly operand: Operand; readonly count: ConstArg }
  | { readonly tag: 'Ref'; readonly mutbl: Mutbl; readonly place: Place }
  | { readonly tag: 'RawPtr'; readonly mutbl: Mutbl; readonly place: Place }
  /** Length of an array or slice place. */
  | { readonly tag: 'Len'; readonly place: Place }
  | { readonly tag: 'Cast'; readonly kind: CastKind; readonly operand: Operand; readonly ty: Ty }
  | { readonly tag: 'BinaryOp'; readonly op: BinOp; readonly lhs: Operand; readonly rhs: Operand }
  /** Result is `(T, bool)`: the wrapped value and whether it overflowed. */
  | { readonly tag: 'CheckedBinaryOp'; readonly op: 'Add' | 'Sub' | 'Mul' | 'Shl' | 'Shr'; readonly lhs: Operand; readonly rhs: Operand }
  | { readonly tag: 'UnaryOp'; readonly op: UnOp; readonly operand: Operand }
  | { readonly tag: 'NullaryOp'; readonly op: NullOp; readonly ty: Ty }
  | { readonly tag: 'Discriminant'; readonly place: Place }
  | { readonly tag: 'Aggregate'; readonly kind: AggregateKind; readonly operands: readonly Operand[] }
  | { readonly tag: 'CopyForDeref'; readonly place: Place };

export type Statement =
  | { readonly tag: 'Assign'; readonly place: Place; readonly rvalue: Rvalue; readonly span: Span }
  | { readonly tag: 'StorageLive'; readonly local: Local; readonly span: Span }
  | { readonly tag: 'StorageDead'; readonly local: Local; readonly span: Span }
  | { readonly tag: 'SetDiscriminant'; readonly place: Place; readonly variant: number; readonly span: Span }
  /** Marks a place as read for borrowck (e.g. a match scrutinee) without codegen effect. */
  | { readonly tag: 'FakeRead'; readonly place: Place; readonly span: Span }
  | { readonly tag: 'Nop'; readonly span: Span };

/** What a failed `Assert` reports; codegen turns it into a call of a panic lang item. */
export type AssertKind =
  | { readonly tag: 'BoundsCheck'; readonly len: Operand; readonly index: Operand }
  | { readonly tag: 'Overflow'; readonly op: BinOp; readonly lhs: Operand; readonly rhs: Operand }
  | { readonly tag: 'OverflowNeg'; readonly operand: Operand }
  | { readonly tag: 'DivisionByZero'; readonly operand: Operand }
  | { readonly tag: 'RemainderByZero'; readonly operand: Operand }
  | { readonly tag: 'MisalignedPointerDereference'; readonly required: Operand; readonly found: Operand };

export interface SwitchTargets {
  readonly values: readonly bigint[];
  readonly targets: readonly BasicBlock[];
  readonly otherwise: BasicBlock;
}

export type InlineAsmOperandMir =
  | { readonly tag: 'In'; readonly reg: string; readonly value: Operand }
  | { readonly tag: 'Out'; readonly reg: string; readonly late: boolean; readonly place: Place | null }
  | { readonly tag: 'InOut'; readonly reg: string; readonly late: boolean; readonly inValue: Operand; readonly outPlace: Place | null }
  | { readonly tag: 'Const'; readonly value: string }
  | { readonly tag: 'SymFn'; readonly def: DefId; readonly args: GenericArgs }
  | { readonly tag: 'SymStatic'; readonly def: DefId };

export type Terminator =
  | { readonly tag: 'Goto'; readonly target: BasicBlock; readonly span: Span }
  | { readonly tag: 'SwitchInt'; readonly discr: Operand; readonly targets: SwitchTargets; readonly span: Span }
  | { readonly tag: 'Return'; readonly span: Span }
  | { readonly tag: 'Unreachable'; readonly span: Span }
  /** Run the drop glue of `place` (a no-op for types without drop glue). */
  | { readonly tag: 'Drop'; readonly place: Place; readonly target: BasicBlock; readonly span: Span }
  | {
      readonly tag: 'Call';
      readonly func: Operand;
      readonly args: readonly Operand[];
      readonly destination: Place;
      /** Null when the callee returns `!`. */
      readonly target: BasicBlock | null;
      readonly span: Span;
      /** rust-call: the last argument is a tuple to be spread (closure calls). */
      readonly spreadLastArg?: boolean;
    }
  | { readonly tag: 'Assert'; readonly cond: Operand; readonly expected: boolean; readonly msg: AssertKind; readonly target: BasicBlock; readonly span: Span }
  | {
      readonly tag: 'InlineAsm';
      /** Template with `{N}`/`{N:mod}` placeholders already numbered by operand index. */
      readonly template: readonly import('../syntax/ast/asm.ts').InlineAsmTemplatePiece[];
      readonly operands: readonly InlineAsmOperandMir[];
      readonly options: readonly string[];
      readonly clobberAbis: readonly string[];
      readonly target: BasicBlock | null;
      readonly span: Span;
    };

export interface BasicBlockData {
  readonly statements: Statement[];
  terminator: Terminator;
}

export interface Body {
  readonly def: DefId;
  readonly argCount: number;
  readonly locals: LocalDecl[];
  readonly blocks: BasicBlockData[];
  readonly span: Span;
  /** Names of user variables for debuginfo: local -> name. */
  readonly varDebugInfo: readonly { readonly name: string; readonly local: Local; readonly span: Span }[];
  /**
   * Bodies of the promoted constants `Promoted { index }` refers to: no arguments, same
   * generics as this body, the return place a reference to the promoted value.
   */
  readonly promoted?: readonly Body[];
}
