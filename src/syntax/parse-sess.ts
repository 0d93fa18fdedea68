import type { DiagCtxt } from '../diagnostics/handler.ts';
import type { SourceMap } from '../diagnostics/source-map.ts';
import type { NodeId } from './ast/node.ts';
import type { Edition } from './edition.ts';

/** State shared by every parser of one compilation (rustc's ParseSess). */
export interface ParseSess {
  readonly sourceMap: SourceMap;
  readonly dcx: DiagCtxt;
  readonly edition: Edition;
  nextNodeId(): NodeId;
}

export function newParseSess(sm: SourceMap, dcx: DiagCtxt, edition: Edition): ParseSess {
  // 0 is CRATE_NODE_ID; every other node gets the next number.
  let next = 1;
  return { sourceMap: sm, dcx, edition, nextNodeId: () => next++ };
}
