import type { Session } from '../session/session.ts';
import type { Crate } from '../syntax/ast/index.ts';
import { printAstTree } from '../syntax/pretty/ast-tree.ts';
import { printCrate } from '../syntax/pretty/print.ts';
import { UsageError } from './errors.ts';

export type Unpretty = 'normal' | 'expanded' | 'ast-tree' | 'ast-tree,expanded';

export function unprettyRequest(sess: Session): Unpretty | null {
  const v = sess.unstable.get('unpretty');
  if (v === undefined) return null;
  if (v === 'normal' || v === 'expanded' || v === 'ast-tree' || v === 'ast-tree,expanded') return v;
  throw new UsageError(`argument to \`unpretty\` must be one of \`normal\`, \`expanded\`, \`ast-tree\`, \`ast-tree,expanded\` (instead was \`${String(v)}\`)`);
}

export function printUnpretty(kind: Unpretty, crate: Crate): string {
  return kind.startsWith('ast-tree') ? printAstTree(crate) : printCrate(crate);
}
