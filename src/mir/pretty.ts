import type { AdtDef } from '../ty/adt.ts';
import type { DefId } from '../ty/def-id.ts';
import { tyKind } from '../ty/interner.ts';
import { printConst } from '../ty/consts.ts';
import type { ConstArg, FnSig, GenericArgs, Ty } from '../ty/ty.ts';
import { assertDumpFormat } from './assert-message.ts';
import type { BasicBlockData, Body, Constant, InlineAsmOperandMir, LocalDecl, Operand, Place, Rvalue, Statement, Terminator } from './mir.ts';
import { bitsToValue, intInfo, intMax, intMin, projectTy } from './tys.ts';

// MIR as text, in the shape of rustc's `--emit=mir` / `-Z dump-mir` output (without scopes
// and unwind edges: we build with panic=abort).

export interface MirPrettyCx {
  /** `crate::module::item` path of a definition, as shown in the dump. */
  defPath(def: DefId): string;
  /** Field names of struct aggregates; without it aggregates print positionally. */
  adtDef?(def: DefId): AdtDef;
  readonly pointerWidth?: number;
  /** The body's locals, to name enum variants in downcasts (set by `prettyBody`). */
  readonly locals?: readonly LocalDecl[];
}

/** How the body's header reads: `fn f(_1: T) -> R`, `const K: T`, `static S: T`. */
/** `promoted[N] in` heads promoted body N of the named body, as rustc prints it. */
export type BodyHeaderKind = 'fn' | 'const' | 'static' | 'static mut' | `promoted[${number}] in`;

export function prettyTy(ty: Ty, cx: MirPrettyCx): string {
  const k = tyKind(ty);
  const args = (a: GenericArgs) => {
    const shown = a.filter((x) => x.tag !== 'Lifetime').map((x) => (x.tag === 'Type' ? prettyTy(x.ty, cx) : constArg(x.value)));
    return shown.length === 0 ? '' : `<${shown.join(', ')}>`;
  };
  switch (k.tag) {
    case 'Bool': return 'bool';
    case 'Char': return 'char';
    case 'Int': return k.int;
    case 'Uint': return k.uint;
    case 'Float': return k.float;
    case 'Str': return 'str';
    case 'Never': return '!';
    case 'Tuple': return k.elems.length === 1 ? `(${prettyTy(k.elems[0]!, cx)},)` : `(${k.elems.map((e) => prettyTy(e, cx)).join(', ')})`;
    case 'Array': return `[${prettyTy(k.elem, cx)}; ${constArg(k.len)}]`;
    case 'Slice': return `[${prettyTy(k.elem, cx)}]`;
    case 'Ref': return `&${k.mutbl === 'mut' ? 'mut ' : ''}${prettyTy(k.pointee, cx)}`;
    case 'RawPtr': return `*${k.mutbl === 'mut' ? 'mut' : 'const'} ${prettyTy(k.pointee, cx)}`;
    case 'Adt': return `${cx.defPath(k.def)}${args(k.args)}`;
    case 'FnDef': return `{fn item ${cx.defPath(k.def)}${args(k.args)}}`;
    case 'FnPtr': return fnSigStr(k.sig, cx);
    case 'Closure': return `{closure ${cx.defPath(k.def)}}`;
    case 'Dynamic': return `dyn ${k.principal ? cx.defPath(k.principal.def) : ''}`;
    case 'Param': return k.name;
    case 'Alias': return `<alias ${cx.defPath(k.def)}${args(k.args)}>`;
    case 'Foreign': return cx.defPath(k.def);
    case 'Infer': return '_';
    case 'Error': return '{type error}';
  }
}

function constArg(c: ConstArg): string {
  return printConst(c);
}

function fnSigStr(s: FnSig, cx: MirPrettyCx): string {
  const prefix = `${s.unsafe ? 'unsafe ' : ''}${s.abi === 'Rust' ? '' : `extern "${s.abi}" `}`;
  const ret = tyKind(s.output).tag === 'Tuple' && (tyKind(s.output) as { elems: readonly Ty[] }).elems.length === 0 ? '' : ` -> ${prettyTy(s.output, cx)}`;
  return `${prefix}fn(${s.inputs.map((t) => prettyTy(t, cx)).join(', ')}${s.cVariadic ? ', ...' : ''})${ret}`;
}

