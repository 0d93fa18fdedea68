import type { DiagOptions, Emitter } from '../diagnostics/handler.ts';
import { UsageError } from './errors.ts';

/**
 * rustc's `-Z treat-err-as-bug[=N]`: the Nth error is printed as an internal compiler error
 * and the compiler stops there (exit 101), to debug where an error comes from. It is also
 * how the driver's ICE path is exercised without a real compiler bug.
 */
export function treatErrAsBug(value: string | true | undefined, emitter: Emitter, write: (s: string) => void): Pick<DiagOptions, 'emitter' | 'write'> {
  if (value === undefined) return { emitter, write };
  const limit = value === true ? 1 : Number(value);
  if (!Number.isInteger(limit) || limit < 1) {
    throw new UsageError(`incorrect value \`${String(value)}\` for unstable option \`treat-err-as-bug\` - either no value or a non-negative integer was expected`);
  }
  let errors = 0;
  let stop = false;
  return {
    emitter: (d, sm) => {
      // The end-of-session summary goes through the emitter too, but is never written by
      // `emit`: it does not count as an error.
      if (d.level !== 'error' || d.message.startsWith('aborting due to')) return emitter(d, sm);
      if (++errors < limit) return emitter(d, sm);
      stop = true;
      return emitter({ ...d, level: 'ice' }, sm);
    },
    write: (s) => {
      write(s);
      if (stop) throw new Error(`aborting due to \`-Z treat-err-as-bug=${limit}\``);
    },
  };
}
