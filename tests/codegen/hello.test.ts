import { describe, expect, it } from 'vitest';
import { tys } from '../../src/ty/interner.ts';
import { call, cfn, ci, cstr } from './support/mir-dsl.ts';
import { makeProgram, programIr, runProgram } from './support/program.ts';
import { HAVE_SHIM, TARGETS } from './support/targets.ts';

const runnable = TARGETS.filter((t) => t.arch !== null);

describe.skipIf(!HAVE_SHIM)('hello world through the MIR runtime', () => {
  for (const t of runnable) {
    it.skipIf(t.runner === null)(`prints on ${t.info.name}`, () => {
      const p = makeProgram(t, ({ rt }, b) => {
        const u = b.local(tys.unit);
        b.block([], call(cfn(rt.printStr), [ci(tys.usize, 1), cstr('Hello, world!\n')], u, 1));
        b.block([], call(cfn(rt.printU64), [ci(tys.usize, 1), ci(tys.u64, 1234567890123n)], u, 2));
        b.block([], call(cfn(rt.printStr), [ci(tys.usize, 1), cstr('\n')], u, 3));
        b.block([], { tag: 'Return', span: { lo: 0, hi: 0, ctxt: 0 } });
      });
      const r = runProgram(p, t);
      expect(r.stderr).toBe('');
      expect(r.stdout).toBe('Hello, world!\n1234567890123\n');
      expect(r.status).toBe(0);
    });
  }
  it('produces IR for x86_64', () => {
    const t = runnable[0]!;
    const p = makeProgram(t, (_p, b) => void b.block([], { tag: 'Return', span: { lo: 0, hi: 0, ctxt: 0 } }));
    const ir = programIr(p, t)[0]!;
    expect(ir).toContain('define i32 @main(i32 %argc, i8** %argv)');
  });
});
