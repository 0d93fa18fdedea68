// JSON text -> TargetSpec, validated against the field table. Errors come in document
// order, like serde's: the first bad member wins; missing fields are reported at the
// end of the object.

import { describeNode, JsonSyntaxError, parseJson, toValue, typeErrorPos, type JsonNode, type JsonValue } from './json.ts';
import { inconsistentError, specError, TargetError } from './error.ts';
import { FIELD_BY_JSON, FIELDS, METADATA_FIELDS, RUSTC_FIELDS, STACK_PROBE_KINDS, type FieldDef, type FieldKind } from './schema.ts';
import { LINKER_FLAVORS, type LinkArgs, type LinkerFlavor, type StackProbes, type TargetMetadata, type TargetSpec } from './spec.ts';

export interface SpecOrigin {
  name: string;
  path: string;
  isBuiltin: boolean;
}

const RUSTC_FIELD_SET = new Set(RUSTC_FIELDS);
const EXPECTED_FIELDS = RUSTC_FIELDS.map((f) => `\`${f}\``).join(', ');

export function parseTargetSpec(text: string, origin: SpecOrigin): TargetSpec {
  const file = origin.path;
  let root: JsonNode;
  try {
    root = parseJson(text);
  } catch (e) {
    if (e instanceof JsonSyntaxError) throw specError('syntax', file, e.reason, null, e.pos);
    throw e;
  }
  if (root.kind !== 'object') {
    throw specError('invalid-value', file, `invalid type: ${describeNode(root)}, expected a map`, null, typeErrorPos(root));
  }

  const values = new Map<string, unknown>();
  const other: Record<string, JsonValue> = {};
  const seen = new Set<string>();
  for (const m of root.members) {
    if (seen.has(m.key)) throw specError('duplicate-field', file, `duplicate field \`${m.key}\``, null, m.keyEnd);
    seen.add(m.key);
    const def = FIELD_BY_JSON.get(m.key);
    if (def) {
      values.set(def.key, convert(def, m.value, file));
    } else if (RUSTC_FIELD_SET.has(m.key)) {
      other[m.key] = toValue(m.value);
    } else {
      throw specError('unknown-field', file, `unknown field \`${m.key}\`, expected one of ${EXPECTED_FIELDS}`, m.key, m.keyEnd);
    }
  }
  for (const def of FIELDS) {
    if (def.required && values.get(def.key) === undefined) {
      throw specError('missing-field', file, `missing field \`${def.json}\``, null, root.end);
    }
  }

  const spec = { name: origin.name, path: origin.path, isBuiltin: origin.isBuiltin, other } as Record<string, unknown>;
  for (const def of FIELDS) {
    const v = values.get(def.key);
    spec[def.key] = v === undefined || v === null ? cloneDefault(def) : v;
  }
  const result = spec as unknown as TargetSpec;
  checkConsistency(result);
  return result;
}

function cloneDefault(def: FieldDef): unknown {
  const d = def.default;
  return d !== null && typeof d === 'object' ? structuredClone(d) : d;
}

/** A converted value, or null for "use the default" (JSON null on an optional field). */
function convert(def: FieldDef, node: JsonNode, file: string): unknown {
  if (node.kind === 'null' && !def.required) return null;
  return convertKind(def.kind, node, file, def.json);
}

function invalidType(file: string, path: string, node: JsonNode, expected: string): TargetError {
  return specError('invalid-value', file, `invalid type: ${describeNode(node)}, expected ${expected}`, path, typeErrorPos(node));
}

function expectString(node: JsonNode, file: string, path: string): string {
  if (node.kind !== 'string') throw invalidType(file, path, node, 'a string');
  return node.value;
}

function convertKind(kind: FieldKind, node: JsonNode, file: string, path: string): unknown {
  switch (kind.type) {
    case 'string':
      return expectString(node, file, path);
    case 'bool':
      if (node.kind !== 'bool') throw invalidType(file, path, node, 'a boolean');
      return node.value;
    case 'uint':
      return convertUint(kind, node, file, path);
    case 'enum': {
      const v = expectString(node, file, path);
      if (!kind.values.includes(v)) throw specError('invalid-value', file, kind.invalid(v), path, node.end);
      return v;
    }
    case 'families':
      if (node.kind === 'string') return [node.value];
      if (node.kind === 'array' && node.items.every((i) => i.kind === 'string')) {
        return node.items.map((i) => (i as { value: string }).value);
      }
      throw specError('invalid-value', file, `invalid type: ${describeNode(node)}, expected a string or a sequence of strings`, path, node.end);
    case 'link-args':
      return convertLinkArgs(node, file, path);
    case 'metadata':
      return convertMetadata(node, file, path);
    case 'stack-probes':
      return convertStackProbes(node, file, path);
  }
}

