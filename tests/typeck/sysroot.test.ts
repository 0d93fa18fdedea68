import { describe, expect, it } from 'vitest';
import { front, sysrootCrates } from './pipeline.ts';

describe('sysroot through the front end and metadata', () => {
  it('analyzes core, compiler_builtins, alloc and std without errors', () => {
    const crates = sysrootCrates();
    expect(crates.map((c) => c.name)).toEqual(['core', 'compiler_builtins', 'alloc', 'std']);
  });

  it('typechecks hello world against the sysroot metadata', () => {
    const r = front('hello.rs', 'hello', ['bin'], sysrootCrates(), 'fn main() {\n    println!("Hello, {}! {} {:?}", "world", 1 + 2, true);\n}\n');
    expect(r.text).toBe('');
    expect(r.analysis).not.toBeNull();
  });
});