export function prettyPlace(p: Place, cx: MirPrettyCx): string {
  const locals = cx.locals;
  let s = `_${p.local}`;
  let ty: Ty | null = locals ? locals[p.local]!.ty : null;
  for (const e of p.projection) {
    if (e.tag === 'Downcast') {
      // `(_1 as Circle)`: the variant's name when the enum is known.
      const k = ty === null ? null : tyKind(ty);
      const name = k && k.tag === 'Adt' ? cx.adtDef?.(k.def).variants[e.variant]?.name : undefined;
      s = `(${s} as ${name ?? `variant#${e.variant}`})`;
      continue;
    }
    if (ty !== null) ty = projectTy(ty, e);
    switch (e.tag) {
      case 'Deref': s = `(*${s})`; break;
      case 'Field': s = `(${s}.${e.index}: ${prettyTy(e.ty, cx)})`; break;
      case 'Index': s = `${s}[_${e.local}]`; break;
      case 'ConstantIndex': s = `${s}[${e.fromEnd ? '-' : ''}${e.offset} of ${e.minLength}]`; break;
      case 'Subslice': s = `${s}[${e.from}:${e.fromEnd ? '-' : ''}${e.to}]`; break;
      default: break;
    }
  }
  return s;
}

const textDecoder = new TextDecoder('utf-8', { fatal: false });

