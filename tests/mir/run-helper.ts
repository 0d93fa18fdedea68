// Test-only: run built MIR in the interpreter and render it.
import { Machine } from '../../src/mir/interpret/machine.ts';
import { MirPanic, type Value } from '../../src/mir/interpret/value.ts';
import { prettyBody, type BodyHeaderKind } from '../../src/mir/pretty.ts';
import type { DefId } from '../../src/ty/def-id.ts';
import type { HirDsl } from './hir-dsl.ts';

export function machine(t: HirDsl, foreign?: (name: string, args: Value[]) => Value): Machine {
  return new Machine({
    pointerWidth: t.sess.target.pointerWidth,
    adtDef: (d) => t.adtDef(d),
    mirBody: (d) => t.mir(d),
    callForeign: foreign ? (d, args) => foreign(t.defPathOf(d), args) : undefined,
  });
}

/** Runs `def` on integer arguments; returns the integer result (as bits) or the panic message. */
export function runInt(t: HirDsl, def: DefId, args: bigint[]): bigint | string {
  try {
    const v = machine(t).call(def, args.map((bits) => ({ k: 'int', bits })));
    if (v.k !== 'int') throw new Error(`result is ${v.k}, not an integer`);
    return v.bits;
  } catch (e) {
    if (e instanceof MirPanic) return e.panicMessage;
    throw e;
  }
}

export function pretty(t: HirDsl, def: DefId, kind: BodyHeaderKind = 'fn'): string {
  return prettyBody(t.mir(def)!, { defPath: (d) => t.defPathOf(d), adtDef: (d) => t.adtDef(d), pointerWidth: 64 }, kind);
}

/** Two's complement bits of a negative value for a width. */
export function neg(v: bigint, bits = 32): bigint {
  return BigInt.asUintN(bits, v);
}
