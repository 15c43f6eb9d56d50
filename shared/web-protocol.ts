// The WebSocket framing the web host and the renderer's browser bridge agree on. It carries
// shared/contract.ts unchanged: invoke → result envelopes, and pushed events.
import type { Envelope, EventName } from './contract';

export const WEB_SOCKET_PATH = '/ws';

/** The sub-protocol the host selects; the page offers it with its token (below). */
export const WEB_SOCKET_PROTOCOL = 'photon-setup.v1';
/**
 * The page's second sub-protocol is this prefix plus the per-start token, so the socket itself
 * carries the token (a cookie reaches every server on 127.0.0.1, whatever its port).
 */
export const SOCKET_TOKEN_PREFIX = 'photon-token.';
/** The address fragment ("#session=…") that brings the token into the page, never to a server. */
export const SESSION_FRAGMENT_KEY = 'session';

export interface InvokeMessage {
  type: 'invoke';
  id: number;
  channel: string;
  arg?: unknown;
}

export type ServerMessage =
  | { type: 'result'; id: number; envelope: Envelope<unknown> }
  | { type: 'event'; event: EventName; payload: unknown }
  | { type: 'protocol-error'; message: string };

/** The cookie that proves a browser opened the printed URL; per port so two hosts never mix. */
export const sessionCookieName = (port: number): string => `photon_setup_${port}`;
