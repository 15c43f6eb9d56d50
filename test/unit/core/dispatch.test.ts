import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Core, Handlers } from '../../../electron/core/api';
import { createSimulatedCore } from '../../../electron/simulated-core';
import { createDispatch } from '../../../electron/core/dispatch';
import { OperatorError } from '../../../electron/core/runtime';
import { m } from '../../../shared/i18n/catalogue';
import { en } from '../../support/english';

const quietLog = () => ({ error: vi.fn() });

let core: Core;
beforeAll(async () => {
  core = await createSimulatedCore({ host: 'web' });
});
afterAll(async () => {
  await core.close();
});

describe('createDispatch', () => {
  it('calls the handler of a known channel with the validated argument', async () => {
    const dispatch = createDispatch(core.handlers, quietLog());
    await expect(dispatch('app.info', undefined)).resolves.toMatchObject({
      ok: true,
      value: { name: 'Photon Setup', host: 'web', simulated: true },
    });
  });

  it('refuses an unknown channel, including prototype names', async () => {
    const dispatch = createDispatch(core.handlers, quietLog());
    for (const channel of ['nope', 'toString', '__proto__', 42]) {
      await expect(dispatch(channel, undefined)).resolves.toMatchObject({
        ok: false,
        error: { code: 'unknown-channel' },
      });
    }
  });

  it('refuses an argument that does not match the schema, naming the field', async () => {
    const dispatch = createDispatch(core.handlers, quietLog());
    const result = await dispatch('system.check', { verbose: true });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('invalid-argument');
      expect(result.error.message).toMatch(/^Invalid request to system\.check: /);
      expect(result.error.fields).toBeDefined();
      expect(result.error.text.id).toBe('core.invalid-argument');
      expect(en(result.error.text)).toMatch(/^Invalid request to system\.check: /);
    }
  });

  it('passes an OperatorError sentence through and hides anything else', async () => {
    const log = quietLog();
    const secret = 'token-abc123-secret';
    const handlers = {
      'app.info': async () => {
        throw new OperatorError(m('wifi.device-silent', { ssid: 'Photon-ABCD' }));
      },
      'system.check': async () => {
        throw new Error(`nmcli failed: password ${secret}`);
      },
    } as unknown as Handlers;
    const dispatch = createDispatch(handlers, log);
    await expect(dispatch('app.info', undefined)).resolves.toEqual({
      ok: false,
      error: {
        code: 'failed',
        message:
          'Joined Photon-ABCD, but the Photon did not answer. Check that it still blinks dark blue, then try again.',
        text: { id: 'wifi.device-silent', params: { ssid: 'Photon-ABCD' } },
      },
    });
    const hidden = await dispatch('system.check', undefined);
    expect(JSON.stringify(hidden)).not.toContain(secret);
    expect(JSON.stringify(log.error.mock.calls)).not.toContain(secret);
    expect(hidden).toMatchObject({
      ok: false,
      error: {
        message: expect.stringContaining('internal problem'),
        text: { id: 'core.internal', params: { kind: 'system.check' } },
      },
    });
    if (!hidden.ok) expect(en(hidden.error.text)).toBe(hidden.error.message);
  });
});
