import * as fs from 'node:fs';
import * as path from 'node:path';
import { builtinTargetList, printCfg, targetSpecJson, type TargetSpec } from '../target/index.ts';
import type { CrateType } from '../session/session.ts';
import type { Options, PrintRequest } from './options.ts';
import { linkOutputName } from './outputs.ts';
import { builtinTargetsDir, defaultSysroot, targetLibDir } from './paths.ts';
import { hostTriple } from './version.ts';

export interface PrintContext {
  readonly opts: Options;
  /** Loaded lazily: `--print target-list` needs no target. */
  spec(): TargetSpec;
  crateName(): string;
  /** What non-library outputs are named after (see `OutputNames`). */
  fileStem(): string;
  crateTypes(): CrateType[];
}

const RELOCATION_MODELS = ['static', 'pic', 'pie', 'dynamic-no-pic', 'ropi', 'rwpi', 'ropi-rwpi', 'default'];
const CODE_MODELS = ['tiny', 'small', 'kernel', 'medium', 'large'];

function textFor(req: PrintRequest, cx: PrintContext): string {
  const { opts } = cx;
  switch (req) {
    case 'target-list': return builtinTargetList(builtinTargetsDir()).join('\n') + '\n';
    case 'host-tuple': return `${hostTriple()}\n`;
    case 'cfg': {
      const spec = cx.spec();
      const optLevel = opts.cg.optLevel ?? '0';
      const debugAssertions = opts.cg.debugAssertions ?? optLevel === '0';
      const out = printCfg(spec, {
        panic: opts.cg.panic ?? (spec.panicStrategy === 'unwind' ? 'unwind' : 'abort'),
        debugAssertions,
        features: opts.cg.targetFeatures,
        cpu: opts.cg.targetCpu ?? undefined,
      });
      // rustc sorts the `--cfg`s in with the target's (and prints each once).
      const lines = new Set(out.split('\n').filter((l) => l !== ''));
      for (const [k, v] of opts.cfg) lines.add(v === null ? k : `${k}=${JSON.stringify(v)}`);
      return [...lines].sort().map((l) => `${l}\n`).join('');
    }
    case 'target-spec-json': return `${targetSpecJson(cx.spec())}\n`;
    case 'sysroot': return `${opts.sysroot ?? defaultSysroot()}\n`;
    case 'target-libdir': return `${targetLibDir(opts.sysroot ?? defaultSysroot(), cx.spec().name)}\n`;
    case 'crate-name': return `${cx.crateName()}\n`;
    case 'file-names': {
      const spec = cx.spec();
      const types = cx.crateTypes();
      // `-o` names the one artifact (rustc prints just its file name).
      if (opts.output !== null && types.length === 1) return `${path.basename(opts.output)}\n`;
      const names = { crate: cx.crateName(), fileStem: cx.fileStem() };
      return types.map((t) => `${linkOutputName(names, t, spec.exeSuffix)}\n`).join('');
    }
    case 'relocation-models': return `Available relocation models:\n${RELOCATION_MODELS.map((m) => `    ${m}\n`).join('')}\n`;
    case 'code-models': return `Available code models:\n${CODE_MODELS.map((m) => `    ${m}\n`).join('')}\n`;
    case 'target-cpus': return `Available CPUs for this target:\n    native\n    ${cx.spec().cpu || 'generic'} - This is the default target CPU for the current build target.\n\n`;
    case 'target-features': return `Features supported by tsrustc for this target: see \`-C target-feature\`; the default set is:\n    ${cx.spec().features || '(none)'}\n\n`;
  }
}

/** Handles `--print` requests; each goes to stdout or to its `=FILE`. */
export function handlePrints(cx: PrintContext): void {
  for (const { req, file } of cx.opts.prints) {
    const text = textFor(req, cx);
    if (file) fs.writeFileSync(file, text);
    else process.stdout.write(text);
  }
}
