// 32-bit division helpers ARM EABI code calls (`__aeabi_uidiv`...), as hand-written IR for
// test executables: real programs get them from the sysroot's compiler_builtins.
export const ARM_DIV_IR = `
define { i32, i32 } @__aeabi_uidivmod(i32 %n, i32 %d) nounwind "no-builtins" {
entry:
  br label %loop
loop:
  %i = phi i32 [ 31, %entry ], [ %i1, %next ]
  %q = phi i32 [ 0, %entry ], [ %q2, %next ]
  %r = phi i32 [ 0, %entry ], [ %r3, %next ]
  %r1 = shl i32 %r, 1
  %bit = lshr i32 %n, %i
  %b1 = and i32 %bit, 1
  %r2 = or i32 %r1, %b1
  %ge = icmp uge i32 %r2, %d
  %rsub = sub i32 %r2, %d
  %r3 = select i1 %ge, i32 %rsub, i32 %r2
  %qbit = zext i1 %ge to i32
  %qs = shl i32 %qbit, %i
  %q2 = or i32 %q, %qs
  %i1 = sub i32 %i, 1
  %done = icmp eq i32 %i, 0
  br i1 %done, label %exit, label %next
next:
  br label %loop
exit:
  %a = insertvalue { i32, i32 } undef, i32 %q2, 0
  %b = insertvalue { i32, i32 } %a, i32 %r3, 1
  ret { i32, i32 } %b
}

define i32 @__aeabi_uidiv(i32 %n, i32 %d) nounwind {
  %r = call { i32, i32 } @__aeabi_uidivmod(i32 %n, i32 %d)
  %q = extractvalue { i32, i32 } %r, 0
  ret i32 %q
}

define { i32, i32 } @__aeabi_idivmod(i32 %n, i32 %d) nounwind {
  %nneg = icmp slt i32 %n, 0
  %dneg = icmp slt i32 %d, 0
  %nn = sub i32 0, %n
  %dn = sub i32 0, %d
  %na = select i1 %nneg, i32 %nn, i32 %n
  %da = select i1 %dneg, i32 %dn, i32 %d
  %r = call { i32, i32 } @__aeabi_uidivmod(i32 %na, i32 %da)
  %q = extractvalue { i32, i32 } %r, 0
  %m = extractvalue { i32, i32 } %r, 1
  %qneg = xor i1 %nneg, %dneg
  %qn = sub i32 0, %q
  %qs = select i1 %qneg, i32 %qn, i32 %q
  %mn = sub i32 0, %m
  %ms = select i1 %nneg, i32 %mn, i32 %m
  %a = insertvalue { i32, i32 } undef, i32 %qs, 0
  %b = insertvalue { i32, i32 } %a, i32 %ms, 1
  ret { i32, i32 } %b
}

define i32 @__aeabi_idiv(i32 %n, i32 %d) nounwind {
  %r = call { i32, i32 } @__aeabi_idivmod(i32 %n, i32 %d)
  %q = extractvalue { i32, i32 } %r, 0
  ret i32 %q
}
`;
