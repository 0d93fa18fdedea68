// The body of a tuple struct's or tuple variant's constructor used as a function value
// (`.map(Some)`, `.map(Wrapper)`; rustc's ctor shim): `fn(a0, .., an) -> Adt { Adt(a0, .., an) }`.
// Calls written `W(x)` build the aggregate in place and never need it. Generic over the ADT's
// parameters like the item it stands for; each crate that reifies one builds its own copy.
import type { Tcx } from '../../ty/context.ts';
import type { DefId } from '../../ty/def-id.ts';
import { tyKind } from '../../ty/interner.ts';
import type { Body, LocalDecl, Operand } from '../mir.ts';

export function ctorShimBody(tcx: Tcx, ctor: DefId): Body {
  const sig = tcx.fnSig(ctor);
  const out = tyKind(sig.output);
  if (out.tag !== 'Adt') throw new Error(`${tcx.defPath(ctor).join('::')} is not a constructor`);
  // A struct's ctor is a child of the struct, a variant's a child of the variant.
  const parent = tcx.parent(ctor);
  const variant = parent !== null && tcx.defKind(parent) === 'Variant' ? tcx.adtDef(out.def).variants.findIndex((v) => v.def === parent) : 0;
  const target = { adt: out.def, variant };
  const span = tcx.defSpan(ctor);
  const locals: LocalDecl[] = [
    { ty: sig.output, mutbl: 'mut', name: null, span },
    ...sig.inputs.map((ty): LocalDecl => ({ ty, mutbl: 'not', name: null, span })),
  ];
  const operands: Operand[] = sig.inputs.map((_, i) => ({ tag: 'Move', place: { local: i + 1, projection: [] } }));
  return {
    def: ctor,
    argCount: sig.inputs.length,
    locals,
    blocks: [{
      statements: [{
        tag: 'Assign',
        place: { local: 0, projection: [] },
        rvalue: { tag: 'Aggregate', kind: { tag: 'Adt', def: target.adt, variant: target.variant, args: out.args, activeField: null }, operands },
        span,
      }],
      terminator: { tag: 'Return', span },
    }],
    span,
    varDebugInfo: [],
  };
}
