import { describe, expect, it } from 'vitest';
import { DeviceAccess, DeviceBusyError, OperatorError } from '../../../electron/core/runtime';

describe('DeviceAccess', () => {
  it('one holder at a time; a refusal names what holds it; released once, free again', async () => {
    const access = new DeviceAccess();
    const release = access.acquire('setting up Photon-K7QD');
    expect(access.busy).toBe(true);
    let refusal: unknown = null;
    try {
      access.acquire('reading the id of Photon-M2RX');
    } catch (error) {
      refusal = error;
    }
    expect(refusal).toBeInstanceOf(DeviceBusyError);
    expect(refusal).toBeInstanceOf(OperatorError);
    expect((refusal as Error).message).toBe(
      'Photon Setup is busy setting up Photon-K7QD. Wait for it to finish, then try again.',
    );
    expect(() => access.assertFree()).toThrow(DeviceBusyError);
    release();
    release(); // a second release must not free someone else's hold
    const again = access.acquire('searching for Photons');
    release();
    expect(access.heldFor).toBe('searching for Photons');
    again();
    expect(access.busy).toBe(false);
  });

  it('with() holds for the work and releases on failure too', async () => {
    const access = new DeviceAccess();
    await expect(
      access.with('scanning', async () => {
        expect(access.heldFor).toBe('scanning');
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    expect(access.busy).toBe(false);
    await expect(access.with('scanning', async () => 42)).resolves.toBe(42);
  });
});
