// The WebSocket framing the web host and the renderer's browser bridge agree on. It carries
// shared/contract.ts unchanged: invoke → result envelopes, and pushed events.
import type { Envelope, EventName } from './contract';

export const WEB_SOCKET_PATH = '/ws';

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
