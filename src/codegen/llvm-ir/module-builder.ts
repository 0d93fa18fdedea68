// Builds one LLVM module as text: target header, named struct types, globals, function
// declarations and definitions, module-level asm. Text is collected in arrays and joined once.
import { FunctionBuilder, type ModuleContext } from './function-builder.ts';
import { escapeBytes, namedTy, ptrTo, quoteIdent, structTy, T, type LType } from './types.ts';
import { constBitcast, constBytes, globalRef, type Value } from './value.ts';

export type Linkage =
  | 'external' | 'internal' | 'private' | 'weak' | 'weak_odr' | 'linkonce_odr' | 'linkonce'
  | 'available_externally' | 'common' | 'extern_weak' | 'appending';

export interface GlobalDef {
  readonly name: string;
  readonly type: LType;
  /** Null declares an external global. */
  readonly init: Value | null;
  readonly linkage?: Linkage;
  readonly constant?: boolean;
  readonly unnamedAddr?: 'unnamed_addr' | 'local_unnamed_addr';
  readonly align?: number;
  readonly section?: string;
  readonly threadLocal?: boolean;
}

export interface FnDecl {
  readonly linkage?: Linkage;
  readonly cc?: string;
  readonly fnAttrs?: readonly string[];
  readonly retAttrs?: readonly string[];
  readonly paramAttrs?: readonly (readonly string[] | undefined)[];
  readonly unnamedAddr?: 'unnamed_addr' | 'local_unnamed_addr';
  readonly section?: string;
  readonly align?: number;
  readonly paramNames?: readonly (string | null)[];
  readonly visibility?: 'default' | 'hidden' | 'protected';
}

interface FnEntry {
  readonly name: string;
  readonly type: LType;
  decl: FnDecl;
  body: FunctionBuilder | null;
}

function header(ret: LType, name: string, params: readonly string[], d: FnDecl, define: boolean): string {
  // Declarations take only `extern_weak`; other linkages describe definitions.
  const linkage = define ? (d.linkage && d.linkage !== 'external' ? d.linkage : '') : d.linkage === 'extern_weak' ? 'extern_weak' : '';
  const parts = [
    define ? 'define' : 'declare',
    linkage,
    d.visibility && d.visibility !== 'default' ? d.visibility : '',
    d.cc ?? '',
    ...(d.retAttrs ?? []),
    ret.s,
    `@${quoteIdent(name)}(${params.join(', ')})`,
    define ? d.unnamedAddr ?? '' : '',
    ...(d.fnAttrs ?? []),
    define && d.section !== undefined ? `section "${escapeString(d.section)}"` : '',
    define && d.align !== undefined ? `align ${d.align}` : '',
  ];
  return parts.filter((p) => p !== '').join(' ');
}

export class ModuleBuilder implements ModuleContext {
  private readonly structs = new Map<string, LType>();
  private readonly structOrder: string[] = [];
  private readonly globals = new Map<string, { def: GlobalDef; text: string }>();
  private readonly fns = new Map<string, FnEntry>();
  private readonly asm: string[] = [];
  private readonly strings = new Map<string, Value>();
  private nextString = 0;
  private readonly nextByPrefix = new Map<string, number>();

  constructor(
    readonly name: string,
    readonly triple: string,
    readonly dataLayout: string,
  ) {}

  /** Defines (once) a named struct type and returns a reference to it. */
  namedStruct(name: string, fields: readonly LType[], packed = false): LType {
    const body = structTy(fields, packed);
    const old = this.structs.get(name);
    if (old !== undefined && old !== body) throw new Error(`LLVM IR builder: struct %${name} redefined as ${body.s} (was ${old.s})`);
    if (old === undefined) {
      this.structs.set(name, body);
      this.structOrder.push(name);
    }
    return namedTy(name);
  }

  hasStruct(name: string): boolean {
    return this.structs.has(name);
  }

  structBody(name: string): LType {
    const b = this.structs.get(name);
    if (!b) throw new Error(`LLVM IR builder: unknown struct %${name}`);
    return b;
  }

  /** Adds a global variable; returns its address (a pointer to `def.type`). */
  addGlobal(def: GlobalDef): Value {
    const old = this.globals.get(def.name);
    if (old) {
      if (old.def.init === null && def.init !== null) this.globals.delete(def.name);
      else if (def.init === null && old.def.type === def.type) return globalRef(def.name, ptrTo(def.type));
      else throw new Error(`LLVM IR builder: global @${def.name} defined twice`);
    }
    if (def.init !== null && def.init.ty !== def.type) {
      throw new Error(`LLVM IR builder: global @${def.name} of type ${def.type.s} initialized with ${def.init.ty.s}`);
    }
    const linkage = def.init === null ? 'external' : def.linkage && def.linkage !== 'external' ? def.linkage : '';
    const parts = [
      `@${quoteIdent(def.name)} =`,
      linkage,
      def.threadLocal ? 'thread_local' : '',
      def.unnamedAddr ?? '',
      def.constant ? 'constant' : 'global',
      def.type.s,
      def.init !== null ? def.init.s : '',
    ].filter((p) => p !== '');
    let text = parts.join(' ');
    if (def.section !== undefined) text += `, section "${escapeString(def.section)}"`;
    if (def.align !== undefined) text += `, align ${def.align}`;
    this.globals.set(def.name, { def, text });
    return globalRef(def.name, ptrTo(def.type));
  }

