// Which file of the built renderer a request path names, for both hosts (the web host's HTTP
// server and the desktop app's app:// scheme): decoded once, kept inside the renderer folder.
import { existsSync, statSync } from 'node:fs';
import { extname, join, normalize, sep } from 'node:path';

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
};

export const contentTypeOf = (file: string): string =>
  CONTENT_TYPES[extname(file)] ?? 'application/octet-stream';

export type RendererFile = { kind: 'file'; path: string } | { kind: 'bad-request' | 'not-found' };

/** rendererDir must be absolute and normalised (path.resolve). */
export function resolveRendererFile(rendererDir: string, pathname: string): RendererFile {
  let relative: string;
  try {
    relative = pathname === '/' ? 'index.html' : decodeURIComponent(pathname).slice(1);
  } catch {
    return { kind: 'bad-request' };
  }
  const file = normalize(join(rendererDir, relative));
  if (!file.startsWith(rendererDir + sep) || !existsSync(file) || !statSync(file).isFile())
    return { kind: 'not-found' };
  return { kind: 'file', path: file };
}
