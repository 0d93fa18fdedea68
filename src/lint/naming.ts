// Identifier case rules of the nonstandard_style lints (rustc_lint::nonstandard_style):
// what counts as UpperCamelCase / snake_case / UPPER_CASE, and rustc's suggested spellings.

const isLower = (c: string): boolean => /\p{Lowercase}/u.test(c);
const isUpper = (c: string): boolean => /\p{Uppercase}/u.test(c);

/** A char whose upper and lower case forms differ (so a case change is meaningful). */
function hasCase(c: string): boolean {
  return c.toLowerCase() !== c.toUpperCase();
}

function trimChar(s: string, ch: string): string {
  let a = 0;
  let b = s.length;
  while (a < b && s[a] === ch) a++;
  while (b > a && s[b - 1] === ch) b--;
  return s.slice(a, b);
}

export function isCamelCase(name: string): boolean {
  const n = trimChar(name, '_');
  if (n === '') return true;
  const chars = [...n];
  if (isLower(chars[0]!) || n.includes('__')) return false;
  for (let i = 0; i + 1 < chars.length; i++) {
    const a = chars[i]!;
    const b = chars[i + 1]!;
    if ((hasCase(a) && b === '_') || (hasCase(b) && a === '_')) return false;
  }
  return true;
}

export function toCamelCase(s: string): string {
  const comps = trimChar(s, '_').split('_').filter((c) => c !== '').map((comp) => {
    let out = '';
    let newWord = true;
    let prevLower = true;
    for (const c of comp) {
      if (prevLower && isUpper(c)) newWord = true;
      out += newWord ? c.toUpperCase() : c.toLowerCase();
      prevLower = isLower(c);
      newWord = false;
    }
    return out;
  });
  let acc = '';
  let prev: string | null = null;
  for (const next of comps) {
    // Two components whose boundary no case change shows keep an underscore (`X86_64`).
    if (prev !== null) {
      const l = [...prev].pop()!;
      const f = [...next][0]!;
      if (!hasCase(l) && !hasCase(f)) acc += '_';
    }
    acc += next;
    prev = next;
  }
  return acc;
}

export function isSnakeCase(ident: string): boolean {
  if (ident === '') return true;
  const n = trimChar(ident.replace(/^'+/, ''), '_');
  let allowUnderscore = true;
  for (const c of n) {
    if (c === '_') {
      if (!allowUnderscore) return false;
      allowUnderscore = false;
    } else if (!isUpper(c)) {
      allowUnderscore = true;
    } else return false;
  }
  return true;
}

export function toSnakeCase(str: string): string {
  const words: string[] = [];
  let i = 0;
  while (i < str.length && str[i] === '_') {
    words.push('');
    i++;
  }
  for (const s of str.slice(i).split('_')) {
    if (s === '') continue;
    let lastUpper = false;
    let buf = '';
    for (const ch of s) {
      if (buf !== '' && buf !== "'" && isUpper(ch) && !lastUpper) {
        words.push(buf);
        buf = '';
      }
      lastUpper = isUpper(ch);
      buf += ch.toLowerCase();
    }
    words.push(buf);
  }
  return words.join('_');
}

export function hasLowercase(name: string): boolean {
  for (const c of name) if (isLower(c)) return true;
  return false;
}

export function toUpperCase(name: string): string {
  return toSnakeCase(name).toUpperCase();
}
