import type { BasicBlock, BasicBlockData, Body, Terminator } from '../mir.ts';

/** Successor blocks of a terminator, in order. */
export function successors(t: Terminator): BasicBlock[] {
  switch (t.tag) {
    case 'Goto': return [t.target];
    case 'SwitchInt': return [...t.targets.targets, t.targets.otherwise];
    case 'Return': case 'Unreachable': return [];
    case 'Drop': return [t.target];
    case 'Call': return t.target === null ? [] : [t.target];
    case 'Assert': return [t.target];
    case 'InlineAsm': return t.target === null ? [] : [t.target];
  }
}

function mapTargets(t: Terminator, f: (b: BasicBlock) => BasicBlock): Terminator {
  switch (t.tag) {
    case 'Goto': return { ...t, target: f(t.target) };
    case 'SwitchInt':
      return { ...t, targets: { values: t.targets.values, targets: t.targets.targets.map(f), otherwise: f(t.targets.otherwise) } };
    case 'Return': case 'Unreachable': return t;
    case 'Drop': return { ...t, target: f(t.target) };
    case 'Call': return { ...t, target: t.target === null ? null : f(t.target) };
    case 'Assert': return { ...t, target: f(t.target) };
    case 'InlineAsm': return { ...t, target: t.target === null ? null : f(t.target) };
  }
}

/**
 * Drops blocks unreachable from the start block (code after `return`, `break`, calls of
 * `-> !` fns...) and renumbers the rest in order, like rustc's SimplifyCfg before borrowck.
 */
export function removeUnreachableBlocks(body: Body): Body {
  body = forwardEmptyGotos(body);
  const n = body.blocks.length;
  const seen = new Uint8Array(n);
  const stack: BasicBlock[] = [0];
  seen[0] = 1;
  while (stack.length > 0) {
    const b = stack.pop()!;
    for (const s of successors(body.blocks[b]!.terminator)) {
      if (!seen[s]) {
        seen[s] = 1;
        stack.push(s);
      }
    }
  }
  const remap = new Int32Array(n).fill(-1);
  let next = 0;
  for (let i = 0; i < n; i++) if (seen[i]) remap[i] = next++;
  if (next === n) return body;
  const blocks: BasicBlockData[] = [];
  for (let i = 0; i < n; i++) {
    if (!seen[i]) continue;
    const b = body.blocks[i]!;
    blocks.push({ statements: b.statements, terminator: mapTargets(b.terminator, (t) => remap[t]!) });
  }
  return { ...body, blocks };
}

/** Jumps to a block that only says `goto -> bbN` go to bbN directly (`loop {}` stays). */
function forwardEmptyGotos(body: Body): Body {
  const n = body.blocks.length;
  const dest = new Int32Array(n);
  for (let i = 0; i < n; i++) dest[i] = i;
  const final = (b: BasicBlock): BasicBlock => {
    let cur = b;
    for (let steps = 0; steps < n; steps++) {
      const blk = body.blocks[cur]!;
      if (blk.statements.length !== 0 || blk.terminator.tag !== 'Goto' || blk.terminator.target === cur) return cur;
      cur = blk.terminator.target;
    }
    return b; // a cycle of empty gotos: an empty infinite loop, keep it
  };
  let changed = false;
  for (let i = 0; i < n; i++) {
    dest[i] = final(i);
    if (dest[i] !== i) changed = true;
  }
  if (!changed) return body;
  // The start block keeps its number: forward only edges, never bb0 itself.
  const blocks = body.blocks.map((b) => ({ statements: b.statements, terminator: mapTargets(b.terminator, (t) => dest[t]!) }));
  return { ...body, blocks };
}
