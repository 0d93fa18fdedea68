// unused_mut (rustc's borrowck `used_mut`): a `mut` binding that is never reassigned after
// being initialized, never written through a field, never borrowed mutably.
import type { Span } from '../diagnostics/span.ts';
import { BitSet } from '../borrowck/bitset.ts';
import { domainOf, everInit, solve, walkBlock } from '../borrowck/dataflow.ts';
import { reversePostorder } from '../mir/traversal.ts';
import { gatherMoveData } from '../borrowck/move-data.ts';
import type { Body, Local, Place } from '../mir/mir.ts';
import { placeTy } from '../mir/tys.ts';
import { tyKind } from '../ty/interner.ts';
import type { LintCx } from './context.ts';
import type { BodyVars } from './liveness.ts';
import { effectsAt } from './mir-uses.ts';

/**
 * The local whose own storage a write or mutable borrow of `p` modifies, or null when the
 * place is behind a reference or raw pointer (then the pointer need not be `mut`).
 */
function mutatedLocal(body: Body, p: Place): Local | null {
  for (let i = 0; i < p.projection.length; i++) {
    if (p.projection[i]!.tag !== 'Deref') continue;
    const k = tyKind(placeTy(body, { local: p.local, projection: p.projection.slice(0, i) }));
    if (k.tag === 'Ref' || k.tag === 'RawPtr') return null;
  }
  return p.local;
}

export function lintUnusedMut(lcx: LintCx, mir: Body, vars: BodyVars): void {
  const locals = mir.locals;
  const candidates: Local[] = [];
  locals.forEach((d, l) => {
    if (d.mutbl !== 'mut' || !d.binding || !d.binding.byValue || d.name === null || d.name.startsWith('_')) return;
    if (lcx.inExternalMacro(d.span)) return;
    candidates.push(l);
  });
  if (candidates.length === 0) return;
  const isCandidate = new Uint8Array(locals.length);
  for (const l of candidates) isCandidate[l] = 1;
  const used = new Uint8Array(locals.length);
  const md = gatherMoveData(mir);
  const domain = domainOf(md.inits.length, (k) => isCandidate[md.inits[k]!.local] === 1);
  const analysis = everInit(mir, md, domain);
  const entries = solve(mir, analysis);
  const state = { a: analysis, state: new BitSet(domain.size) };
  for (const bb of reversePostorder(mir)) {
    state.state.copyFrom(entries[bb]!);
    const block = mir.blocks[bb]!;
    walkBlock(mir, [state], bb, (i) => {
      const fx = effectsAt(block, i);
      for (const w of fx.writes) {
        const l = mutatedLocal(mir, w);
        if (l === null || !isCandidate[l]) continue;
        if (w.projection.length > 0) {
          used[l] = 1;
          continue;
        }
        // Assigning a variable that may already hold a value needs `mut`; its first value does not.
        for (const k of md.initsOfLocal[l]!) {
          const b = domain.bit[k]!;
          if (b >= 0 && state.state.has(b)) used[l] = 1;
        }
      }
      for (const p of fx.mutBorrows) {
        const l = mutatedLocal(mir, p);
        if (l !== null && isCandidate[l]) used[l] = 1;
      }
      // A variable moved into a closure may be mutated there as its capture.
      const s = block.statements[i];
      if (s && s.tag === 'Assign' && s.rvalue.tag === 'Aggregate' && s.rvalue.kind.tag === 'Closure') {
        for (const o of s.rvalue.operands) if (o.tag !== 'Constant' && isCandidate[o.place.local]) used[o.place.local] = 1;
      }
    });
  }
  for (const l of candidates) {
    if (used[l]) continue;
    const d = locals[l]!;
    const info = vars.bindings.get(`${d.span.lo}:${d.span.hi}`);
    if (!info) continue;
    const mutSpan: Span = { lo: info.patSpan.lo, hi: info.identSpan.lo, ctxt: info.patSpan.ctxt };
    lcx.emit('unused_mut', lcx.hirScope(info.hirId), info.patSpan, 'variable does not need to be mutable', (b) => {
      b.help('remove this `mut`', undefined, [{ span: mutSpan, replacement: '', applicability: 'MachineApplicable' }]);
    });
  }
}