function escapeStr(s: string): string {
  return s.replace(/[\\"\n\r\t]/g, (c) => ({ '\\': '\\\\', '"': '\\"', '\n': '\\n', '\r': '\\r', '\t': '\\t' })[c]!);
}

export function prettyConstant(c: Constant, cx: MirPrettyCx): string {
  const v = c.value;
  const k = tyKind(c.ty);
  switch (v.tag) {
    case 'Scalar': {
      if (k.tag === 'Bool') return `const ${v.bits !== 0n}`;
      if (k.tag === 'Char') return `const '${escapeStr(String.fromCodePoint(Number(v.bits)))}'`;
      if (k.tag === 'Float') {
        const dv = new DataView(new ArrayBuffer(8));
        let x: number;
        if (k.float === 'f32') { dv.setUint32(0, Number(v.bits)); x = dv.getFloat32(0); } else { dv.setBigUint64(0, v.bits); x = dv.getFloat64(0); }
        return `const ${Number.isInteger(x) ? x.toFixed(1) : String(x)}${k.float}`;
      }
      const info = intInfo(c.ty, cx.pointerWidth ?? 64);
      if (!info) return `const ${v.bits}: ${prettyTy(c.ty, cx)}`;
      const val = bitsToValue(v.bits, info);
      const name = prettyTy(c.ty, cx);
      if (info.signed && val === intMin(info)) return `const ${name}::MIN`;
      if (val === intMax(info) && info.bits > 8) return `const ${name}::MAX`;
      if (!info.signed && info.bits === 8 && val === 255n) return `const ${name}::MAX`;
      return `const ${val}_${name}`;
    }
    case 'ZeroSized':
      if (k.tag === 'FnDef') return `${cx.defPath(k.def)}`;
      if (k.tag === 'Tuple' && k.elems.length === 0) return 'const ()';
      return `const ZeroSized: ${prettyTy(c.ty, cx)}`;
    case 'Slice': {
      const pointee = k.tag === 'Ref' ? tyKind(k.pointee) : null;
      if (pointee && pointee.tag === 'Str') return `const "${escapeStr(textDecoder.decode(v.data))}"`;
      return `const b"${[...v.data].map((x) => (x >= 0x20 && x < 0x7f && x !== 0x22 && x !== 0x5c ? String.fromCharCode(x) : `\\x${x.toString(16).padStart(2, '0')}`)).join('')}"`;
    }
    case 'StaticRef': return `const {&${cx.defPath(v.def)}: ${prettyTy(c.ty, cx)}}`;
    case 'FnAddr': return `const {fn ${cx.defPath(v.def)}}`;
    case 'ConstParam': return `const ${v.name}`;
    case 'Unevaluated': return `const ${cx.defPath(v.def)}`;
    case 'Promoted': return `const ${cx.defPath(v.def)}::promoted[${v.index}]`;
    case 'Indirect': return `const {${v.bytes.length} bytes: ${prettyTy(c.ty, cx)}}`;
  }
}

export function prettyOperand(o: Operand, cx: MirPrettyCx): string {
  switch (o.tag) {
    case 'Copy': return `copy ${prettyPlace(o.place, cx)}`;
    case 'Move': return `move ${prettyPlace(o.place, cx)}`;
    case 'Constant': return prettyConstant(o.constant, cx);
  }
}

export function prettyRvalue(rv: Rvalue, cx: MirPrettyCx): string {
  const op = (o: Operand) => prettyOperand(o, cx);
  switch (rv.tag) {
    case 'Use': return op(rv.operand);
    case 'Repeat': return `[${op(rv.operand)}; ${constArg(rv.count)}]`;
    case 'Ref': return `&${rv.mutbl === 'mut' ? 'mut ' : ''}${prettyPlace(rv.place, cx)}`;
    case 'RawPtr': return `&raw ${rv.mutbl === 'mut' ? 'mut' : 'const'} ${prettyPlace(rv.place, cx)}`;
    case 'Len': return `Len(${prettyPlace(rv.place, cx)})`;
    case 'Cast': return `${op(rv.operand)} as ${prettyTy(rv.ty, cx)} (${rv.kind})`;
    case 'BinaryOp': return `${rv.op}(${op(rv.lhs)}, ${op(rv.rhs)})`;
    case 'CheckedBinaryOp': return `${rv.op}WithOverflow(${op(rv.lhs)}, ${op(rv.rhs)})`;
    case 'UnaryOp': return `${rv.op}(${op(rv.operand)})`;
    case 'NullaryOp': return `${rv.op}(${prettyTy(rv.ty, cx)})`;
    case 'Discriminant': return `discriminant(${prettyPlace(rv.place, cx)})`;
    case 'CopyForDeref': return `CopyForDeref(${prettyPlace(rv.place, cx)})`;
    case 'Aggregate': {
      const ops = rv.operands.map(op);
      const k = rv.kind;
      switch (k.tag) {
        case 'Array': return `[${ops.join(', ')}]`;
        case 'Tuple': return ops.length === 1 ? `(${ops[0]},)` : `(${ops.join(', ')})`;
        case 'Closure': return `{closure ${cx.defPath(k.def)}} { ${ops.join(', ')} }`;
        case 'Adt': {
          const adt = cx.adtDef?.(k.def);
          const variant = adt?.variants[k.variant];
          const name = adt && adt.kind === 'enum' && variant ? `${cx.defPath(k.def)}::${variant.name}` : cx.defPath(k.def);
          if (ops.length === 0) return name;
          const named = variant && variant.fields.length > 0 && !/^\d+$/.test(variant.fields[0]!.name);
          if (k.activeField !== null && variant) return `${name} { ${variant.fields[k.activeField]!.name}: ${ops[0]} }`;
          if (named) return `${name} { ${ops.map((o, i) => `${variant!.fields[i]!.name}: ${o}`).join(', ')} }`;
          return `${name}(${ops.join(', ')})`;
        }
      }
    }
  }
}

export function prettyStatement(s: Statement, cx: MirPrettyCx): string {
  switch (s.tag) {
    case 'Assign': return `${prettyPlace(s.place, cx)} = ${prettyRvalue(s.rvalue, cx)};`;
    case 'StorageLive': return `StorageLive(_${s.local});`;
    case 'StorageDead': return `StorageDead(_${s.local});`;
    case 'SetDiscriminant': return `discriminant(${prettyPlace(s.place, cx)}) = ${s.variant};`;
    case 'FakeRead': return `FakeRead(ForMatchedPlace, ${prettyPlace(s.place, cx)});`;
    case 'Nop': return 'nop;';
  }
}

function asmOperand(o: InlineAsmOperandMir, cx: MirPrettyCx): string {
  switch (o.tag) {
    case 'In': return `in(${o.reg}) ${prettyOperand(o.value, cx)}`;
    case 'Out': return `${o.late ? 'lateout' : 'out'}(${o.reg}) ${o.place ? prettyPlace(o.place, cx) : '_'}`;
    case 'InOut':
      return `${o.late ? 'inlateout' : 'inout'}(${o.reg}) ${prettyOperand(o.inValue, cx)} => ${o.outPlace ? prettyPlace(o.outPlace, cx) : '_'}`;
    case 'Const': return `const ${o.value}`;
    case 'SymFn': return `sym ${cx.defPath(o.def)}`;
    case 'SymStatic': return `sym ${cx.defPath(o.def)}`;
  }
}

export function prettyTerminator(t: Terminator, cx: MirPrettyCx): string {
  const op = (o: Operand) => prettyOperand(o, cx);
  switch (t.tag) {
    case 'Goto': return `goto -> bb${t.target};`;
    case 'SwitchInt': {
      const arms = t.targets.values.map((v, i) => `${v}: bb${t.targets.targets[i]}`);
      return `switchInt(${op(t.discr)}) -> [${[...arms, `otherwise: bb${t.targets.otherwise}`].join(', ')}];`;
    }
    case 'Return': return 'return;';
    case 'Unreachable': return 'unreachable;';
    case 'Drop': return `drop(${prettyPlace(t.place, cx)}) -> [return: bb${t.target}];`;
    case 'Call': {
      const f = t.func.tag === 'Constant' && t.func.constant.value.tag === 'ZeroSized' ? prettyConstant(t.func.constant, cx) : op(t.func);
      const target = t.target === null ? 'unwind unreachable' : `[return: bb${t.target}]`;
      return `${prettyPlace(t.destination, cx)} = ${f}(${t.args.map(op).join(', ')}) -> ${target};`;
    }
    case 'Assert': {
      const m = t.msg;
      const args = m.tag === 'BoundsCheck' ? [m.len, m.index]
        : m.tag === 'Overflow' ? (m.op === 'Shl' || m.op === 'Shr' ? [m.rhs] : [m.lhs, m.rhs])
        : m.tag === 'MisalignedPointerDereference' ? [m.required, m.found]
        : [m.operand];
      const fmt = JSON.stringify(assertDumpFormat(m));
      return `assert(${t.expected ? '' : '!'}${op(t.cond)}, ${[fmt, ...args.map(op)].join(', ')}) -> [success: bb${t.target}];`;
    }
    case 'InlineAsm': {
      const tpl = t.template.map((p) => (p.tag === 'String' ? p.text : `{${p.operandIdx}${p.modifier ? `:${p.modifier}` : ''}}`)).join('');
      const parts = [JSON.stringify(tpl), ...t.operands.map((o) => asmOperand(o, cx))];
      if (t.options.length > 0) parts.push(`options(${t.options.join(', ')})`);
      return `asm!(${parts.join(', ')}) -> ${t.target === null ? 'unwind unreachable' : `[return: bb${t.target}]`};`;
    }
  }
}

function prettyBlock(i: number, b: BasicBlockData, cx: MirPrettyCx): string {
  const lines = [`    bb${i}: {`];
  for (const s of b.statements) lines.push(`        ${prettyStatement(s, cx)}`);
  lines.push(`        ${prettyTerminator(b.terminator, cx)}`);
  lines.push('    }');
  return lines.join('\n');
}

/** One body, rustc-style: header, debug names, local declarations, blocks. */
export function prettyBody(body: Body, outer: MirPrettyCx, kind: BodyHeaderKind = 'fn'): string {
  const cx: MirPrettyCx = { ...outer, locals: body.locals };
  const name = cx.defPath(body.def);
  const ret = prettyTy(body.locals[0]!.ty, cx);
  let header: string;
  if (kind === 'fn') {
    const args: string[] = [];
    for (let i = 1; i <= body.argCount; i++) args.push(`_${i}: ${prettyTy(body.locals[i]!.ty, cx)}`);
    header = `fn ${name}(${args.join(', ')}) -> ${ret} {`;
  } else {
    header = `${kind} ${name}: ${ret} = {`;
  }
  const lines = [header];
  for (const d of body.varDebugInfo) lines.push(`    debug ${d.name} => _${d.local};`);
  body.locals.forEach((l, i) => {
    if (i >= 1 && i <= body.argCount) return;
    lines.push(`    let ${l.mutbl === 'mut' ? 'mut ' : ''}_${i}: ${prettyTy(l.ty, cx)};`);
  });
  lines.push('');
  body.blocks.forEach((b, i) => lines.push(prettyBlock(i, b, cx) + (i < body.blocks.length - 1 ? '\n' : '')));
  lines.push('}');
  return lines.join('\n') + '\n';
}
