// What gets code generated: function instances and statics (rustc's MonoItem).
import type { DefId } from '../ty/def-id.ts';
import type { Instance } from '../ty/instance.ts';
import { argsKey } from '../ty/interner.ts';

export type MonoItem =
  | { readonly tag: 'Fn'; readonly instance: Instance }
  | { readonly tag: 'Static'; readonly def: DefId };

/** A key identifying an instance (def, args and kind): equal keys, same code. */
export function instanceKey(inst: Instance): string {
  const k = inst.kind;
  let extra = '';
  switch (k.tag) {
    case 'Intrinsic': extra = k.name; break;
    case 'Virtual': extra = String(k.index); break;
    case 'DropGlue': extra = String(k.ty); break;
    case 'FnPtrShim': extra = String(k.ty); break;
    default: break;
  }
  return `${inst.def}|${argsKey(inst.args)}|${k.tag}${extra}`;
}

export function monoItemKey(item: MonoItem): string {
  return item.tag === 'Fn' ? `fn:${instanceKey(item.instance)}` : `static:${item.def}`;
}
