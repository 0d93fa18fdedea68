import type { Emitter } from '../diagnostics/handler.ts';
import { emitHuman } from '../diagnostics/emit-human.ts';
import { emitJson } from '../diagnostics/emit-json.ts';

export function emitterFor(format: 'human' | 'json' | 'short', color: boolean): Emitter {
  if (format === 'json') return emitJson();
  return emitHuman({ color });
}
