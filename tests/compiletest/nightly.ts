// Tests that need a nightly compiler: `#![feature(...)]` (also inside `cfg_attr`) or unstable
// `-Z` flags, in the test or one of its auxiliary crates. They get their own column.

export function featureGate(source: string): string | undefined {
  for (const raw of source.split('\n')) {
    const line = raw.trim();
    if (!line.startsWith('#!')) continue;
    const m = /^#!\s*\[\s*feature\s*\(\s*([\w]*)/.exec(line);
    if (m) return `#![feature(${m[1] ?? ''})]`;
    const c = /^#!\s*\[\s*cfg_attr\s*\(.*\bfeature\s*\(\s*([\w]*)/.exec(line);
    if (c) return `#![cfg_attr(.., feature(${c[1] ?? ''}))]`;
  }
  return undefined;
}

export function unstableFlag(flags: readonly string[]): string | undefined {
  for (let i = 0; i < flags.length; i++) {
    const f = flags[i] ?? '';
    if (f === '-Z') return `-Z ${flags[i + 1] ?? ''}`;
    if (f.startsWith('-Z')) return f;
  }
  return undefined;
}

/** Why the test needs nightly, or undefined. */
export function nightlyReason(sources: readonly { source: string; flags: readonly string[] }[]): string | undefined {
  for (const s of sources) {
    const why = featureGate(s.source) ?? unstableFlag(s.flags);
    if (why !== undefined) return why;
  }
  return undefined;
}
