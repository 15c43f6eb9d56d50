// The desktop window's own origin: app://photon-setup/, a privileged, standard, secure scheme
// served from the built renderer with the CSP as a header. file:// would give the page the
// file scheme's extra privileges and only a meta-tag CSP; a standard scheme gives it a real
// origin that the sender check, navigation guard and CSP 'self' can name.
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { CONTENT_SECURITY_POLICY } from '../content-security-policy';
import { contentTypeOf, resolveRendererFile } from '../renderer-files';

export const APP_SCHEME = 'app';
const APP_HOST = 'photon-setup';
export const APP_INDEX_URL = `${APP_SCHEME}://${APP_HOST}/index.html`;

/** For protocol.registerSchemesAsPrivileged, before the app is ready. */
export const APP_SCHEME_PRIVILEGES = {
  scheme: APP_SCHEME,
  privileges: { standard: true, secure: true, supportFetchAPI: true },
} as const;

/** True for any page of our own origin. Node's URL gives custom schemes a "null" origin. */
export function isAppUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    return parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST;
  } catch {
    return false;
  }
}

const plain = (status: number, text: string): Response =>
  new Response(text, { status, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });

/** The protocol.handle handler: files of rendererDir only, every reply with the CSP. */
export function createAppSchemeHandler(
  rendererDir: string,
): (request: Request) => Promise<Response> {
  const root = resolve(rendererDir);
  return async (request) => {
    if (!isAppUrl(request.url)) return plain(404, 'Not found.');
    if (request.method !== 'GET' && request.method !== 'HEAD') return plain(405, 'Only GET.');
    const found = resolveRendererFile(root, new URL(request.url).pathname);
    if (found.kind !== 'file')
      return found.kind === 'bad-request'
        ? plain(400, 'That address is not valid.')
        : plain(404, 'Not found.');
    const body = await readFile(found.path);
    return new Response(new Uint8Array(body), {
      status: 200,
      headers: {
        'Content-Type': contentTypeOf(found.path),
        'Content-Security-Policy': CONTENT_SECURITY_POLICY,
        'X-Content-Type-Options': 'nosniff',
      },
    });
  };
}
