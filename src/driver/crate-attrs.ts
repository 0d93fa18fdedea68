import type { CrateType } from '../session/session.ts';

/**
 * `#![crate_name = "..."]` and `#![crate_type = "..."]` read from the source text, so that
 * `--print file-names` and output naming need no parse (as rustc does it early too).
 */
export function crateAttrs(src: string): { crateName: string | null; crateTypes: CrateType[] } {
  const name = /#!\[\s*crate_name\s*=\s*"([A-Za-z0-9_]+)"\s*\]/.exec(src);
  const types = [...src.matchAll(/#!\[\s*crate_type\s*=\s*"([a-z-]+)"\s*\]/g)].map((m) => m[1] as CrateType);
  return { crateName: name ? name[1]! : null, crateTypes: types };
}
