// The AST: one set of node types for the whole language, each node with a span
// (the parser's output and the expander's input and output).
export type * from './node.ts';
export type * from './attr.ts';
export type * from './path.ts';
export type * from './ty.ts';
export type * from './pat.ts';
export type * from './generics.ts';
export type * from './lit.ts';
export type * from './expr.ts';
export type * from './format.ts';
export type * from './asm.ts';
export type * from './stmt.ts';
export type * from './item.ts';
export type * from './nonterminal.ts';
export { DUMMY_NODE_ID, CRATE_NODE_ID } from './node.ts';
