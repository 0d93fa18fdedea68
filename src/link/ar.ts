// Minimal GNU/System V `ar` archives, the container of rlibs (as in rustc). Members are
// stored with short names and no symbol index: each rlib holds one object, which the
// linker layer passes to LLD directly, so the index would buy nothing.

export interface ArMember {
  readonly name: string;
  readonly data: Uint8Array;
}

const MAGIC = '!<arch>\n';

function field(s: string, width: number): string {
  if (s.length > width) throw new Error(`ar field too long: ${s}`);
  return s.padEnd(width, ' ');
}

export function writeAr(members: readonly ArMember[]): Uint8Array {
  const enc = new TextEncoder();
  const parts: Uint8Array[] = [enc.encode(MAGIC)];
  for (const m of members) {
    if (m.name.length > 15 || m.name.includes('/')) throw new Error(`ar member name not supported: ${m.name}`);
    const header =
      field(`${m.name}/`, 16) + field('0', 12) + field('0', 6) + field('0', 6) + field('644', 8) + field(String(m.data.length), 10) + '`\n';
    parts.push(enc.encode(header), m.data);
    if (m.data.length % 2 === 1) parts.push(enc.encode('\n'));
  }
  const total = parts.reduce((n, p) => n + p.length, 0);
  const out = new Uint8Array(total);
  let off = 0;
  for (const p of parts) {
    out.set(p, off);
    off += p.length;
  }
  return out;
}

export function readAr(bytes: Uint8Array): ArMember[] {
  const dec = new TextDecoder('latin1');
  if (dec.decode(bytes.subarray(0, 8)) !== MAGIC) throw new Error('not an ar archive');
  const out: ArMember[] = [];
  let off = 8;
  while (off + 60 <= bytes.length) {
    const header = dec.decode(bytes.subarray(off, off + 60));
    if (header.slice(58, 60) !== '`\n') throw new Error(`corrupt ar header at offset ${off}`);
    const rawName = header.slice(0, 16).trimEnd();
    const size = Number(header.slice(48, 58).trim());
    const data = bytes.subarray(off + 60, off + 60 + size);
    off += 60 + size + (size % 2);
    if (rawName === '/' || rawName === '//') continue;
    out.push({ name: rawName.endsWith('/') ? rawName.slice(0, -1) : rawName, data });
  }
  return out;
}
