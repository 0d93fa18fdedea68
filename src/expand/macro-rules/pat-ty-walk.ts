// Macro calls in pattern and type positions, found by descending through patterns and
// types (the expression walker hands each top-level pattern and type here).
import type { Expr, FnRetTy, MacCall, Pat, Ty } from '../../syntax/ast/index.ts';
import type { GenericArgs } from '../../syntax/ast/path.ts';
import { writable } from '../writable.ts';

export interface PatTyExpander {
  /** The expansion of a pattern-position call; null after an error was reported. */
  expandPat(mac: MacCall, p: Pat): Pat | null;
  expandTy(mac: MacCall, t: Ty): Ty | null;
  /** Expressions inside patterns and types (array lengths, literal and range patterns). */
  expr(e: Expr): Expr;
}

export class PatTyWalker {
  constructor(private readonly mx: PatTyExpander) {}

  pat(p: Pat): Pat {
    const k = p.kind;
    switch (k.tag) {
      case 'MacCall': {
        const r = this.mx.expandPat(k.mac, p);
        return r === null ? { ...p, kind: { tag: 'Err' } } : this.pat(r);
      }
      case 'Ident':
        if (k.sub) writable(k).sub = this.pat(k.sub);
        return p;
      case 'Struct':
        for (const f of k.fields) writable(f).pat = this.pat(f.pat);
        return p;
      case 'TupleStruct': case 'Or': case 'Tuple': case 'Slice':
        writable(k).pats = k.pats.map((x) => this.pat(x));
        return p;
      case 'Box': case 'Deref': case 'Ref': case 'Paren':
        writable(k).pat = this.pat(k.pat);
        return p;
      case 'Lit':
        writable(k).expr = this.mx.expr(k.expr);
        return p;
      case 'Range':
        if (k.start) writable(k).start = this.mx.expr(k.start);
        if (k.end) writable(k).end = this.mx.expr(k.end);
        return p;
      default:
        return p;
    }
  }

  ty(t: Ty): Ty {
    const k = t.kind;
    switch (k.tag) {
      case 'MacCall': {
        const r = this.mx.expandTy(k.mac, t);
        return r === null ? { ...t, kind: { tag: 'Err' } } : this.ty(r);
      }
      case 'Array':
        writable(k).ty = this.ty(k.ty);
        writable(k.len).value = this.mx.expr(k.len.value);
        return t;
      case 'Slice': case 'Ptr': case 'Ref': case 'Paren':
        writable(k).ty = this.ty(k.ty);
        return t;
      case 'Tup':
        writable(k).tys = k.tys.map((x) => this.ty(x));
        return t;
      case 'Path':
        if (k.qself) writable(k.qself).ty = this.ty(k.qself.ty);
        for (const s of k.path.segments) if (s.args) this.genericArgs(s.args);
        return t;
      case 'BareFn':
        for (const prm of k.decl.inputs) writable(prm).ty = this.ty(prm.ty);
        writable(k.decl).output = this.retTy(k.decl.output);
        return t;
      default:
        return t;
    }
  }

  retTy(r: FnRetTy): FnRetTy {
    return r.tag === 'Ty' ? { tag: 'Ty', ty: this.ty(r.ty) } : r;
  }

  private genericArgs(a: GenericArgs): void {
    if (a.tag === 'AngleBracketed') {
      for (const x of a.args) if (x.tag === 'Arg' && x.arg.tag === 'Type') writable(x.arg).ty = this.ty(x.arg.ty);
    } else if (a.tag === 'Parenthesized') {
      writable(a).inputs = a.inputs.map((x) => this.ty(x));
      writable(a).output = this.retTy(a.output);
    }
  }
}
