/** A command-line or setup error: printed as `error: <message>` (plus help lines), exit 1. */
export class UsageError extends Error {
  constructor(
    message: string,
    readonly helps: readonly string[] = [],
    /**
     * rustc reports some early errors through the session's diagnostics (unreadable input,
     * bad crate name, no input file), which then adds `error: aborting due to 1 previous error`.
     */
    readonly abortSummary = false,
  ) {
    super(message);
  }
}

/** Renders an early error the way rustc does before any source is loaded. */
export function formatUsageError(e: UsageError, color: boolean): string {
  const err = color ? '\x1b[1m\x1b[38;5;9merror\x1b[0m\x1b[1m' : 'error';
  const reset = color ? '\x1b[0m' : '';
  const line = (msg: string): string => `${err}: ${msg}${reset}\n`;
  let out = line(e.message);
  if (e.helps.length > 0) {
    const bar = color ? '\x1b[1m\x1b[38;5;12m  |\x1b[0m' : '  |';
    const eq = color ? '\x1b[1m\x1b[38;5;12m  =\x1b[0m' : '  =';
    out += `${bar}\n`;
    for (const h of e.helps) out += `${eq} ${color ? '\x1b[1mhelp\x1b[0m' : 'help'}: ${h}\n`;
  }
  out += '\n';
  if (e.abortSummary) out += `${line('aborting due to 1 previous error')}\n`;
  return out;
}
