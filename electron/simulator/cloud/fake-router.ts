// A small table router: "v1/devices/:id/*" patterns over decoded path segments. The first match
// wins, so more specific routes (…/events) are listed before general ones (…/:var).
import type { ServerResponse } from 'node:http';
import type { Reply } from './fake-bodies';
import type { EventHub } from './fake-events';
import type { FakeRequest } from './fake-http';
import type { FakeState } from './fake-state';

export interface FakeSettings {
  /** DELETE …/devices/:id/owner answers 200 {ok:true} (default) or 204. */
  unclaimOwnerStatus: 200 | 204;
  /** The 2018 quirk: {"product":[{…}]}. */
  productAsArray: boolean;
  /** Ten failed logins in a row answer 429 for 30 minutes, as the real cloud does. */
  oauthLockout: boolean;
  keepAliveMs: number;
  /**
   * How long a device that dropped stays listed online. API reference, Devices: "Wi-Fi devices
   * will generally be accurate to within a few minutes"; the offline event comes at about twice
   * the keep-alive. 0 makes the cloud notice at once (a politer cloud than the real one).
   */
  offlineLagMs: number;
  /**
   * From a device's handshake (online, last_handshake_at) to the cloud linking its owner: Device
   * OS publishes spark/device/claim/code only after the handshake (system_cloud_internal.cpp
   * Spark_Handshake), so the first spark/status online goes out before the owner exists.
   */
  claimDelayMs: number;
}

export interface RouteContext {
  req: FakeRequest;
  res: ServerResponse;
  params: Record<string, string>;
  /** What a trailing * matched, joined with "/" (an event prefix). */
  rest: string;
  state: FakeState;
  hub: EventHub;
  settings: FakeSettings;
}

/** A reply to send, or null when the handler wrote the response itself (event streams). */
type Handler = (ctx: RouteContext) => Reply | null | Promise<Reply | null>;

export interface Route {
  method: string;
  pattern: string;
  handler: Handler;
}

export function matchRoute(
  routes: readonly Route[],
  method: string,
  segments: readonly string[],
): { route: Route; params: Record<string, string>; rest: string } | null {
  for (const route of routes) {
    if (route.method !== method) continue;
    const parts = route.pattern.split('/');
    const params: Record<string, string> = {};
    let rest = '';
    let ok = true;
    for (let i = 0; i < parts.length; i++) {
      const part = parts[i]!;
      if (part === '*') {
        rest = segments.slice(i).join('/');
        break;
      }
      const segment = segments[i];
      if (segment === undefined) {
        ok = false;
        break;
      }
      if (part.startsWith(':')) params[part.slice(1)] = segment;
      else if (part !== segment) {
        ok = false;
        break;
      }
      if (i === parts.length - 1 && segments.length !== parts.length) ok = false;
    }
    if (ok) return { route, params, rest };
  }
  return null;
}
