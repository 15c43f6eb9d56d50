import { describe, expect, it } from 'vitest';
import { toCloudEvent } from '../../../electron/core/cloud/cloud-event';
import { createSseParser } from '../../../electron/core/cloud/sse-parser';

describe('createSseParser', () => {
  it('skips :ok and keep-alive newlines, joins split chunks and multi-line data', () => {
    const parser = createSseParser();
    expect(parser.feed(':ok\n\n\n\n')).toEqual([]);
    expect(parser.feed('event: spark/st')).toEqual([]);
    expect(parser.feed('atus\r\ndata: {"a":1}\r')).toEqual([]);
    expect(parser.feed('\n\r\n')).toEqual([{ event: 'spark/status', data: '{"a":1}' }]);
    expect(parser.feed('data: one\ndata: two\n\n')).toEqual([{ event: null, data: 'one\ntwo' }]);
    expect(parser.feed('id: 5\nretry: 9\nevent:x\ndata\n\n')).toEqual([{ event: 'x', data: '' }]);
  });
});

describe('toCloudEvent', () => {
  it('lowercases the device id and keeps product extras', () => {
    const data = JSON.stringify({
      data: 'online',
      ttl: 60,
      published_at: '2024-01-01T00:00:00.000Z',
      coreid: 'ABC',
      userid: '',
      productID: 7,
    });
    expect(toCloudEvent({ event: 'spark/status', data })).toEqual({
      name: 'spark/status',
      data: 'online',
      publishedAt: '2024-01-01T00:00:00.000Z',
      deviceId: 'abc',
      userId: '',
      productId: 7,
    });
  });

  it('drops messages without a name or with unreadable data, as Particle’s client does', () => {
    expect(toCloudEvent({ event: null, data: '{"coreid":"a"}' })).toBeNull();
    expect(toCloudEvent({ event: 'x', data: 'not json' })).toBeNull();
    expect(toCloudEvent({ event: 'x', data: '{"no":"coreid"}' })).toBeNull();
  });
});
