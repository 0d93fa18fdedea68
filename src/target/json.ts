// A small JSON parser that keeps positions, so target-spec errors can say
// "at line L column C" the way rustc (serde_json) does. Positions follow serde:
// line is 1-based, column counts the characters consumed on that line, so a
// value's position is just after it and an offending character's position is on it.

export interface Pos {
  line: number;
  column: number;
}

export type JsonNode =
  | { kind: 'object'; members: JsonMember[]; start: Pos; end: Pos }
  | { kind: 'array'; items: JsonNode[]; start: Pos; end: Pos }
  | { kind: 'string'; value: string; end: Pos }
  | { kind: 'number'; value: number; raw: string; isInteger: boolean; end: Pos }
  | { kind: 'bool'; value: boolean; end: Pos }
  | { kind: 'null'; end: Pos };

export interface JsonMember {
  key: string;
  keyEnd: Pos;
  value: JsonNode;
}

/** Plain JSON value, for fields we carry through without interpreting them. */
export type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };

export class JsonSyntaxError extends Error {
  constructor(
    readonly reason: string,
    readonly pos: Pos,
  ) {
    super(`${reason} at line ${pos.line} column ${pos.column}`);
  }
}

export function parseJson(text: string): JsonNode {
  const p = new Parser(text);
  p.skipWs();
  const node = p.value();
  p.skipWs();
  if (p.i < text.length) throw p.errorAt('trailing characters', p.i + 1);
  return node;
}

/** Drops positions: the node as a plain value. */
export function toValue(node: JsonNode): JsonValue {
  switch (node.kind) {
    case 'object': {
      const out: { [key: string]: JsonValue } = {};
      for (const m of node.members) out[m.key] = toValue(m.value);
      return out;
    }
    case 'array':
      return node.items.map(toValue);
    case 'null':
      return null;
    default:
      return node.value;
  }
}

/** Where serde reports a value of the wrong type: just before a container, else just after the value. */
export function typeErrorPos(node: JsonNode): Pos {
  return node.kind === 'object' || node.kind === 'array' ? node.start : node.end;
}

/** serde's wording for "what was found" in invalid-type errors. */
export function describeNode(node: JsonNode): string {
  switch (node.kind) {
    case 'object':
      return 'map';
    case 'array':
      return 'sequence';
    case 'string':
      return `string ${JSON.stringify(node.value)}`;
    case 'number':
      return node.isInteger ? `integer \`${node.raw}\`` : `floating point \`${formatFloat(node.value)}\``;
    case 'bool':
      return `boolean \`${node.value}\``;
    case 'null':
      return 'null';
  }
}

function formatFloat(v: number): string {
  return Number.isInteger(v) ? `${v}.0` : String(v);
}

class Parser {
  i = 0;
  private readonly lineStarts: number[] = [0];
  constructor(readonly text: string) {
    for (let k = 0; k < text.length; k++) if (text.charCodeAt(k) === 10) this.lineStarts.push(k + 1);
  }

