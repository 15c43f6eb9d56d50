import { act, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { formatMessage, m } from '../../../../shared/i18n';
import { memoryStorage } from '../support/fake-bridge';
import {
  awaitingNetwork,
  developer,
  led,
  network,
  networks,
  outcome,
  progress,
  rejected,
  RUN_ID,
  success,
} from '../support/fixtures';
import { focused, renderApp } from '../support/render';

const signedIn = { 'account.current': () => developer };

/** A window whose run is waiting for the operator's network choice. */
async function waitingForChoice(handlers = {}) {
  const app = await renderApp({
    ...signedIn,
    'provision.current': () => ({
      runId: RUN_ID,
      progress: awaitingNetwork(),
      led: led(),
      networks: networks([
        network(),
        network({
          ssid: 'Guest',
          requiresPassword: false,
          security: 0,
          securityName: m('security.open'),
        }),
      ]),
      outcome: null,
    }),
    ...handlers,
  });
  await screen.findByTestId('network-chooser');
  return app;
}

describe('Set up', () => {
  it('puts the network chooser above the checklist, focused on its first network', async () => {
    await waitingForChoice();
    const chooser = screen.getByTestId('network-chooser');
    const checklist = screen.getByTestId('run-progress');
    expect(
      chooser.compareDocumentPosition(checklist) & Node.DOCUMENT_POSITION_FOLLOWING,
    ).toBeTruthy();
    await waitFor(() => expect(focused()?.textContent).toMatch(/^Workshop/));
    expect(within(chooser).getByTestId('countdown').textContent).toMatch(
      /^1(79|80) s left\. If no network is chosen by then, the setup stops and this computer returns to its own Wi-Fi\.$/,
    );
    expect(screen.getByTestId('live-region').textContent).toBe(
      'The device is waiting: choose the Wi-Fi network it should join.',
    );
  });

  it('when the list comes after the question, focus moves from the heading to the first row', async () => {
    const { bridge } = await renderApp(signedIn);
    act(() => bridge.emit('run.progress', awaitingNetwork()));
    await screen.findByTestId('network-chooser');
    act(() => bridge.emit('run.networks', networks()));
    await waitFor(() => expect(focused()?.textContent).toMatch(/^Workshop/));
  });

  it('an open network is sent at once; a secured one asks its password, focused', async () => {
    const { user, bridge } = await waitingForChoice({ 'provision.chooseNetwork': () => null });
    await user.click(screen.getByRole('button', { name: /Guest/ }));
    expect(bridge.callsTo('provision.chooseNetwork')).toEqual([
      {
        runId: RUN_ID,
        // The device's own bytes go with the name: SSIDs are bytes (issue #13).
        network: {
          auth: 'personal',
          ssid: 'Guest',
          ssidHex: '4775657374',
          security: 0,
          channel: 6,
        },
        saveAsProfile: false,
      },
    ]);
    await user.click(screen.getByRole('button', { name: /Workshop/ }));
    const password = screen.getByLabelText('Wi-Fi password');
    expect(focused()).toBe(password);
    await user.type(password, 'photon-demo-pass{Enter}');
    await waitFor(() => expect(bridge.callsTo('provision.chooseNetwork')).toHaveLength(2));
    expect(bridge.callsTo('provision.chooseNetwork')[1]).toMatchObject({
      network: { ssid: 'Workshop', password: 'photon-demo-pass' },
    });
  });

  it('renders whatever name the core gives a network, even odd ones', async () => {
    const { bridge } = await renderApp(signedIn);
    act(() => bridge.emit('run.progress', awaitingNetwork()));
    act(() =>
      bridge.emit(
        'run.networks',
        networks([network({ ssid: '<b>"quoted"</b> \\x00' }), network({ ssid: 'Workshop' })]),
      ),
    );
    expect(await screen.findByText('<b>"quoted"</b> \\x00')).toBeTruthy();
  });

  it('while working it leads with the active phase and what happens when its wait ends; Cancel cancels', async () => {
    const { user, bridge } = await renderApp({ ...signedIn, 'provision.cancel': () => null });
    act(() =>
      bridge.emit(
        'run.progress',
        progress('verify', {
          countdownS: 42,
          countdownEndsAt: new Date(Date.now() + 42_000).toISOString(),
        }),
      ),
    );
    const now = await screen.findByTestId('now-doing');
    expect(now.textContent).toMatch(
      /^Now: Check with the cloud\. Waiting for the device to come online\./,
    );
    expect(now.textContent).toMatch(
      /4[12] s left\. Then Photon Setup stops waiting and tells you what the cloud saw last\./,
    );
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(bridge.callsTo('provision.cancel')).toEqual([{ runId: RUN_ID }]);
  });

  it('the LED card shows the core’s report with its pattern in words, and the alternatives animate', async () => {
    const { user, bridge } = await renderApp(signedIn);
    act(() => bridge.emit('run.progress', progress('connect')));
    act(() =>
      bridge.emit(
        'run.led',
        led({ state: 'cloud-handshake', source: 'expected', basis: m('run.verify.start') }),
      ),
    );
    const indicator = await screen.findByTestId('led-indicator');
    expect(indicator.getAttribute('data-source')).toBe('expected');
    expect(indicator.textContent).toContain('It blinks fast, about ten times a second');
    await user.click(screen.getByRole('button', { name: 'My LED shows something else' }));
    const swatch = document.querySelector('[data-led="auth-error"] .led-swatch');
    expect(swatch?.className).toMatch(/led-pattern-flash-codes/);
    expect(swatch?.className).toMatch(/led-flash-/);
    expect(document.querySelector('[data-led="auth-error"]')?.textContent).toContain(
      'flashes a code',
    );
  });
});

describe('Result', () => {
  it('success: its sentence, the session count, focus on the next device, announced', async () => {
    const { bridge } = await renderApp(signedIn);
    act(() => bridge.emit('run.progress', progress('verify')));
    act(() =>
      bridge.emit(
        'run.led',
        led({
          state: 'connected',
          source: 'observed',
          basis: m('run.led.cloud-reports'),
        }),
      ),
    );
    act(() => bridge.emit('run.outcome', success()));
    const result = await screen.findByTestId('result');
    expect(within(result).getByText('Online and claimed')).toBeTruthy();
    expect(within(result).getByText('Devices set up this session').nextSibling?.textContent).toBe(
      '1',
    );
    await waitFor(() => expect(focused()?.textContent).toBe('Set up the next device'));
    expect(screen.getByTestId('live-region').textContent).toBe(
      `Result: Online and claimed. ${formatMessage('en', success().description.sentence)}`,
    );
    expect(within(result).getByTestId('led-indicator').getAttribute('data-source')).toBe(
      'observed',
    );
  });

  it('a refused password shows listening as observed when the core saw the AP come back', async () => {
    const { bridge } = await renderApp(signedIn);
    act(() => bridge.emit('run.progress', progress('verify')));
    act(() => bridge.emit('run.led', led({ basis: m('run.led.ap-back') })));
    act(() => bridge.emit('run.outcome', rejected()));
    const indicator = within(await screen.findByTestId('result')).getByTestId('led-indicator');
    expect(indicator.getAttribute('data-led')).toBe('listening');
    expect(indicator.getAttribute('data-source')).toBe('observed');
    expect(indicator.textContent).toContain('came back');
  });

  it('an LED the core did not see is expected', async () => {
    const { bridge } = await renderApp(signedIn);
    act(() => bridge.emit('run.progress', progress('verify')));
    act(() => bridge.emit('run.led', led({ state: 'cloud-connecting', source: 'expected' })));
    act(() =>
      bridge.emit(
        'run.outcome',
        outcome({ kind: 'configured-not-online', deviceId: 'a'.repeat(24), waitedMs: 60_000 }),
      ),
    );
    const indicator = within(await screen.findByTestId('result')).getByTestId('led-indicator');
    expect(indicator.getAttribute('data-source')).toBe('expected');
  });

  it('"Choose another Wi-Fi" starts again on the same Photon; "next device" goes to Find', async () => {
    const { user, bridge } = await renderApp({
      ...signedIn,
      'provision.start': () => ({ runId: 'run-2' }),
    });
    act(() => bridge.emit('run.progress', progress('verify')));
    act(() => bridge.emit('run.outcome', rejected()));
    await user.click(await screen.findByRole('button', { name: 'Choose another Wi-Fi' }));
    expect(bridge.callsTo('provision.start')).toEqual([
      { device: { ssid: 'Photon-K7QD' }, profileId: null },
    ]);
    await screen.findByTestId('run-progress');
    act(() => bridge.emit('run.progress', progress('verify', {}, 'run-2')));
    act(() => bridge.emit('run.outcome', success('run-2')));
    await user.click(await screen.findByRole('button', { name: 'Set up the next device' }));
    await waitFor(() =>
      expect(document.querySelector('[aria-current="step"]')?.textContent).toContain('Find device'),
    );
    expect(screen.queryByTestId('result')).toBeNull();
  });

  it('a reload shows the result it showed; not once the operator moved on', async () => {
    const storage = memoryStorage();
    const finished = () => ({
      runId: RUN_ID,
      progress: progress('verify'),
      led: null,
      networks: null,
      outcome: success(),
    });
    const first = await renderApp({ ...signedIn, 'provision.current': () => null }, storage);
    act(() => first.bridge.emit('run.progress', progress('verify')));
    act(() => first.bridge.emit('run.outcome', success()));
    await screen.findByTestId('result');
    first.unmount();

    const second = await renderApp({ ...signedIn, 'provision.current': finished }, storage);
    await screen.findByTestId('result');
    await second.user.click(screen.getByRole('button', { name: 'Set up the next device' }));
    second.unmount();

    await renderApp({ ...signedIn, 'provision.current': finished }, storage);
    await screen.findByRole('button', { name: 'Start setup' });
    expect(screen.queryByTestId('result')).toBeNull();
  });
});
