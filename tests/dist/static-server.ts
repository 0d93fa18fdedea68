// A dist server for the tests: serves a folder over HTTP on 127.0.0.1, with per-path
// overrides (a tampered manifest, a corrupted archive) and a log of what was asked for.
import * as fs from 'node:fs';
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import * as path from 'node:path';

export interface StaticServer {
  readonly url: string;
  readonly requests: string[];
  /** Replace what a path serves (`/manifest.json`...). */
  override(urlPath: string, body: Buffer | string): void;
  close(): Promise<void>;
}

export async function startStaticServer(dir: string): Promise<StaticServer> {
  const overrides = new Map<string, Buffer>();
  const requests: string[] = [];
  const server = http.createServer((req, res) => {
    const urlPath = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    requests.push(urlPath);
    const body = overrides.get(urlPath) ?? readIn(dir, urlPath);
    if (body === null) {
      res.writeHead(404).end('not found');
      return;
    }
    res.writeHead(200, { 'content-length': body.length }).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    requests,
    override: (p, b) => overrides.set(p, Buffer.from(b)),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

function readIn(dir: string, urlPath: string): Buffer | null {
  const file = path.join(dir, path.normalize(urlPath));
  if (!file.startsWith(dir + path.sep)) return null;
  try {
    return fs.readFileSync(file);
  } catch {
    return null;
  }
}

/** A URL nothing listens on: a port that was just free. */
export async function deadServerUrl(): Promise<string> {
  const s = http.createServer();
  await new Promise<void>((resolve) => s.listen(0, '127.0.0.1', resolve));
  const { port } = s.address() as AddressInfo;
  await new Promise<void>((resolve) => s.close(() => resolve()));
  return `http://127.0.0.1:${port}/`;
}