  hasGlobal(name: string): boolean {
    return this.globals.has(name);
  }

  /**
   * A private, deduplicated constant holding `bytes`; returns an `i8*` to its first byte.
   * (rustc's `alloc_*` constants for string literals.)
   */
  bytesConstant(bytes: Uint8Array, align = 1): Value {
    const key = `${align}:${Buffer.from(bytes).toString('latin1')}`;
    const old = this.strings.get(key);
    if (old) return old;
    const init = constBytes(bytes);
    const g = this.addGlobal({
      name: `alloc_${this.nextString++}`,
      type: init.ty,
      init,
      linkage: 'private',
      constant: true,
      unnamedAddr: 'unnamed_addr',
      align,
    });
    const p = constBitcast(g, T.i8p);
    this.strings.set(key, p);
    return p;
  }

  /** A global name `prefix.N` not used yet in this module. */
  uniqueName(prefix: string): string {
    let n = this.nextByPrefix.get(prefix) ?? 0;
    while (this.globals.has(`${prefix}.${n}`) || this.fns.has(`${prefix}.${n}`)) n++;
    this.nextByPrefix.set(prefix, n + 1);
    return `${prefix}.${n}`;
  }

  /** Declares a function (idempotent); returns its address. */
  declareFunction(name: string, type: LType, decl: FnDecl = {}): Value {
    if (type.kind !== 'fn') throw new Error(`LLVM IR builder: @${name} needs a function type`);
    const old = this.fns.get(name);
    if (old) {
      if (old.type !== type) {
        // Same symbol seen with another signature (an `extern` block vs its definition):
        // use it through a bitcast, as C compilers do.
        return constBitcast(globalRef(name, ptrTo(old.type)), ptrTo(type));
      }
      return globalRef(name, ptrTo(type));
    }
    this.fns.set(name, { name, type, decl, body: null });
    return globalRef(name, ptrTo(type));
  }

  /** Starts the definition of a function; its text is produced when the module is printed. */
  defineFunction(name: string, type: LType, decl: FnDecl = {}): FunctionBuilder {
    const old = this.fns.get(name);
    if (old?.body) throw new Error(`LLVM IR builder: function @${name} defined twice`);
    if (old && old.type !== type) throw new Error(`LLVM IR builder: @${name} declared as ${old.type.s}, defined as ${type.s}`);
    const fb = new FunctionBuilder(this, name, type, decl.paramNames ?? []);
    this.fns.set(name, { name, type, decl, body: fb });
    return fb;
  }

  isDefined(name: string): boolean {
    return this.fns.get(name)?.body != null || this.globals.get(name)?.def.init != null;
  }

  functionType(name: string): LType | undefined {
    return this.fns.get(name)?.type;
  }

  intrinsic(name: string, type: LType): Value {
    return this.declareFunction(name, type, { fnAttrs: ['nounwind'] });
  }

  /** Module-level `module asm` text (global_asm!, hand-written entry points). */
  moduleAsm(text: string): void {
    for (const line of text.split('\n')) this.asm.push(line);
  }

  toString(): string {
    const out: string[] = [
      `; ModuleID = '${this.name}'`,
      `source_filename = "${this.name}"`,
      `target datalayout = "${this.dataLayout}"`,
      `target triple = "${this.triple}"`,
      '',
    ];
    for (const line of this.asm) out.push(`module asm "${escapeString(line)}"`);
    if (this.asm.length) out.push('');
    for (const name of this.structOrder) out.push(`%${quoteIdent(name)} = type ${this.structs.get(name)!.s}`);
    if (this.structOrder.length) out.push('');
    for (const { text } of this.globals.values()) out.push(text);
    if (this.globals.size) out.push('');
    for (const f of this.fns.values()) {
      const ft = f.type as Extract<LType, { kind: 'fn' }>;
      const pa = f.decl.paramAttrs ?? [];
      if (f.body) {
        const params = f.body.params.map((p, i) => [p.ty.s, ...(pa[i] ?? []), p.s].join(' '));
        out.push(`${header(ft.ret, f.name, params, f.decl, true)} ${f.body.finish()}`, '');
      } else {
        const params = ft.params.map((p, i) => [p.s, ...(pa[i] ?? [])].join(' '));
        if (ft.varargs) params.push('...');
        out.push(header(ft.ret, f.name, params, f.decl, false));
      }
    }
    out.push('');
    return out.join('\n');
  }
}

function escapeString(s: string): string {
  return escapeBytes(new TextEncoder().encode(s));
}
