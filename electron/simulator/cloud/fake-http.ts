// Reading requests the way the real API does: JSON, url-encoded or multipart bodies; a token in
// the Authorization header, the query string or the body (but only one of them); client
// credentials as HTTP Basic or body fields.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { E, type Reply } from './fake-bodies';
import type { FakeClock } from './fake-clock';
import type { ClientRecord, FakeState, Principal, TokenRecord } from './fake-state';

const MAX_BODY_BYTES = 1024 * 1024;

export interface FakeRequest {
  method: string;
  /** Decoded path segments: "/v1/devices/events/spark%2Fstatus" → ["v1","devices","events","spark/status"]. */
  segments: string[];
  rawPath: string;
  query: URLSearchParams;
  headers: IncomingMessage['headers'];
  bodyKind: 'none' | 'json' | 'form' | 'multipart' | 'other';
  body: Record<string, unknown>;
  /** Text of uploaded files (multipart fields file, file2, …). */
  files: string[];
}

export class BodyError extends Error {}

async function readRaw(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const buffer = chunk as Buffer;
    size += buffer.length;
    if (size > MAX_BODY_BYTES) throw new BodyError('body too large');
    chunks.push(buffer);
  }
  return Buffer.concat(chunks);
}

export async function readRequest(req: IncomingMessage): Promise<FakeRequest> {
  const url = new URL(req.url ?? '/', 'http://127.0.0.1');
  const segments = url.pathname
    .split('/')
    .filter((part) => part.length > 0)
    .map((part) => {
      try {
        return decodeURIComponent(part);
      } catch {
        return part;
      }
    });
  const raw = await readRaw(req);
  const type = (req.headers['content-type'] ?? '').toLowerCase();
  let bodyKind: FakeRequest['bodyKind'] = 'none';
  let body: Record<string, unknown> = {};
  const files: string[] = [];
  if (raw.length > 0) {
    if (type.startsWith('application/json')) {
      bodyKind = 'json';
      let parsed: unknown;
      try {
        parsed = JSON.parse(raw.toString('utf8'));
      } catch {
        throw new BodyError('invalid json');
      }
      body =
        parsed && typeof parsed === 'object' && !Array.isArray(parsed)
          ? (parsed as Record<string, unknown>)
          : {};
    } else if (type.startsWith('application/x-www-form-urlencoded')) {
      bodyKind = 'form';
      body = Object.fromEntries(new URLSearchParams(raw.toString('utf8')));
    } else if (type.startsWith('multipart/form-data')) {
      bodyKind = 'multipart';
      // undici's multipart parser, through a Response: no extra dependency.
      const form = await new Response(new Uint8Array(raw), {
        headers: { 'content-type': type },
      }).formData();
      for (const [key, value] of form.entries()) {
        // A part sent without a filename arrives as a plain string; for file fields it is still the file.
        if (/^file\d*$/.test(key))
          files.push(typeof value === 'string' ? value : await value.text());
        else if (typeof value === 'string') body[key] = value;
      }
    } else {
      bodyKind = 'other';
    }
  }
  return {
    method: (req.method ?? 'GET').toUpperCase(),
    segments,
    rawPath: url.pathname,
    query: url.searchParams,
    headers: req.headers,
    bodyKind,
    body,
    files,
  };
}

export const bodyString = (req: FakeRequest, key: string): string | undefined => {
  const value = req.body[key];
  return typeof value === 'string'
    ? value
    : typeof value === 'number' || typeof value === 'boolean'
      ? String(value)
      : undefined;
};

function authorization(req: FakeRequest): { scheme: string; value: string } | null {
  const header = req.headers.authorization;
  if (!header) return null;
  const space = header.indexOf(' ');
  if (space === -1) return null;
  return { scheme: header.slice(0, space).toLowerCase(), value: header.slice(space + 1).trim() };
}

export type AuthResult =
  { ok: true; principal: Principal; token: TokenRecord } | { ok: false; reply: Reply };

export function authenticate(state: FakeState, req: FakeRequest): AuthResult {
  const found: string[] = [];
  const header = authorization(req);
  if (header?.scheme === 'bearer') found.push(header.value);
  const fromQuery = req.query.get('access_token');
  if (fromQuery !== null) found.push(fromQuery);
  const fromBody = bodyString(req, 'access_token');
  if (fromBody !== undefined) {
    // particle-iot/node-oauth2-server lib/authorise.js getBearerToken: a body token only in a
    // form-encoded POST/PUT (API reference: "only works for POST and PUT when body is form encoded").
    if (req.method === 'GET') return { ok: false, reply: E.tokenInGetBody() };
    if (req.bodyKind !== 'form') return { ok: false, reply: E.tokenInJsonBody() };
    found.push(fromBody);
  }
  if (found.length === 0) return { ok: false, reply: E.tokenMissing() };
  if (found.length > 1) return { ok: false, reply: E.tokenTwice() };
  const record = state.tokens.get(found[0]!);
  if (!record) return { ok: false, reply: E.tokenInvalid() };
  if (record.expiresAt !== null && record.expiresAt <= state.clock.now())
    return { ok: false, reply: E.tokenExpired() };
  return { ok: true, principal: record.principal, token: record };
}

export type ClientResult = { ok: true; client: ClientRecord } | { ok: false; reply: Reply };

export function authenticateClient(state: FakeState, req: FakeRequest): ClientResult {
  let clientId: string | undefined;
  let clientSecret: string | undefined;
  const header = authorization(req);
  if (header?.scheme === 'basic') {
    const decoded = Buffer.from(header.value, 'base64').toString('utf8');
    const colon = decoded.indexOf(':');
    clientId = colon === -1 ? decoded : decoded.slice(0, colon);
    clientSecret = colon === -1 ? undefined : decoded.slice(colon + 1);
  } else {
    clientId = bodyString(req, 'client_id');
    clientSecret = bodyString(req, 'client_secret');
  }
  if (!clientId) return { ok: false, reply: E.missingClientId() };
  if (!clientSecret) return { ok: false, reply: E.missingClientSecret() };
  const client = state.clients.get(clientId);
  if (!client || client.clientSecret !== clientSecret) return { ok: false, reply: E.badClient() };
  return { ok: true, client };
}

/**
 * Every reply carries the fake's own Date (its clock may be set apart from this computer's, as a
 * real server's may be): clients correct for the difference with it.
 */
export function writeReply(res: ServerResponse, reply: Reply, clock: FakeClock): void {
  if (res.headersSent || res.destroyed) return;
  const headers: Record<string, string> = {
    Date: new Date(clock.now()).toUTCString(),
    ...reply.headers,
  };
  let payload = '';
  if (reply.text !== undefined) {
    headers['Content-Type'] = reply.contentType ?? 'text/plain; charset=utf-8';
    payload = reply.text;
  } else if (reply.body !== undefined && reply.status !== 204) {
    headers['Content-Type'] = 'application/json; charset=utf-8';
    payload = JSON.stringify(reply.body);
  }
  headers['Content-Length'] = String(Buffer.byteLength(payload));
  res.writeHead(reply.status, headers);
  res.end(payload);
}
