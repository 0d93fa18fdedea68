// Spec errors: for each broken spec in fixtures/errors/, our message is rustc 1.95's
// (recorded by tests/target/gen/record.ts) followed by " in <file>".
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadTarget, TargetError, type TargetErrorKind } from '../../src/target/index.ts';
import { fixturesDir, targetsDir } from './paths.ts';

interface ErrorCase {
  name: string;
  rustc: string;
  positionDiffers: boolean;
}

const dir = join(fixturesDir, 'errors');
const cases: ErrorCase[] = JSON.parse(readFileSync(join(dir, 'cases.json'), 'utf8'));

function errorOf(nameOrPath: string): TargetError {
  try {
    loadTarget(nameOrPath, { targetsDir });
  } catch (e) {
    if (e instanceof TargetError) return e;
    throw e;
  }
  throw new Error(`loading ${nameOrPath} did not fail`);
}

const stripPosition = (m: string) => m.replace(/ at line \d+ column \d+/, '');

describe("spec errors match rustc 1.95's", () => {
  for (const c of cases) {
    it(`${c.name} (fixtures/errors/${c.name}.json)`, () => {
      const file = join(dir, `${c.name}.json`);
      const e = errorOf(file);
      expect(e.file).toBe(file);
      expect(e.message.endsWith(` in ${file}`), e.message).toBe(true);
      const ours = e.message.slice(0, -` in ${file}`.length);
      if (c.positionDiffers) {
        // rustc checks these enums after parsing and points at the end of the object; we point at the value.
        expect(stripPosition(ours)).toBe(stripPosition(c.rustc));
        expect(e.pos).not.toBeNull();
      } else {
        expect(ours).toBe(c.rustc);
      }
    });
  }

  it('covers syntax, unknown, missing and wrongly typed fields', () => {
    const kinds = new Set(cases.map((c) => errorOf(join(dir, `${c.name}.json`)).kind));
    for (const k of ['syntax', 'unknown-field', 'missing-field', 'invalid-value', 'duplicate-field', 'inconsistent'] satisfies TargetErrorKind[]) {
      expect(kinds.has(k), k).toBe(true);
    }
  });
});

describe('error details', () => {
  it('names the field and its position', () => {
    const e = errorOf(join(dir, 'pointer-width-string.json'));
    expect(e.kind).toBe('invalid-value');
    expect(e.field).toBe('target-pointer-width');
    expect(e.pos).toEqual({ line: 23, column: 31 });
    expect(errorOf(join(dir, 'unknown-field.json')).field).toBe('foo');
    expect(errorOf(join(dir, 'link-args-item.json')).field).toBe('pre-link-args.gnu-lld[1]');
  });

  it('every missing required field is reported by name', () => {
    for (const f of ['llvm-target', 'data-layout', 'arch', 'target-pointer-width']) {
      const e = errorOf(join(dir, `missing-${f}.json`));
      expect(e.kind).toBe('missing-field');
      expect(e.message).toContain(`missing field \`${f}\``);
    }
  });

  it('unknown target name, with the help line rustc prints', () => {
    const e = errorOf('xyz');
    expect(e.kind).toBe('not-found');
    expect(e.message).toBe('error loading target specification: could not find specification for target "xyz"');
    expect(e.help).toBe('run `tsrustc --print target-list` for a list of built-in targets');
  });

  it('a .json path that does not exist', () => {
    const e = errorOf('./nope.json');
    expect(e.kind).toBe('no-file');
    expect(e.message).toBe('target file "./nope.json" does not exist');
  });
});
