/**
 * `-Z time-passes`: one line per station with its wall time and the change in resident
 * memory, in the shape of rustc's output.
 */
export class PassTimer {
  private readonly lines: string[] = [];

  constructor(
    private readonly enabled: boolean,
    private readonly out: (line: string) => void,
  ) {}

  run<T>(name: string, f: () => T): T {
    if (!this.enabled) return f();
    const rss0 = process.memoryUsage.rss();
    const t0 = process.hrtime.bigint();
    try {
      return f();
    } finally {
      const secs = Number(process.hrtime.bigint() - t0) / 1e9;
      const rss1 = process.memoryUsage.rss();
      const mb = (n: number): string => `${Math.round(n / 1048576)}MB`.padStart(6);
      const delta = Math.round((rss1 - rss0) / 1048576);
      const line = `time: ${secs.toFixed(3).padStart(7)}; rss: ${mb(rss0)} -> ${mb(rss1)} (${(delta >= 0 ? '+' : '') + delta}MB)\t${name}`;
      this.lines.push(line);
      this.out(`${line}\n`);
    }
  }
}
