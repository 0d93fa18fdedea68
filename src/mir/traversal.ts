import { successors } from './build/simplify.ts';
import type { BasicBlock, Body } from './mir.ts';

/** Blocks reachable from the start, in reverse postorder (each block before its successors, loops aside). */
export function reversePostorder(body: Body): BasicBlock[] {
  const visited = new Uint8Array(body.blocks.length);
  const post: BasicBlock[] = [];
  const stack: { b: BasicBlock; succ: BasicBlock[]; i: number }[] = [{ b: 0, succ: successors(body.blocks[0]!.terminator), i: 0 }];
  visited[0] = 1;
  while (stack.length > 0) {
    const top = stack[stack.length - 1]!;
    if (top.i < top.succ.length) {
      const s = top.succ[top.i++]!;
      if (!visited[s]) {
        visited[s] = 1;
        stack.push({ b: s, succ: successors(body.blocks[s]!.terminator), i: 0 });
      }
    } else {
      post.push(top.b);
      stack.pop();
    }
  }
  return post.reverse();
}
