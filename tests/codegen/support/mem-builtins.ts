// memset/memcpy/memmove as hand-written IR byte loops for test executables (LLVM lowers
// large llvm.mem* intrinsics to these calls); real programs get them from compiler_builtins.
export function memBuiltinsIr(sizeBits: 32 | 64): string {
  const sz = `i${sizeBits}`;
  return `
define i8* @memset(i8* %d, i32 %c, ${sz} %n) nounwind "no-builtins" {
entry:
  %b = trunc i32 %c to i8
  br label %head
head:
  %i = phi ${sz} [ 0, %entry ], [ %i1, %body ]
  %more = icmp ult ${sz} %i, %n
  br i1 %more, label %body, label %done
body:
  %p = getelementptr i8, i8* %d, ${sz} %i
  store i8 %b, i8* %p
  %i1 = add ${sz} %i, 1
  br label %head
done:
  ret i8* %d
}

define i8* @memcpy(i8* %d, i8* %s, ${sz} %n) nounwind "no-builtins" {
entry:
  br label %head
head:
  %i = phi ${sz} [ 0, %entry ], [ %i1, %body ]
  %more = icmp ult ${sz} %i, %n
  br i1 %more, label %body, label %done
body:
  %ps = getelementptr i8, i8* %s, ${sz} %i
  %v = load i8, i8* %ps
  %pd = getelementptr i8, i8* %d, ${sz} %i
  store i8 %v, i8* %pd
  %i1 = add ${sz} %i, 1
  br label %head
done:
  ret i8* %d
}

define i8* @memmove(i8* %d, i8* %s, ${sz} %n) nounwind "no-builtins" {
entry:
  %fwd = icmp ule i8* %d, %s
  br i1 %fwd, label %f.head, label %b.head
f.head:
  %i = phi ${sz} [ 0, %entry ], [ %i1, %f.body ]
  %more = icmp ult ${sz} %i, %n
  br i1 %more, label %f.body, label %done
f.body:
  %ps = getelementptr i8, i8* %s, ${sz} %i
  %v = load i8, i8* %ps
  %pd = getelementptr i8, i8* %d, ${sz} %i
  store i8 %v, i8* %pd
  %i1 = add ${sz} %i, 1
  br label %f.head
b.head:
  %j = phi ${sz} [ %n, %entry ], [ %j1, %b.body ]
  %left = icmp ne ${sz} %j, 0
  br i1 %left, label %b.body, label %done
b.body:
  %j1 = sub ${sz} %j, 1
  %qs = getelementptr i8, i8* %s, ${sz} %j1
  %w = load i8, i8* %qs
  %qd = getelementptr i8, i8* %d, ${sz} %j1
  store i8 %w, i8* %qd
  br label %b.head
done:
  ret i8* %d
}
`;
}