  /** Position just after the first `end` characters of the text. */
  posAfter(end: number): Pos {
    const e = Math.min(end, this.text.length);
    // Like serde: consuming a newline starts the next line at column 0.
    const at = e;
    let lo = 0;
    let hi = this.lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.lineStarts[mid] <= at) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: e - this.lineStarts[lo] };
  }

  errorAt(reason: string, end: number): JsonSyntaxError {
    return new JsonSyntaxError(reason, this.posAfter(end));
  }

  eof(what: string): JsonSyntaxError {
    return this.errorAt(`EOF while parsing ${what}`, this.text.length);
  }

  skipWs(): void {
    const t = this.text;
    while (this.i < t.length) {
      const c = t.charCodeAt(this.i);
      if (c === 32 || c === 9 || c === 10 || c === 13) this.i++;
      else break;
    }
  }

  value(): JsonNode {
    const t = this.text;
    if (this.i >= t.length) throw this.eof('a value');
    const c = t[this.i];
    if (c === '{') return this.object();
    if (c === '[') return this.array();
    if (c === '"') {
      const value = this.string();
      return { kind: 'string', value, end: this.posAfter(this.i) };
    }
    if (c === '-' || (c >= '0' && c <= '9')) return this.number();
    for (const [word, node] of [
      ['true', { kind: 'bool', value: true }],
      ['false', { kind: 'bool', value: false }],
      ['null', { kind: 'null' }],
    ] as const) {
      if (c === word[0]) {
        for (let k = 0; k < word.length; k++) {
          if (this.i + k >= t.length) throw this.eof('a value');
          if (t[this.i + k] !== word[k]) throw this.errorAt('expected ident', this.i + k + 1);
        }
        this.i += word.length;
        return { ...node, end: this.posAfter(this.i) } as JsonNode;
      }
    }
    throw this.errorAt('expected value', this.i + 1);
  }

  object(): JsonNode {
    const t = this.text;
    const start = this.posAfter(this.i); // serde reports wrong-typed containers before their bracket
    this.i++; // '{'
    const members: JsonMember[] = [];
    this.skipWs();
    if (this.i >= t.length) throw this.eof('an object');
    if (t[this.i] === '}') {
      this.i++;
      return { kind: 'object', members, start, end: this.posAfter(this.i) };
    }
    for (;;) {
      this.skipWs();
      if (this.i >= t.length) throw this.eof('an object');
      if (t[this.i] === '}') throw this.errorAt('trailing comma', this.i + 1);
      if (t[this.i] !== '"') throw this.errorAt('key must be a string', this.i + 1);
      const key = this.string();
      const keyEnd = this.posAfter(this.i);
      this.skipWs();
      if (this.i >= t.length) throw this.eof('an object');
      if (t[this.i] !== ':') throw this.errorAt('expected `:`', this.i + 1);
      this.i++;
      this.skipWs();
      const value = this.value();
      members.push({ key, keyEnd, value });
      this.skipWs();
      if (this.i >= t.length) throw this.eof('an object');
      if (t[this.i] === ',') {
        this.i++;
        continue;
      }
      if (t[this.i] === '}') {
        this.i++;
        return { kind: 'object', members, start, end: this.posAfter(this.i) };
      }
      throw this.errorAt('expected `,` or `}`', this.i + 1);
    }
  }

  array(): JsonNode {
    const t = this.text;
    const start = this.posAfter(this.i);
    this.i++; // '['
    const items: JsonNode[] = [];
    this.skipWs();
    if (this.i >= t.length) throw this.eof('a list');
    if (t[this.i] === ']') {
      this.i++;
      return { kind: 'array', items, start, end: this.posAfter(this.i) };
    }
    for (;;) {
      this.skipWs();
      if (this.i >= t.length) throw this.eof('a list');
      if (t[this.i] === ']') throw this.errorAt('trailing comma', this.i + 1);
      items.push(this.value());
      this.skipWs();
      if (this.i >= t.length) throw this.eof('a list');
      if (t[this.i] === ',') {
        this.i++;
        continue;
      }
      if (t[this.i] === ']') {
        this.i++;
        return { kind: 'array', items, start, end: this.posAfter(this.i) };
      }
      throw this.errorAt('expected `,` or `]`', this.i + 1);
    }
  }

  string(): string {
    const t = this.text;
    this.i++; // opening quote
    let out = '';
    for (;;) {
      if (this.i >= t.length) throw this.eof('a string');
      const c = t.charCodeAt(this.i);
      if (c === 34) {
        this.i++;
        return out;
      }
      if (c < 0x20) throw this.errorAt('control character (\\u0000-\\u001F) found while parsing a string', this.i + 1);
      if (c !== 92) {
        out += t[this.i++];
        continue;
      }
      this.i++;
      if (this.i >= t.length) throw this.eof('a string');
      const e = t[this.i++];
      const simple: Record<string, string> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };
      if (e in simple) {
        out += simple[e];
      } else if (e === 'u') {
        const hex = t.slice(this.i, this.i + 4);
        if (!/^[0-9a-fA-F]{4}$/.test(hex)) throw this.errorAt('invalid escape', Math.min(this.i + 4, t.length));
        out += String.fromCharCode(parseInt(hex, 16));
        this.i += 4;
      } else {
        throw this.errorAt('invalid escape', this.i);
      }
    }
  }

  number(): JsonNode {
    const m = /^-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?/.exec(this.text.slice(this.i));
    if (!m || m[0] === '-') throw this.errorAt('invalid number', this.i + 1);
    this.i += m[0].length;
    return {
      kind: 'number',
      value: Number(m[0]),
      raw: m[0],
      isInteger: m[2] === undefined && m[3] === undefined,
      end: this.posAfter(this.i),
    };
  }
}
