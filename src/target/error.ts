// Errors from loading a target specification. Messages follow rustc 1.95's wording
// (they come from its serde-based parser) and add the file they are about.

import type { Pos } from './json.ts';

export type TargetErrorKind =
  | 'not-found' // a target name matched no built-in or search-path spec
  | 'no-file' // a `.json` path that does not exist
  | 'io' // the file exists but could not be read
  | 'syntax' // not valid JSON
  | 'unknown-field'
  | 'duplicate-field'
  | 'missing-field'
  | 'invalid-value' // wrong type or a value outside the allowed set
  | 'inconsistent'; // fields that contradict each other (e.g. data layout vs pointer width)

export const TARGET_LIST_HELP = 'run `tsrustc --print target-list` for a list of built-in targets';

export class TargetError extends Error {
  constructor(
    readonly kind: TargetErrorKind,
    message: string,
    /** The spec file, when the error is about one. */
    readonly file: string | null = null,
    /** The field path (`target-pointer-width`, `metadata.tier`, `pre-link-args.gnu-lld[0]`). */
    readonly field: string | null = null,
    readonly pos: Pos | null = null,
    /** A help line for the driver to print under the error, like rustc's. */
    readonly help: string | null = TARGET_LIST_HELP,
  ) {
    super(message);
    this.name = 'TargetError';
  }
}

const PREFIX = 'error loading target specification: ';

function at(pos: Pos | null): string {
  return pos ? ` at line ${pos.line} column ${pos.column}` : '';
}

/** An error about the contents of `file`; `field` (if any) prefixes the reason, as serde's path does. */
export function specError(kind: TargetErrorKind, file: string, reason: string, field: string | null, pos: Pos | null): TargetError {
  const path = field === null ? '' : `${field}: `;
  return new TargetError(kind, `${PREFIX}${path}${reason}${at(pos)} in ${file}`, file, field, pos);
}

export function notFoundError(name: string): TargetError {
  return new TargetError('not-found', `${PREFIX}could not find specification for target ${JSON.stringify(name)}`);
}

export function noFileError(path: string): TargetError {
  return new TargetError('no-file', `target file ${JSON.stringify(path)} does not exist`, path, null, null, null);
}

export function ioError(file: string, reason: string): TargetError {
  return new TargetError('io', `${PREFIX}could not read ${file}: ${reason}`, file);
}

export function inconsistentError(file: string, reason: string): TargetError {
  return new TargetError('inconsistent', `inconsistent target specification: ${reason} in ${file}`, file, null, null, null);
}
