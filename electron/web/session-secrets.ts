// What lets a browser in, per start of the web host. Two secrets, because a cookie is not
// scoped by port: every other server on 127.0.0.1 the browser visits receives it.
// - the token, printed in the URL: traded once for the cookie, then carried in the address's
//   fragment (never sent to a server) into the page, which presents it on the WebSocket as a
//   Sec-WebSocket-Protocol value;
// - the cookie's own value, a different random string, which alone opens nothing but the page.
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { SOCKET_TOKEN_PREFIX } from '../../shared/web-protocol';

const SECRET_BYTES = 24;

export interface SessionSecrets {
  /** In the printed URL and on the WebSocket. */
  token: string;
  /** The HttpOnly cookie's value. */
  cookieValue: string;
}

export const createSessionSecrets = (): SessionSecrets => ({
  token: randomBytes(SECRET_BYTES).toString('base64url'),
  cookieValue: randomBytes(SECRET_BYTES).toString('base64url'),
});

export const sameSecret = (given: string | undefined, expected: string): boolean => {
  if (given === undefined) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
};

export const readCookie = (header: string | undefined, name: string): string | undefined => {
  for (const part of (header ?? '').split(';')) {
    const [key, ...value] = part.trim().split('=');
    if (key === name) return value.join('=');
  }
  return undefined;
};

/** The token a WebSocket handshake offers among its sub-protocols, if any. */
export const offeredSocketToken = (header: string | string[] | undefined): string | undefined => {
  const values = (Array.isArray(header) ? header.join(',') : (header ?? '')).split(',');
  const offered = values
    .map((value) => value.trim())
    .find((v) => v.startsWith(SOCKET_TOKEN_PREFIX));
  return offered?.slice(SOCKET_TOKEN_PREFIX.length);
};
