import { DiagBuilder, type Diagnostic } from '../diagnostics/diagnostic.ts';
import type { Span } from '../diagnostics/span.ts';
import type { Mutbl } from '../ty/ty.ts';

// Conflicts with a live loan, worded as rustc's borrowck: E0499 (two mutable borrows), E0502
// (shared and mutable), E0503 (use while mutably borrowed), E0505 (move while borrowed),
// E0506 (assignment while borrowed).

export type AccessKind = 'read' | 'sharedBorrow' | 'mutBorrow' | 'write' | 'move';

export interface LoanConflict {
  readonly access: AccessKind;
  /** The accessed place as written (`v`, `s.name`), or null for a temporary. */
  readonly place: string | null;
  readonly span: Span;
  /** The loan: its kind, the borrowed place as written, where it was made. */
  readonly loanMutbl: Mutbl;
  readonly loanPlace: string | null;
  readonly loanSpan: Span;
  /** The later use of the loan that keeps it alive, if found. */
  readonly laterUse: Span | null;
  /** That use passes the reference to a call (`laterUse` is the callee). */
  readonly laterUseByCall: boolean;
  /** E0505 of a whole variable: where it was declared. */
  readonly bindingSpan: Span | null;
  /** E0505: the moved type implements `Clone` (suggest cloning at the borrow). */
  readonly cloneable: boolean;
}

function q(p: string | null): string {
  return p === null ? 'value' : `\`${p}\``;
}

export function reportLoanConflict(c: LoanConflict, sink: (d: Diagnostic) => void): void {
  let d: Diagnostic | null = null;
  const build = (message: string, code: string): DiagBuilder => new DiagBuilder('error', message, code, (x) => (d = x));
  const oldKind = c.loanMutbl === 'mut' ? 'mutable' : 'immutable';
  let b: DiagBuilder;
  switch (c.access) {
    case 'mutBorrow':
    case 'sharedBorrow': {
      const newKind = c.access === 'mutBorrow' ? 'mutable' : 'immutable';
      if (c.access === 'mutBorrow' && c.loanMutbl === 'mut') {
        b = build(`cannot borrow ${q(c.place)} as mutable more than once at a time`, 'E0499');
        b.label(c.loanSpan, 'first mutable borrow occurs here');
        b.primary(c.span, 'second mutable borrow occurs here');
        if (c.laterUse) b.label(c.laterUse, `first borrow later used ${c.laterUseByCall ? 'by call' : 'here'}`);
      } else {
        // rustc names the loan's place apart only for union fields.
        b = build(`cannot borrow ${q(c.place)} as ${newKind} because it is also borrowed as ${oldKind}`, 'E0502');
        b.label(c.loanSpan, `${oldKind} borrow occurs here`);
        b.primary(c.span, `${newKind} borrow occurs here`);
        if (c.laterUse) b.label(c.laterUse, `${oldKind} borrow later used ${c.laterUseByCall ? 'by call' : 'here'}`);
      }
      break;
    }
    case 'read':
      b = build(`cannot use ${q(c.place)} because it was mutably borrowed`, 'E0503');
      b.label(c.loanSpan, `${q(c.loanPlace)} is borrowed here`);
      b.primary(c.span, `use of borrowed ${q(c.loanPlace)}`);
      if (c.laterUse) b.label(c.laterUse, `borrow later used ${c.laterUseByCall ? 'by call' : 'here'}`);
      break;
    case 'write':
      b = build(`cannot assign to ${q(c.place)} because it is borrowed`, 'E0506');
      b.label(c.loanSpan, `${q(c.loanPlace)} is borrowed here`);
      b.primary(c.span, `${q(c.place)} is assigned to here but it was already borrowed`);
      if (c.laterUse) b.label(c.laterUse, `borrow later used ${c.laterUseByCall ? 'by call' : 'here'}`);
      break;
    case 'move':
      b = build(`cannot move out of ${q(c.place)} because it is borrowed`, 'E0505');
      if (c.bindingSpan) b.label(c.bindingSpan, `binding ${q(c.place)} declared here`);
      b.label(c.loanSpan, `borrow of ${q(c.loanPlace)} occurs here`);
      b.primary(c.span, `move out of ${q(c.place)} occurs here`);
      if (c.laterUse) b.label(c.laterUse, `borrow later used ${c.laterUseByCall ? 'by call' : 'here'}`);
      if (c.cloneable) {
        const at = { lo: c.loanSpan.hi, hi: c.loanSpan.hi, ctxt: c.loanSpan.ctxt };
        b.help('consider cloning the value if the performance cost is acceptable', undefined, [{ span: at, replacement: '.clone()', applicability: 'MachineApplicable', style: 'verbose' }]);
      }
      break;
  }
  b.emit();
  if (d) sink(d);
}
