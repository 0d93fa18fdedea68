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

/** The terminator with its targets renamed by `f`; the same object when nothing changes. */
function mapTargets(t: Terminator, f: Int32Array): Terminator {
  switch (t.tag) {
    case 'Goto': {
      const n = f[t.target]!;
      return n === t.target ? t : { tag: 'Goto', target: n, span: t.span };
    }
    case 'SwitchInt': {
      const ts = t.targets;
      let same = f[ts.otherwise] === ts.otherwise;
      for (const x of ts.targets) if (f[x] !== x) same = false;
      if (same) return t;
      return { tag: 'SwitchInt', discr: t.discr, span: t.span, targets: { values: ts.values, targets: ts.targets.map((x) => f[x]!), otherwise: f[ts.otherwise]! } };
    }
    case 'Return': case 'Unreachable': return t;
    case 'Drop': return f[t.target] === t.target ? t : { tag: 'Drop', place: t.place, target: f[t.target]!, span: t.span };
    case 'Call': {
      if (t.target === null || f[t.target] === t.target) return t;
      const c: Terminator = { tag: 'Call', func: t.func, args: t.args, destination: t.destination, target: f[t.target]!, span: t.span };
      return t.spreadLastArg ? { ...c, spreadLastArg: true } : c;
    }
    case 'Assert':
      return f[t.target] === t.target ? t : { tag: 'Assert', cond: t.cond, expected: t.expected, msg: t.msg, target: f[t.target]!, span: t.span };
    case 'InlineAsm':
      if (t.target === null || f[t.target] === t.target) return t;
      return { tag: 'InlineAsm', template: t.template, operands: t.operands, options: t.options, clobberAbis: t.clobberAbis, target: f[t.target]!, span: t.span };
  }
}

/** Where a jump to `b` ends up after skipping blocks that only say `goto` (cycles stay). */
function forwardingTable(body: Body): Int32Array {
  const n = body.blocks.length;
  const dest = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    let cur = i;
    for (let steps = 0; steps < n; steps++) {
      const blk = body.blocks[cur]!;
      if (blk.statements.length !== 0 || blk.terminator.tag !== 'Goto' || blk.terminator.target === cur) break;
      cur = blk.terminator.target;
      if (cur === i) break; // a cycle of empty gotos: an empty infinite loop, keep it
    }
    dest[i] = cur;
  }
  return dest;
}

/**
 * Jumps to blocks that only `goto` elsewhere go straight to the destination, then blocks
 * unreachable from the start (code after `return`, `break`, calls of `-> !` fns...) are
 * dropped and the rest renumbered in order, like rustc's SimplifyCfg before borrowck.
 */
export function removeUnreachableBlocks(body: Body): Body {
  const n = body.blocks.length;
  const fwd = forwardingTable(body);
  const seen = new Uint8Array(n);
  const stack: BasicBlock[] = [0];
  seen[0] = 1;
  while (stack.length > 0) {
    const b = stack.pop()!;
    const t = body.blocks[b]!.terminator;
    const visit = (s: BasicBlock) => {
      const d = fwd[s]!;
      if (!seen[d]) {
        seen[d] = 1;
        stack.push(d);
      }
    };
    switch (t.tag) {
      case 'Goto': case 'Drop': case 'Assert': visit(t.target); break;
      case 'SwitchInt': for (const x of t.targets.targets) visit(x); visit(t.targets.otherwise); break;
      case 'Call': case 'InlineAsm': if (t.target !== null) visit(t.target); break;
      default: break;
    }
  }
  // Old block -> new number, composed with the forwarding (the start block keeps bb0).
  const renumber = new Int32Array(n).fill(-1);
  let next = 0;
  for (let i = 0; i < n; i++) if (seen[i]) renumber[i] = next++;
  const f = new Int32Array(n);
  for (let i = 0; i < n; i++) f[i] = renumber[fwd[i]!]!;
  const blocks: BasicBlockData[] = [];
  for (let i = 0; i < n; i++) {
    if (!seen[i]) continue;
    const b = body.blocks[i]!;
    const t = mapTargets(b.terminator, f);
    blocks.push(t === b.terminator ? b : { statements: b.statements, terminator: t });
  }
  return { ...body, blocks };
}
