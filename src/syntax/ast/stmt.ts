import type { Span } from '../../diagnostics/span.ts';
import type { Attribute, MacCall } from './attr.ts';
import type { Expr } from './expr.ts';
import type { Item } from './item.ts';
import type { NodeId } from './node.ts';
import type { Pat } from './pat.ts';
import type { Ty } from './ty.ts';

export interface Block {
  readonly id: NodeId;
  readonly stmts: readonly Stmt[];
  readonly rules: 'default' | 'unsafe';
  readonly span: Span;
}

export interface Stmt {
  readonly id: NodeId;
  readonly kind: StmtKind;
  readonly span: Span;
}

export type LocalInit =
  | { readonly tag: 'Decl' }
  | { readonly tag: 'Init'; readonly expr: Expr }
  | { readonly tag: 'InitElse'; readonly expr: Expr; readonly els: Block };

export interface Local {
  readonly id: NodeId;
  readonly pat: Pat;
  readonly ty: Ty | null;
  readonly init: LocalInit;
  readonly attrs: readonly Attribute[];
  readonly span: Span;
}

export type StmtKind =
  | { readonly tag: 'Let'; readonly local: Local }
  | { readonly tag: 'Item'; readonly item: Item }
  /** Expression without a trailing semicolon (the block's value if last). */
  | { readonly tag: 'Expr'; readonly expr: Expr }
  | { readonly tag: 'Semi'; readonly expr: Expr }
  | { readonly tag: 'Empty' }
  | {
      readonly tag: 'MacCall';
      readonly mac: MacCall;
      readonly style: 'semicolon' | 'braces' | 'noBraces';
      readonly attrs: readonly Attribute[];
    };
