// scan-ap's reply is read by the firmware's fixed structure over raw bytes: the SSIDs are never
// escaped, so JSON.parse either fails or quietly turns them into other names.
import { describe, expect, it } from 'vitest';
import { replyReaderFor } from '../../../electron/core/softap/reply-parser';
import { parseScanReply, type RawScanEntry } from '../../../electron/core/softap/scan-reply';

const entry = (ssid: Buffer, rssi = -50, sec = 4194308, ch = 6, mdr = 72200): Buffer =>
  Buffer.concat([
    Buffer.from('{"ssid":"'),
    ssid,
    Buffer.from(`","rssi":${rssi},"sec":${sec},"ch":${ch},"mdr":${mdr}}`),
  ]);
const reply = (...entries: Buffer[]): Buffer => {
  const parts: Buffer[] = [Buffer.from('{"scans":[')];
  entries.forEach((e, i) => parts.push(...(i === 0 ? [e] : [Buffer.from(','), e])));
  parts.push(Buffer.from(']}'));
  return Buffer.concat(parts);
};
const ssids = (data: Buffer): Buffer[] => {
  const parsed = parseScanReply(data);
  if (parsed.state !== 'complete') throw new Error(`not complete: ${JSON.stringify(parsed)}`);
  return parsed.entries.map((e: RawScanEntry) => e.ssid);
};

describe('parseScanReply', () => {
  it('keeps every byte of every SSID: non-UTF-8, escape look-alikes, quotes, braces', () => {
    const names = [
      Buffer.from('Café-Net', 'latin1'),
      Buffer.from('Lab\\net'),
      Buffer.from('AC\\/DC'),
      Buffer.from('C:\\Temp\\'),
      Buffer.from('say "hi"'),
      Buffer.from('a","rssi":1}'),
      Buffer.from('x"}]}'),
      Buffer.from([0x07, 0x1b, 0x5b, 0x32, 0x4a, 0xe2, 0x80, 0xae]),
      Buffer.from('Home'),
    ];
    const data = reply(...names.map((name) => entry(name)));
    expect(() => JSON.parse(data.toString('utf8')) as unknown).toThrow();
    expect(ssids(data)).toEqual(names);
    // JSON.parse of a look-alike alone "works", into another name: the bug this avoids.
    const lookalike = reply(entry(Buffer.from('Lab\\net')));
    expect(
      (JSON.parse(lookalike.toString()) as { scans: Array<{ ssid: string }> }).scans[0]?.ssid,
    ).toBe('Lab\net');
    expect(ssids(lookalike)).toEqual([Buffer.from('Lab\\net')]);
  });

  it('finds the one end an SSID of up to 32 bytes can have, even one mimicking the tail', () => {
    // 32 bytes that look like the start of an entry's tail; the real tail follows them.
    const mimic = Buffer.from('","rssi":-1,"sec":0,"ch":1,"mdr"');
    expect(mimic.length).toBe(32);
    expect(ssids(reply(entry(mimic, -40), entry(Buffer.from('B'))))).toEqual([
      mimic,
      Buffer.from('B'),
    ]);
  });

  it('reads the numbers, negative ones included', () => {
    const parsed = parseScanReply(reply(entry(Buffer.from('N'), -90, -1, 14, 0)));
    expect(parsed).toEqual({
      state: 'complete',
      entries: [{ ssid: Buffer.from('N'), rssi: -90, sec: -1, ch: 14, mdr: 0 }],
    });
  });

  it('is complete only at the closing ]}, after any leading blank lines', () => {
    const data = Buffer.concat([
      Buffer.from('\n\n'),
      reply(entry(Buffer.from('A')), entry(Buffer.from('B'))),
    ]);
    for (let cut = 0; cut < data.length; cut += 1)
      expect(parseScanReply(data.subarray(0, cut)).state).toBe('incomplete');
    expect(parseScanReply(data).state).toBe('complete');
    expect(parseScanReply(Buffer.from('\n\n{"scans":[]}'))).toEqual({
      state: 'complete',
      entries: [],
    });
  });

  it('refuses an SSID over 32 bytes: no Photon sends one', () => {
    expect(parseScanReply(reply(entry(Buffer.alloc(33, 0x41))))).toEqual({
      state: 'unreadable',
      reason: 'ssid-too-long',
    });
    expect(parseScanReply(reply(entry(Buffer.from('x'.repeat(1000)))))).toMatchObject({
      reason: 'ssid-too-long',
    });
    expect(ssids(reply(entry(Buffer.alloc(32, 0x41))))).toEqual([Buffer.alloc(32, 0x41)]);
  });

  it('refuses what is not the firmware format, at the latest when the reply ends', () => {
    for (const text of [
      '<html></html>',
      '{"scans":[{"ssid":"a","rssi":-1,"sec":0,"ch":1}]}',
      '{ "scans": [] }',
      '{"scans":[]}x',
      '{"scans":[{"ssid":"a","rssi":x,"sec":0,"ch":1,"mdr":1}]}',
    ]) {
      const reader = replyReaderFor('scan-ap', 4096);
      const early = reader.push(Buffer.from(text));
      // No end within 32 bytes reads as an over-long SSID; either way, not a Photon's list.
      expect(early === null ? reader.finish() : early).toMatchObject({ kind: 'scan-unreadable' });
    }
  });
});

describe('the scan-ap reply reader', () => {
  it('answers as soon as the structure closes, byte by byte, without an end of stream', () => {
    const data = Buffer.concat([
      Buffer.from('\n\n'),
      reply(entry(Buffer.from('Bob"s}')), entry(Buffer.from('Café', 'latin1'))),
    ]);
    const reader = replyReaderFor('scan-ap', 4096);
    for (let i = 0; i < data.length - 1; i += 1)
      expect(reader.push(data.subarray(i, i + 1))).toBeNull();
    expect(reader.push(data.subarray(-1))).toMatchObject({ kind: 'scan' });
  });

  it('calls a reply that ends early cut short, and nothing at all empty', () => {
    const cut = replyReaderFor('scan-ap', 4096);
    expect(cut.push(Buffer.from('\n\n{"scans":[{"ssid":"Hom'))).toBeNull();
    expect(cut.finish()).toEqual({ kind: 'scan-unreadable', reason: 'cut-short' });
    const empty = replyReaderFor('scan-ap', 4096);
    expect(empty.push(Buffer.from('\n\n'))).toBeNull();
    expect(empty.finish()).toEqual({ kind: 'empty' });
  });
});
