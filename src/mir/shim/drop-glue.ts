import type { Span } from '../../diagnostics/span.ts';
import type { Tcx } from '../../ty/context.ts';
import type { DefId } from '../../ty/def-id.ts';
import { mkTy, tyKind, tys } from '../../ty/interner.ts';
import { substTy } from '../../ty/subst.ts';
import { closureUpvars } from '../../ty/closure.ts';
import type { Ty } from '../../ty/ty.ts';
import type { BasicBlock, BasicBlockData, Body, Local, LocalDecl, Place, Statement, Terminator } from '../mir.ts';
import { discriminantTy, intInfo, truncBits } from '../tys.ts';

// Drop glue (rustc's drop shims): the body of `core::ptr::drop_in_place::<T>` for a concrete
// `T`, built as MIR and code generated like any function. It runs `<T as Drop>::drop` if `T`
// has a Drop impl, then drops the fields in declaration order (the active variant's fields
// for an enum), the elements of a tuple in order, or every element of an array or slice from
// the first. Each field drop is a `Drop` terminator, which calls the field type's own glue.

const cache = new WeakMap<Tcx, Map<Ty, Body>>();

/** The glue body for `ty` (which must need drop) as an instance of `dropInPlace`. */
export function dropGlueBody(tcx: Tcx, dropInPlace: DefId, ty: Ty, pointerWidth: number): Body {
  let m = cache.get(tcx);
  if (!m) cache.set(tcx, (m = new Map()));
  let body = m.get(ty);
  if (!body) {
    body = buildDropGlue(tcx, dropInPlace, ty, pointerWidth);
    m.set(ty, body);
  }
  return body;
}

