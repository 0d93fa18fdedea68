import type { Span } from '../../diagnostics/span.ts';
import type { MacCall } from './attr.ts';
import type { GenericBound, GenericParam } from './generics.ts';
import type { FnDecl } from './item.ts';
import type { Mutability, NodeId, Safety } from './node.ts';
import type { AnonConst, Lifetime, Path, QSelf } from './path.ts';

export interface Ty {
  readonly id: NodeId;
  readonly kind: TyKind;
  readonly span: Span;
}

export type TyKind =
  | { readonly tag: 'Slice'; readonly ty: Ty }
  | { readonly tag: 'Array'; readonly ty: Ty; readonly len: AnonConst }
  | { readonly tag: 'Ptr'; readonly mutbl: Mutability; readonly ty: Ty }
  | { readonly tag: 'Ref'; readonly lifetime: Lifetime | null; readonly mutbl: Mutability; readonly ty: Ty }
  | {
      readonly tag: 'BareFn';
      readonly safety: Safety;
      readonly abi: string | null;
      readonly genericParams: readonly GenericParam[];
      readonly decl: FnDecl;
      readonly declSpan: Span;
    }
  | { readonly tag: 'Never' }
  | { readonly tag: 'Tup'; readonly tys: readonly Ty[] }
  | { readonly tag: 'Path'; readonly qself: QSelf | null; readonly path: Path }
  | { readonly tag: 'TraitObject'; readonly bounds: readonly GenericBound[]; readonly syntax: 'dyn' | 'none' }
  | { readonly tag: 'ImplTrait'; readonly id: NodeId; readonly bounds: readonly GenericBound[] }
  | { readonly tag: 'Paren'; readonly ty: Ty }
  | { readonly tag: 'Typeof'; readonly expr: AnonConst }
  | { readonly tag: 'Infer' }
  /** The type of `self` in `fn f(self)` / `&self`, filled with `Self` during lowering. */
  | { readonly tag: 'ImplicitSelf' }
  | { readonly tag: 'MacCall'; readonly mac: MacCall }
  /** `...` in the last parameter of a C-variadic foreign fn. */
  | { readonly tag: 'CVarArgs' }
  | { readonly tag: 'Err' };

export type FnRetTy =
  | { readonly tag: 'Default'; readonly span: Span }
  | { readonly tag: 'Ty'; readonly ty: Ty };
