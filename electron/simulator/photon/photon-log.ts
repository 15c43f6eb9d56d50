// What the simulated device saw and did, for tests to assert on. Bodies are kept as received
// (the Wi-Fi password in them is RSA ciphertext); nothing here is printed by the simulator.
import type { CommandEnd } from './command-dispatch';
import type { LedStateName } from './led';

export type PhotonTransport = 'tcp' | 'http';

export type PhotonLogEntry =
  | {
      type: 'command';
      at: number;
      transport: PhotonTransport;
      command: string;
      /** The body as UTF-8 text, for reading; `bodyBytes` is what arrived. */
      body: string | null;
      bodyBytes: Buffer | null;
      /** The JSON written (all pieces joined) as UTF-8 text, or null when the device wrote none. */
      reply: string | null;
      replyBytes: Buffer | null;
      end: CommandEnd;
    }
  | { type: 'unknown-command'; at: number; name: string }
  | { type: 'antenna'; at: number; antenna: 'ant-internal' | 'ant-external' }
  | {
      type: 'http';
      at: number;
      method: string;
      path: string;
      response: number | 'no-response' | 'bare-404';
    }
  | { type: 'led'; at: number; led: LedStateName }
  | { type: 'ap'; at: number; up: boolean }
  /** The cloud's signal: the rainbow over breathing cyan started (on) or stopped. */
  | { type: 'signal'; at: number; on: boolean }
  | { type: 'connect'; at: number; outcome: string }
  | { type: 'cloud'; at: number; ok: boolean; detail: string };

export type PhotonCommandLogEntry = Extract<PhotonLogEntry, { type: 'command' }>;
