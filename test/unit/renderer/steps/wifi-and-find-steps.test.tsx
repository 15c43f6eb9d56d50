import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { m } from '../../../../shared/i18n';
import type { StationProfile } from '../../../../shared/provisioning';
import { describeSecurity } from '../../../../shared/security';
import { settingsSchema } from '../../../../shared/settings';
import { refusal } from '../support/fake-bridge';
import { developer, DEVICE_ID } from '../support/fixtures';
import { renderApp } from '../support/render';
import { memoryStorage } from '../support/fake-bridge';

const profile: StationProfile = {
  id: 'p1',
  ssid: 'Line 3 Wi-Fi',
  ssidHex: '4c696e6520332057692d4669',
  security: 4194308,
  securityName: describeSecurity(4194308),
  channel: 6,
  auth: 'personal',
  hasSecret: true,
};

/** A window that was on `place` before a reload, signed in. */
const at = (place: 'wifi' | 'find') =>
  memoryStorage({ 'photon-setup.window': JSON.stringify({ place }) });

const photons = {
  devices: [
    { ssid: 'Photon-K7QD', bars: 3 as const },
    { ssid: 'Photon-P4TW', bars: 2 as const },
  ],
  ssidsReadable: true,
  hint: null,
};

describe('Wi-Fi', () => {
  it('lists station profiles with how their password is kept, and deletes one', async () => {
    const { user, bridge } = await renderApp(
      {
        'account.current': () => developer,
        'profiles.list': () => [profile],
        'profiles.delete': () => [],
      },
      at('wifi'),
    );
    const row = await screen.findByText('Line 3 Wi-Fi');
    expect(row.parentElement?.textContent).toContain('password kept until Photon Setup stops');
    await user.click(screen.getByRole('radio', { name: /Line 3 Wi-Fi/ }));
    await user.click(screen.getByRole('button', { name: 'Delete station profile Line 3 Wi-Fi' }));
    await waitFor(() => expect(screen.queryByText('Line 3 Wi-Fi')).toBeNull());
    expect(bridge.callsTo('profiles.delete')).toEqual([{ id: 'p1' }]);
    expect(screen.getByRole('radio', { name: /Choose from the Photon’s own list/ })).toHaveProperty(
      'checked',
      true,
    );
  });

  it('adds a profile through the network form, which checks the device’s own rules', async () => {
    const { user, bridge } = await renderApp(
      { 'account.current': () => developer, 'profiles.save': () => profile },
      at('wifi'),
    );
    await user.click(await screen.findByRole('button', { name: 'Add a station profile…' }));
    await user.type(screen.getByLabelText('Network name (SSID)'), 'Line 3 Wi-Fi');
    await user.type(screen.getByLabelText('Wi-Fi password'), 'short');
    await user.click(screen.getByRole('button', { name: 'Save station profile' }));
    expect(screen.getByText(/A WPA Wi-Fi password has at least 8 characters/)).toBeTruthy();
    expect(bridge.callsTo('profiles.save')).toEqual([]);
    await user.type(screen.getByLabelText('Wi-Fi password'), '-and-long');
    await user.click(screen.getByRole('button', { name: 'Save station profile' }));
    await waitFor(() => expect(bridge.callsTo('profiles.save')).toHaveLength(1));
    expect(await screen.findByRole('radio', { name: /Line 3 Wi-Fi/ })).toHaveProperty(
      'checked',
      true,
    );
    expect(screen.queryByLabelText('Network name (SSID)')).toBeNull();
  });
});

describe('Find device', () => {
  it('lists the Photons the computer sees; Start stays off until one is chosen, then starts it', async () => {
    const { user, bridge } = await renderApp(
      {
        'account.current': () => developer,
        'device.find': () => photons,
        'provision.start': () => ({ runId: 'run-1' }),
      },
      at('find'),
    );
    const start = await screen.findByRole('button', { name: 'Start setup' });
    await screen.findByRole('radio', { name: /Photon-K7QD/ });
    expect(start).toHaveProperty('disabled', true);
    expect(screen.getByText('Choose the Photon above first.')).toBeTruthy();
    await user.click(screen.getByRole('radio', { name: /Photon-P4TW/ }));
    expect(start).toHaveProperty('disabled', false);
    await user.type(screen.getByLabelText('Device id (optional)'), DEVICE_ID.toUpperCase());
    await user.click(start);
    await waitFor(() => expect(bridge.callsTo('provision.start')).toHaveLength(1));
    expect(bridge.callsTo('provision.start')[0]).toEqual({
      device: { ssid: 'Photon-P4TW' },
      profileId: null,
      deviceId: DEVICE_ID.toUpperCase(),
    });
    await screen.findByTestId('run-progress');
  });

  it('a wrong device id says why and blocks Start', async () => {
    const { user } = await renderApp(
      {
        'account.current': () => developer,
        'device.find': () => ({ ...photons, devices: photons.devices.slice(0, 1) }),
      },
      at('find'),
    );
    await screen.findByRole('radio', { name: /Photon-K7QD/ });
    await user.type(screen.getByLabelText('Device id (optional)'), '2c00zz');
    expect(screen.getByText('A device id has only the characters 0-9 and a-f.')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Start setup' })).toHaveProperty('disabled', true);
  });

  it('when the computer hides network names it says what the OS wants and names the manual option', async () => {
    const { user } = await renderApp(
      {
        'account.current': () => developer,
        'device.find': () => ({
          devices: [],
          ssidsReadable: false,
          hint: m('system.ssids.needs-location.fix'),
        }),
        'settings.get': () => settingsSchema.parse({ softApPrefix: 'Tracker-' }),
      },
      at('find'),
    );
    const note = await screen.findByText(/Allow location access for Photon Setup, or join/);
    expect(note.textContent).toContain('choose “I’ll join it myself when asked”');
    expect(note.textContent).toContain('join the Tracker-… network');
    // The option it names exists.
    await user.click(screen.getByRole('radio', { name: /I’ll join it myself when asked/ }));
    expect(screen.getByRole('button', { name: 'Start setup' })).toHaveProperty('disabled', false);
  });

  it('shows a failed scan or start in the core’s words', async () => {
    const { user, bridge } = await renderApp(
      {
        'account.current': () => developer,
        'device.find': () => Promise.reject(refusal(m('wifi.no-adapter'))) as never,
      },
      at('find'),
    );
    expect(
      await screen.findByText(
        'This computer has no Wi-Fi adapter that is switched on. Turn Wi-Fi on, then try again.',
      ),
    ).toBeTruthy();
    bridge.answer('device.find', () => photons);
    bridge.answer(
      'provision.start',
      () =>
        Promise.reject(
          refusal(
            m('core.busy', { activity: m('core.activity.setting-up', { ssid: 'Photon-M2RX' }) }),
          ),
        ) as never,
    );
    await user.click(screen.getByRole('button', { name: 'Scan again' }));
    await user.click(await screen.findByRole('radio', { name: /Photon-K7QD/ }));
    await user.click(screen.getByRole('button', { name: 'Start setup' }));
    const bar = document.querySelector('.action-bar') as HTMLElement;
    expect(
      await within(bar).findByText(
        'Photon Setup is busy setting up Photon-M2RX. Wait for it to finish, then try again.',
      ),
    ).toBeTruthy();
  });
});
