import { act, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { m } from '../../../../shared/i18n';
import { settingsSchema } from '../../../../shared/settings';
import { readyCheck } from '../support/fake-bridge';
import { developer, progress } from '../support/fixtures';
import { renderApp } from '../support/render';

describe('Before you start', () => {
  it('folds to one line when every item is green, and opens on request', async () => {
    const { user } = await renderApp();
    const panel = await screen.findByTestId('readiness-panel');
    await within(panel).findByText('This computer is ready to set up devices.');
    expect(within(panel).queryByTestId('check-os')).toBeNull();
    await user.click(within(panel).getByRole('button', { name: 'Show the checks' }));
    expect(within(panel).getByTestId('check-os').textContent).toContain('Operating system');
    expect(
      within(panel).getByRole('button', { name: 'Hide the checks' }).getAttribute('aria-expanded'),
    ).toBe('true');
  });

  it('stays open with whatever items the core sends, each status in words and a shape', async () => {
    const check = {
      ...readyCheck,
      ready: false,
      items: [
        ...readyCheck.items,
        {
          id: 'location-permission',
          label: m('system.ssids.label'),
          status: 'fail' as const,
          detail: m('system.location.denied'),
          fix: m('system.ssids.needs-location.fix'),
        },
        {
          // An id this window's catalogue does not know (a newer core): shown as its id.
          id: 'something-new',
          label: { id: 'system.newer-check.label' },
          status: 'warn' as const,
          detail: { id: 'system.newer-check.detail' },
        },
      ],
    };
    await renderApp({ 'system.check': () => check });
    const panel = await screen.findByTestId('readiness-panel');
    const item = await within(panel).findByTestId('check-location-permission');
    expect(item.textContent).toContain('✕');
    expect(item.textContent).toContain('Needs attention');
    expect(item.textContent).toContain(
      'What to do: Allow location access for Photon Setup, or join the Photon-… network yourself from the system menu.',
    );
    const newer = within(panel).getByTestId('check-something-new').textContent;
    expect(newer).toContain('Check');
    expect(newer).toContain('system.newer-check.detail');
    expect(
      within(panel).getByText('Fix the items marked below before the first device.'),
    ).toBeTruthy();
    expect(within(panel).queryByRole('button', { name: 'Show the checks' })).toBeNull();
  });

  it('is gone once a run started in this window', async () => {
    const { bridge } = await renderApp({ 'account.current': () => developer });
    await screen.findByTestId('readiness-panel');
    act(() => bridge.emit('run.progress', progress('prepare')));
    expect(screen.queryByTestId('readiness-panel')).toBeNull();
  });
});

describe('banners and rail', () => {
  it('says it is simulated, when the connection is lost, and counts a cloud wait down', async () => {
    const { bridge } = await renderApp();
    expect(screen.getByTestId('simulation-banner')).toBeTruthy();
    act(() => bridge.setConnection('lost'));
    expect(screen.getByRole('alert').textContent).toContain('Disconnected.');
    act(() =>
      bridge.emit('cloud.waiting', {
        operation: m('cloud.op.create-claim-code'),
        reason: 'rate-limited',
        until: new Date(Date.now() + 30_000).toISOString(),
        seconds: 30,
      }),
    );
    expect((await screen.findByTestId('cloud-wait-banner')).textContent).toMatch(
      /again in (29|30) s/,
    );
  });

  it('names the configured device network prefix in its hints', async () => {
    await renderApp({
      'settings.get': () => settingsSchema.parse({ softApPrefix: 'Tracker' }),
    });
    expect(await screen.findByText('Its Tracker-… network')).toBeTruthy();
  });

  it('the rail offers only the steps the table allows, and never during a run', async () => {
    const { bridge } = await renderApp({ 'account.current': () => developer });
    const rail = await screen.findByRole('navigation', { name: 'Setup steps' });
    await within(rail).findByRole('button', { name: /Wi-Fi/ });
    expect(within(rail).queryByRole('button', { name: /Set up/ })).toBeNull();
    act(() => bridge.emit('run.progress', progress('join')));
    expect(within(rail).queryAllByRole('button')).toHaveLength(0);
    expect(rail.querySelector('[aria-current="step"]')?.textContent).toContain('current step');
  });
});
