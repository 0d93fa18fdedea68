import type { Emitter } from '../diagnostics/handler.ts';
import { humanEmitter } from '../diagnostics/emit-human.ts';
import { jsonEmitter } from '../diagnostics/emit-json.ts';

export function emitterFor(format: 'human' | 'json' | 'short', color: boolean): Emitter {
  if (format === 'json') return jsonEmitter();
  return humanEmitter({ color, short: format === 'short' });
}
