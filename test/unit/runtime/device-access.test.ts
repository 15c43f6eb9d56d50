import { describe, expect, it } from 'vitest';
import { DeviceAccess, DeviceBusyError, OperatorError } from '../../../electron/core/runtime';
import { m } from '../../../shared/i18n/catalogue';

const settingUp = m('core.activity.setting-up', { ssid: 'Photon-K7QD' });
const searching = m('core.activity.searching');
const nextPhoton = m('core.activity.next-photon');

describe('DeviceAccess', () => {
  it('one holder at a time; a refusal names what holds it; released once, free again', async () => {
    const access = new DeviceAccess();
    const release = access.acquire(settingUp);
    expect(access.busy).toBe(true);
    let refusal: unknown = null;
    try {
      access.acquire(m('core.activity.reading-id', { ssid: 'Photon-M2RX' }));
    } catch (error) {
      refusal = error;
    }
    expect(refusal).toBeInstanceOf(DeviceBusyError);
    expect(refusal).toBeInstanceOf(OperatorError);
    // The sentence names the holder as a fragment, said in the operator's language with it.
    expect((refusal as DeviceBusyError).holder).toEqual(settingUp);
    expect((refusal as OperatorError).text).toEqual(m('core.busy', { activity: settingUp }));
    expect((refusal as Error).message).toBe(
      'Photon Setup is busy setting up Photon-K7QD. Wait for it to finish, then try again.',
    );
    expect(() => access.assertFree()).toThrow(DeviceBusyError);
    release();
    release(); // a second release must not free someone else's hold
    const again = access.acquire(searching);
    release();
    expect(access.heldFor).toEqual(searching);
    again();
    expect(access.busy).toBe(false);
  });

  it('with() holds for the work and releases on failure too', async () => {
    const access = new DeviceAccess();
    await expect(
      access.with(nextPhoton, async () => {
        expect(access.heldFor).toEqual(nextPhoton);
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    expect(access.busy).toBe(false);
    await expect(access.with(nextPhoton, async () => 42)).resolves.toBe(42);
  });
});
