// `--print target-spec-json` and `--print target-list`.

import { readdirSync } from 'node:fs';
import type { JsonValue } from './json.ts';
import { FIELDS } from './schema.ts';
import type { TargetSpec } from './spec.ts';

/**
 * The spec as rustc prints it: kebab-case keys sorted alphabetically, two-space
 * indentation, and only fields that differ from their default (required ones always).
 * The built-in JSON files are written in exactly this form.
 */
export function targetSpecJson(spec: TargetSpec): string {
  const out: Record<string, JsonValue> = { ...spec.other };
  for (const def of FIELDS) {
    const value = toJson(def.json, spec[def.key]);
    if (value === undefined) continue;
    if (!def.required && JSON.stringify(value) === JSON.stringify(toJson(def.json, def.default))) continue;
    out[def.json] = value;
  }
  return JSON.stringify(sortKeys(out), null, 2);
}

/** The field's value in JSON form; undefined means "not printed". */
function toJson(field: string, value: unknown): JsonValue | undefined {
  if (value === null) return undefined;
  if (field === 'stack-probes') return { kind: value as string };
  if (field === 'metadata') {
    const m = value as TargetSpec['metadata'];
    const o: Record<string, JsonValue> = {};
    if (m.description !== null) o.description = m.description;
    if (m.hostTools !== null) o.host_tools = m.hostTools;
    if (m.std !== null) o.std = m.std;
    if (m.tier !== null) o.tier = m.tier;
    return Object.keys(o).length ? o : undefined;
  }
  return value as JsonValue;
}

function sortKeys(v: JsonValue): JsonValue {
  if (Array.isArray(v)) return v.map(sortKeys);
  if (v === null || typeof v !== 'object') return v;
  const out: Record<string, JsonValue> = {};
  for (const k of Object.keys(v).sort()) out[k] = sortKeys(v[k]);
  return out;
}

/** Names of the built-in targets (the `*.json` files in `targetsDir`), sorted. */
export function builtinTargetList(targetsDir: string): string[] {
  return readdirSync(targetsDir)
    .filter((f) => f.endsWith('.json'))
    .map((f) => f.slice(0, -'.json'.length))
    .sort();
}
