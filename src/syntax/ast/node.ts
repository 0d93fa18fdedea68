import type { Span } from '../../diagnostics/span.ts';
import type { Symbol } from '../symbol.ts';

/** Identifies an AST node; resolution results are keyed by it. DUMMY before numbering. */
export type NodeId = number;
export const DUMMY_NODE_ID: NodeId = -1;
export const CRATE_NODE_ID: NodeId = 0;

export interface Ident {
  readonly name: Symbol;
  readonly span: Span;
}

export type Mutability = 'not' | 'mut';
export type Safety = 'default' | 'unsafe' | 'safe';
export type Constness = 'not' | 'const';
export type Defaultness = 'final' | 'default';
