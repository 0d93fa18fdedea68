import { describe, expect, it } from 'vitest';
import { frontend } from './frontend.ts';

// Temporary lifetime extension (src/mir/build/temp-lifetime.ts): where the drops of
// temporaries borrowed by a `let` land in the MIR.

const PRELUDE = `
#[lang = "drop"] trait Drop { fn drop(&mut self); }
struct D(i32);
impl Drop for D { fn drop(&mut self) {} }
fn make(x: i32) -> D { D(x) }
fn main() {}
`;

/**
 * Whether `drop(<local>)` can run before the statement containing `text`: reachable from bb0
 * through blocks that do not contain it (the MIR text's blocks and their jump targets).
 */
function dropsBefore(mir: string, local: string, text: string): boolean {
  const blocks = new Map<number, string>();
  for (const m of mir.matchAll(/ {4}bb(\d+): \{\n([\s\S]*?)\n {4}\}/g)) blocks.set(Number(m[1]), m[2]!);
  expect([...blocks.values()].some((b) => b.includes(text))).toBe(true);
  const seen = new Set<number>();
  const work = [0];
  while (work.length > 0) {
    const bb = work.pop()!;
    const body = blocks.get(bb);
    if (seen.has(bb) || body === undefined || body.includes(text)) continue;
    seen.add(bb);
    if (body.includes(`drop(${local})`)) return true;
    for (const m of body.matchAll(/bb(\d+)/g)) work.push(Number(m[1]));
  }
  return false;
}

describe('temporary lifetime extension', () => {
  it('keeps borrowed temporaries of a let alive until the end of the block', () => {
    const f = frontend(PRELUDE + `
fn direct() -> i32 { let r = &make(1); r.0 }
fn in_tuple() -> i32 { let t = (&make(2), 0); t.0 .0 }
fn in_tail() -> i32 { let r = { &make(3) }; r.0 }
fn by_ref() -> i32 { let (ref d, _) = (make(4), 0); d.0 }
`);
    expect(f.text()).toBe('');
    expect(dropsBefore(f.mir('direct'), '_2', '.0: i32);')).toBe(false);
    expect(dropsBefore(f.mir('in_tuple'), '_2', '.0: i32);')).toBe(false);
    expect(dropsBefore(f.mir('in_tail'), '_2', '.0: i32);')).toBe(false);
    expect(dropsBefore(f.mir('by_ref'), '_1', '.0: i32);')).toBe(false);
    expect([f.run('direct'), f.run('in_tuple'), f.run('in_tail'), f.run('by_ref')]).toEqual([1n, 2n, 3n, 4n]);
  });

  it('drops temporaries that are not borrowed by the let at the end of the statement', () => {
    const f = frontend(PRELUDE + `
fn passed() -> i32 { let n = make(5).0; n + 1 }
`);
    expect(f.text()).toBe('');
    // The temporary is gone before the addition.
    expect(dropsBefore(f.mir('passed'), '_2', 'AddWithOverflow')).toBe(true);
    expect(f.run('passed')).toBe(6n);
  });
});
