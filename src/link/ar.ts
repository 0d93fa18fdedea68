// Minimal GNU `ar` archives, the container of rlibs (as in rustc). Names longer than 15
// bytes go into the GNU long-name table (`//`). There is no symbol index: each rlib holds
// its crate's objects, which the linker layer passes to LLD directly, so the index would
// buy nothing.

export interface ArMember {
  readonly name: string;
  readonly data: Uint8Array;
}

const MAGIC = '!<arch>\n';
const enc = new TextEncoder();

function field(s: string, width: number): string {
  if (s.length > width) throw new Error(`ar field too long: ${s}`);
  return s.padEnd(width, ' ');
}

function header(name: string, size: number): Uint8Array {
  return enc.encode(field(name, 16) + field('0', 12) + field('0', 6) + field('0', 6) + field('644', 8) + field(String(size), 10) + '`\n');
}

export function writeAr(members: readonly ArMember[]): Uint8Array {
  const parts: Uint8Array[] = [enc.encode(MAGIC)];
  let longNames = '';
  const headerNames = members.map((m) => {
    if (m.name.includes('/') || m.name.includes('\n')) throw new Error(`ar member name not supported: ${m.name}`);
    if (m.name.length <= 15) return `${m.name}/`;
    const offset = longNames.length;
    longNames += `${m.name}/\n`;
    return `/${offset}`;
  });
  const push = (data: Uint8Array): void => {
    parts.push(data);
    if (data.length % 2 === 1) parts.push(enc.encode('\n'));
  };
  if (longNames !== '') {
    parts.push(header('//', longNames.length));
    push(enc.encode(longNames));
  }
  members.forEach((m, i) => {
    parts.push(header(headerNames[i]!, m.data.length));
    push(m.data);
  });
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
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
  let longNames = '';
  let off = 8;
  while (off + 60 <= bytes.length) {
    const h = dec.decode(bytes.subarray(off, off + 60));
    if (h.slice(58, 60) !== '`\n') throw new Error(`corrupt ar header at offset ${off}`);
    const rawName = h.slice(0, 16).trimEnd();
    const size = Number(h.slice(48, 58).trim());
    const data = bytes.subarray(off + 60, off + 60 + size);
    off += 60 + size + (size % 2);
    if (rawName === '//') {
      longNames = dec.decode(data);
      continue;
    }
    if (rawName === '/' || rawName === '/SYM64/') continue;
    let name: string;
    if (/^\/\d+$/.test(rawName)) {
      const start = Number(rawName.slice(1));
      name = longNames.slice(start, longNames.indexOf('/\n', start));
    } else name = rawName.endsWith('/') ? rawName.slice(0, -1) : rawName;
    out.push({ name, data });
  }
  return out;
}
