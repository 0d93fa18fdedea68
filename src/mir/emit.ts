import type { TcxImpl } from '../middle/tcx.ts';
import { isLocal, type DefId } from '../ty/def-id.ts';
import { prettyBody, type BodyHeaderKind, type MirPrettyCx } from './pretty.ts';

/**
 * `--emit=mir`: every local body, rustc-style (`crate.mir`). Local paths are shown without
 * the crate name, as rustc does.
 */
export function emitMirText(tcx: TcxImpl, defs: readonly DefId[]): string {
  const cx: MirPrettyCx = {
    defPath: (d) => {
      const p = tcx.defPath(d);
      return (isLocal(d) && p.length > 1 ? p.slice(1) : p).join('::');
    },
    adtDef: (d) => tcx.adtDef(d),
    pointerWidth: tcx.sess.target.pointerWidth,
  };
  const parts = [
    '// WARNING: This output format is intended for human consumers only\n' +
      '// and is subject to change without notice. Knock yourself out.\n' +
      '// HINT: See also -Z dump-mir for MIR at specific points during compilation.\n',
  ];
  for (const def of defs) {
    if (!tcx.hasMir(def)) continue;
    const body = tcx.mirBody(def);
    parts.push(prettyBody(body, cx, headerKind(tcx, def)));
    (body.promoted ?? []).forEach((p, i) => parts.push(prettyBody(p, cx, `promoted[${i}] in`)));
  }
  return parts.join('\n');
}

function headerKind(tcx: TcxImpl, def: DefId): BodyHeaderKind {
  switch (tcx.defKind(def)) {
    case 'Const': case 'AssocConst': return 'const';
    case 'Static': return tcx.p(def).staticMutable(def) ? 'static mut' : 'static';
    default: return 'fn';
  }
}