function buildDropGlue(tcx: Tcx, def: DefId, ty: Ty, pointerWidth: number): Body {
  const span: Span = tcx.defSpan(def);
  const locals: LocalDecl[] = [
    { ty: tys.unit, mutbl: 'mut', name: null, span },
    { ty: mkTy({ tag: 'RawPtr', mutbl: 'mut', pointee: ty }), mutbl: 'not', name: null, span },
  ];
  const blocks: BasicBlockData[] = [];
  const newLocal = (t: Ty): Local => {
    locals.push({ ty: t, mutbl: 'mut', name: null, span });
    return locals.length - 1;
  };
  const newBlock = (statements: Statement[], terminator: Terminator): BasicBlock => {
    blocks.push({ statements, terminator });
    return blocks.length - 1;
  };
  const entry = newBlock([], { tag: 'Unreachable', span });
  const ret = newBlock([], { tag: 'Return', span });
  const self: Place = { local: 1, projection: [{ tag: 'Deref' }] };
  const field = (base: Place, index: number, fty: Ty): Place => ({ local: base.local, projection: [...base.projection, { tag: 'Field', index, ty: fty }] });
  const dropThen = (place: Place, pty: Ty, next: BasicBlock): BasicBlock =>
    tcx.needsDrop(pty) ? newBlock([], { tag: 'Drop', place, target: next, span }) : next;
  const fieldsThen = (base: Place, fieldTys: readonly Ty[], next: BasicBlock): BasicBlock => {
    let cont = next;
    for (let i = fieldTys.length - 1; i >= 0; i--) cont = dropThen(field(base, i, fieldTys[i]!), fieldTys[i]!, cont);
    return cont;
  };
  /** `for i in 0..len { drop((*self)[i]) }` */
  const elementsThen = (elem: Ty, len: { tag: 'const'; n: bigint } | { tag: 'len' }, next: BasicBlock): BasicBlock => {
    if (!tcx.needsDrop(elem)) return next;
    const i = newLocal(tys.usize);
    const n = newLocal(tys.usize);
    const c = newLocal(tys.bool);
    const usize = (v: bigint) => ({ tag: 'Constant' as const, constant: { ty: tys.usize, value: { tag: 'Scalar' as const, bits: v }, span } });
    const lp = (l: Local): Place => ({ local: l, projection: [] });
    const head = newBlock([
      { tag: 'Assign', place: lp(c), rvalue: { tag: 'BinaryOp', op: 'Lt', lhs: { tag: 'Copy', place: lp(i) }, rhs: { tag: 'Copy', place: lp(n) } }, span },
    ], { tag: 'Unreachable', span });
    const step = newBlock([
      { tag: 'Assign', place: lp(i), rvalue: { tag: 'BinaryOp', op: 'AddUnchecked', lhs: { tag: 'Copy', place: lp(i) }, rhs: usize(1n) }, span },
    ], { tag: 'Goto', target: head, span });
    const drop = newBlock([], { tag: 'Drop', place: { local: 1, projection: [{ tag: 'Deref' }, { tag: 'Index', local: i }] }, target: step, span });
    blocks[head]!.terminator = { tag: 'SwitchInt', discr: { tag: 'Copy', place: lp(c) }, span, targets: { values: [0n], targets: [next], otherwise: drop } };
    const init: Statement[] = [
      { tag: 'Assign', place: lp(i), rvalue: { tag: 'Use', operand: usize(0n) }, span },
      { tag: 'Assign', place: lp(n), rvalue: len.tag === 'const' ? { tag: 'Use', operand: usize(len.n) } : { tag: 'Len', place: self }, span },
    ];
    return newBlock(init, { tag: 'Goto', target: head, span });
  };

  let start: BasicBlock;
  const k = tyKind(ty);
  switch (k.tag) {
    case 'Tuple': start = fieldsThen(self, k.elems, ret); break;
    case 'Array': start = elementsThen(k.elem, { tag: 'const', n: k.len.tag === 'Value' ? k.len.bits : 0n }, ret); break;
    case 'Slice': start = elementsThen(k.elem, { tag: 'len' }, ret); break;
    case 'Adt': {
      const adt = tcx.adtDef(k.def);
      const fieldTysOf = (v: number): Ty[] => adt.variants[v]!.fields.map((f) => substTy(f.ty, k.args));
      let fields: BasicBlock;
      if (tcx.langItem('manually_drop') === k.def || adt.kind === 'union') fields = ret;
      else if (adt.kind !== 'enum') fields = fieldsThen(self, fieldTysOf(0), ret);
      else {
        const dty = discriminantTy(adt);
        const info = intInfo(dty, pointerWidth)!;
        const values: bigint[] = [];
        const targets: BasicBlock[] = [];
        adt.variants.forEach((v, vi) => {
          const t = fieldsThen({ local: 1, projection: [{ tag: 'Deref' }, { tag: 'Downcast', variant: vi }] }, fieldTysOf(vi), ret);
          if (t === ret) return;
          values.push(truncBits(v.discr, info.bits));
          targets.push(t);
        });
        if (values.length === 0) fields = ret;
        else {
          const d = newLocal(dty);
          fields = newBlock([{ tag: 'Assign', place: { local: d, projection: [] }, rvalue: { tag: 'Discriminant', place: self }, span }], {
            tag: 'SwitchInt', discr: { tag: 'Copy', place: { local: d, projection: [] } }, span, targets: { values, targets, otherwise: ret },
          });
        }
      }
      const dropFn = tcx.dropImpl(k.def);
      if (dropFn === null) start = fields;
      else {
        // `<T as Drop>::drop(&mut *self)`, then the fields.
        const refTy = mkTy({ tag: 'Ref', mutbl: 'mut', pointee: ty });
        const r = newLocal(refTy);
        const unit = newLocal(tys.unit);
        start = newBlock([{ tag: 'Assign', place: { local: r, projection: [] }, rvalue: { tag: 'Ref', mutbl: 'mut', place: self }, span }], {
          tag: 'Call', span,
          func: { tag: 'Constant', constant: { ty: mkTy({ tag: 'FnDef', def: dropFn, args: k.args }), value: { tag: 'ZeroSized' }, span } },
          args: [{ tag: 'Move', place: { local: r, projection: [] } }],
          destination: { local: unit, projection: [] },
          target: fields,
        });
      }
      break;
    }
    case 'Closure': start = fieldsThen(self, closureUpvars(k.args), ret); break;
    default: throw new Error(`drop glue for ${k.tag} types is not supported yet`);
  }
  blocks[entry]!.terminator = { tag: 'Goto', target: start, span };
  return { def, argCount: 1, locals, blocks, span, varDebugInfo: [] };
}