function convertUint(kind: Extract<FieldKind, { type: 'uint' }>, node: JsonNode, file: string, path: string): number {
  if (node.kind === 'string' && kind.acceptString && /^[0-9]+$/.test(node.value)) {
    const n = Number(node.value);
    if (n <= kind.max) return n;
  }
  if (node.kind !== 'number' || !node.isInteger) throw invalidType(file, path, node, kind.serdeName);
  if (node.value < 0 || node.value > kind.max) {
    throw specError('invalid-value', file, `invalid value: integer \`${node.raw}\`, expected ${kind.serdeName}`, path, node.end);
  }
  return node.value;
}

function convertLinkArgs(node: JsonNode, file: string, path: string): LinkArgs {
  if (node.kind !== 'object') throw invalidType(file, path, node, 'a map');
  const out: LinkArgs = {};
  for (const m of node.members) {
    const sub = `${path}.${m.key}`;
    if (!(LINKER_FLAVORS as readonly string[]).includes(m.key)) {
      throw specError('invalid-value', file, `invalid linker flavor, allowed values: one of: ${LINKER_FLAVORS.join(' ')} `, sub, m.keyEnd);
    }
    if (m.value.kind !== 'array') throw invalidType(file, sub, m.value, 'a sequence');
    out[m.key as LinkerFlavor] = m.value.items.map((item, i) => expectString(item, file, `${sub}[${i}]`));
  }
  return out;
}

function convertMetadata(node: JsonNode, file: string, path: string): TargetMetadata {
  if (node.kind !== 'object') throw invalidType(file, path, node, 'a map');
  const out: TargetMetadata = { description: null, tier: null, hostTools: null, std: null };
  for (const m of node.members) {
    const f = METADATA_FIELDS[m.key as keyof typeof METADATA_FIELDS];
    if (!f || m.value.kind === 'null') continue; // rustc ignores unknown metadata keys
    const sub = `${path}.${m.key}`;
    if (f.type === 'string') out.description = expectString(m.value, file, sub);
    else if (f.type === 'u64') out.tier = convertUint({ type: 'uint', serdeName: 'u64', max: Number.MAX_SAFE_INTEGER, acceptString: false }, m.value, file, sub);
    else if (m.value.kind !== 'bool') throw invalidType(file, sub, m.value, 'a boolean');
    else if (f.key === 'hostTools') out.hostTools = m.value.value;
    else out.std = m.value.value;
  }
  return out;
}

function convertStackProbes(node: JsonNode, file: string, path: string): StackProbes {
  if (node.kind !== 'object') throw invalidType(file, path, node, 'internally tagged enum StackProbeType');
  const kind = node.members.find((m) => m.key === 'kind');
  if (!kind) throw specError('missing-field', file, 'missing field `kind`', path, node.end);
  const v = expectString(kind.value, file, `${path}.kind`);
  if (!(STACK_PROBE_KINDS as readonly string[]).includes(v)) {
    const allowed = STACK_PROBE_KINDS.map((k) => `\`${k}\``).join(', ');
    throw specError('invalid-value', file, `unknown variant \`${v}\`, expected one of ${allowed}`, `${path}.kind`, kind.value.end);
  }
  return v as StackProbes;
}

/** rustc refuses specs whose data layout contradicts the pointer width or endianness. */
function checkConsistency(spec: TargetSpec): void {
  const parts = spec.dataLayout.split('-');
  let pointerBits = 64; // LLVM's default when the layout names no `p` entry
  let endian: 'little' | 'big' | null = null;
  for (const p of parts) {
    if (p === 'e') endian = 'little';
    else if (p === 'E') endian = 'big';
    const m = /^p0?:([0-9]+)/.exec(p);
    if (m) pointerBits = Number(m[1]);
  }
  if (pointerBits !== spec.targetPointerWidth) {
    throw inconsistentError(
      spec.path,
      `"data-layout" claims pointers are ${pointerBits}-bit, while "target-pointer-width" is \`${spec.targetPointerWidth}\``,
    );
  }
  if (endian !== null && endian !== spec.targetEndian) {
    throw inconsistentError(
      spec.path,
      `"data-layout" claims architecture is ${endian}-endian, while "target-endian" is \`${spec.targetEndian}\``,
    );
  }
}
