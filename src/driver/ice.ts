/** Which station was running, for `error: internal compiler error` reports. */
let currentPhase = 'driver';

export function setPhase(phase: string): void {
  currentPhase = phase;
}

export function phase(): string {
  return currentPhase;
}

/** rustc's ICE layout: what broke, in which phase, and where to report it. Exit code 101. */
export function formatIce(e: unknown): string {
  const msg = e instanceof Error ? e.message : String(e);
  const where = e instanceof Error && e.stack ? e.stack.split('\n').slice(1, 4).map((l) => l.trim().replace(/^at /, '')).join(' <- ') : '';
  return (
    `error: internal compiler error: ${msg}\n\n` +
    `note: the compiler unexpectedly failed during ${currentPhase}. This is a bug in tsrustc.\n` +
    (where && process.env.TSRUSTC_ICE_TRACE ? `note: at ${where}\n` : '') +
    `note: please file an issue with the input that triggered it; set TSRUSTC_ICE_TRACE=1 for the location\n\n`
  );
}
