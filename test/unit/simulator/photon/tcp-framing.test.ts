import type { Socket } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startSimulatedPhoton, type SimulatedPhoton } from '../../../../electron/simulator/photon';
import { testKeyPem } from './support/key';
import { exchange, sleep, tcpCommand, tcpRequest } from './support/raw-clients';

let photon: SimulatedPhoton;
beforeEach(async () => {
  photon = await startSimulatedPhoton({
    privateKeyPem: testKeyPem(),
    deviceId: '3a0042000847353138383138',
  });
});
afterEach(() => photon.close());

describe('TCP 5609 framing', () => {
  it('answers \\n\\n + JSON and closes', async () => {
    const reply = await exchange(photon.tcpPort, 'version\n0\n\n');
    expect(reply.end).toBe('closed');
    expect(reply.text).toBe('\n\n{"v":2}');
  });

  it('reports the id in uppercase and c as a string', async () => {
    const reply = await exchange(photon.tcpPort, tcpRequest('device-id'));
    expect(reply.text).toBe('\n\n{"id":"3A0042000847353138383138","c":"0"}');
  });

  it('sends the public key as 588 uppercase hex chars, DER then zeros, b before r', async () => {
    const reply = await exchange(photon.tcpPort, tcpRequest('public-key'));
    const match = /^\n\n\{"b":"([0-9A-F]+)","r":0\}$/.exec(reply.text);
    expect(match).not.toBeNull();
    const b = match?.[1] ?? '';
    expect(b).toHaveLength(588);
    expect(b.startsWith('30819F300D06092A864886F70D010101050003818D0030818902818100')).toBe(true);
    expect(b.slice(314, 324)).toBe('0203010001');
    expect(b.slice(324)).toBe('0'.repeat(264));
    expect(Buffer.from(b, 'hex').subarray(0, 162)).toEqual(photon.publicKeyDer);
  });

  it('closes with zero bytes for an unknown command, and for the antenna commands', async () => {
    for (const name of ['hello', 'provision-keys', 'ant-internal']) {
      const reply = await exchange(photon.tcpPort, tcpRequest(name));
      expect(reply).toMatchObject({ end: 'closed', data: Buffer.alloc(0) });
    }
    expect(photon.log.some((e) => e.type === 'antenna')).toBe(true);
  });

  it('treats CRLF line ends as part of the name and length (no reply)', async () => {
    const reply = await exchange(photon.tcpPort, 'device-id\r\n0\r\n\r\n', { timeoutMs: 200 });
    expect(reply.data.length).toBe(0);
  });

  it('needs the blank line before it answers', async () => {
    const reply = await exchange(photon.tcpPort, 'device-id\n0\n', { timeoutMs: 200 });
    expect(reply).toMatchObject({ end: 'timeout', data: Buffer.alloc(0) });
  });

  it('waits for a body that arrives late and counts bytes, not characters', async () => {
    const body = '{"k":"cc","v":"ünïcode"}';
    const bytes = Buffer.byteLength(body);
    expect(bytes).toBeGreaterThan(body.length);
    const reply = await exchange(photon.tcpPort, `set\n${bytes}\n\n${body.slice(0, 5)}`, {
      later: [{ afterMs: 80, data: body.slice(5) }],
    });
    expect(reply.text).toBe('\n\n{"r":0}');
    expect(photon.claimCode).toBe('ünïcode');
  });

  it('writes no JSON when the declared length is shorter than the body', async () => {
    const body = '{"k":"cc","v":"abc"}';
    const reply = await exchange(photon.tcpPort, `set\n${body.length - 3}\n\n${body}`);
    expect(reply).toMatchObject({ end: 'closed', text: '\n\n' });
    expect(photon.claimCode).toBeNull();
  });

  it('blocks the single worker while a body is incomplete', async () => {
    let blocker: Socket | undefined;
    const stuck = exchange(photon.tcpPort, 'set\n100\n\n{"k"', {
      timeoutMs: 400,
      onSocket: (socket) => (blocker = socket),
    });
    await sleep(50);
    const second = exchange(photon.tcpPort, tcpRequest('version'), { timeoutMs: 2000 });
    const early = await Promise.race([
      second.then(() => 'answered'),
      sleep(200).then(() => 'waiting'),
    ]);
    expect(early).toBe('waiting');
    blocker?.destroy();
    expect((await second).text).toBe('\n\n{"v":2}');
    await stuck;
  });

  it('ignores a body sent with a command that takes none', async () => {
    const reply = await exchange(photon.tcpPort, 'device-id\n5\n\nabcde');
    expect(reply.text).toMatch(/^\n\n\{"id":"[0-9A-F]{24}","c":"0"\}$/);
  });

  it('treats non-digit lengths as garbage numbers', async () => {
    // "-1" computes 0*10 + ('-' - '0') = -3, then -3*10 + 1: negative ⇒ malloc fails ⇒ no JSON.
    const reply = await exchange(photon.tcpPort, 'set\n-1\n\n{"k":"cc","v":"a"}');
    expect(reply.text).toBe('\n\n');
    const huge = await exchange(photon.tcpPort, 'set\n99999999\n\n{}');
    expect(huge).toMatchObject({ end: 'closed', text: '\n\n' });
  });

  it('reads a name of 30 bytes and feeds the rest of the line to the length', async () => {
    const reply = await exchange(photon.tcpPort, `${'x'.repeat(35)}\n\n`, { timeoutMs: 500 });
    expect(reply).toMatchObject({ end: 'closed', data: Buffer.alloc(0) });
  });

  it('logs every command with its body and reply', async () => {
    await tcpCommand(photon.tcpPort, 'set', '{"k":"cc","v":"code"}');
    expect(photon.commands.at(-1)).toMatchObject({
      transport: 'tcp',
      command: 'set',
      body: '{"k":"cc","v":"code"}',
      reply: '{"r":0}',
      end: 'close',
    });
  });
});

describe('split replies', () => {
  it('writes each firmware write separately when asked', async () => {
    const split = await startSimulatedPhoton({
      privateKeyPem: testKeyPem(),
      splitReplyWrites: true,
    });
    try {
      const reply = await exchange(split.tcpPort, tcpRequest('public-key'), { timeoutMs: 2000 });
      expect(reply.end).toBe('closed');
      expect(reply.text).toMatch(/^\n\n\{"b":"[0-9A-F]{588}","r":0\}$/);
      expect(reply.reads).toBeGreaterThan(1);
    } finally {
      await split.close();
    }
  });
});
