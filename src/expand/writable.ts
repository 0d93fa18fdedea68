/**
 * The expander rewrites the parser's fresh AST in place (as rustc's MutVisitor does):
 * nobody else holds references to it yet, and rebuilding every node would double the work.
 */
export type Writable<T> = { -readonly [K in keyof T]: T[K] };

export function writable<T>(x: T): Writable<T> {
  return x as Writable<T>;
}
