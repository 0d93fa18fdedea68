import type { Span } from '../../diagnostics/span.ts';
import type { Local, Place } from '../mir.ts';
import { local, type Builder } from './builder.ts';

// Drop scopes (rustc's `Scope`s with scheduled drops): every local whose type may need
// dropping is scheduled in a scope and dropped, in reverse order of scheduling, when control
// leaves the scope: at its end, or through `break`/`continue`/`return`. Drops are emitted
// unconditionally here; drop elaboration (elaborate-drops.ts) then guards each with drop
// flags, so locals moved out of (fully, partially or on some paths) are not dropped twice.
//
// Variables go to the innermost scope (a block, a match arm); temporaries go to the
// innermost *terminating* scope (a statement, a loop body, an `if` condition or branch, a
// match arm, the fn body), so temporaries of a block's tail expression live until the end
// of the enclosing statement, as in Rust 2021.

export interface DropScope {
  readonly terminating: boolean;
  /** A statement's scope holds only temporaries (its `let` bindings belong to the block). */
  readonly statement: boolean;
  readonly drops: Local[];
}

export function pushDropScope(b: Builder, terminating: boolean, statement = false): void {
  b.dropScopes.push({ terminating, statement, drops: [] });
}

/** Leaves the innermost scope normally: drops its locals (when `cur` is reachable code). */
export function popDropScope(b: Builder, span: Span): void {
  const s = b.dropScopes.pop();
  if (!s) throw new Error('MIR build: drop scope underflow');
  emitDrops(b, s.drops, span);
}

/** Runs the inner scope's body `f` in a new scope, dropping its locals afterwards. */
export function inDropScope<T>(b: Builder, terminating: boolean, span: Span, f: () => T, statement = false): T {
  pushDropScope(b, terminating, statement);
  const r = f();
  popDropScope(b, span);
  return r;
}

/** Schedules `l` (a variable or temporary of a type that may need drop) for dropping. */
export function scheduleDrop(b: Builder, l: Local, isTemp: boolean): void {
  for (let i = b.dropScopes.length - 1; i >= 0; i--) {
    const s = b.dropScopes[i]!;
    if (isTemp ? s.terminating : !s.statement) {
      s.drops.push(l);
      return;
    }
  }
}

/** Drops of every scope above `depth`, innermost first, for a jump out of them. */
export function exitDropScopes(b: Builder, depth: number, span: Span): void {
  for (let i = b.dropScopes.length - 1; i >= depth; i--) emitDrops(b, b.dropScopes[i]!.drops, span);
}

/** `Drop(place)` continuing in a new block. */
export function dropPlace(b: Builder, place: Place, span: Span): void {
  const next = b.newBlock();
  b.terminate({ tag: 'Drop', place, target: next, span });
  b.cur = next;
}

function emitDrops(b: Builder, drops: readonly Local[], span: Span): void {
  if (b.blocks[b.cur]!.terminator !== null) return;
  for (let i = drops.length - 1; i >= 0; i--) dropPlace(b, local(drops[i]!), span);
}
