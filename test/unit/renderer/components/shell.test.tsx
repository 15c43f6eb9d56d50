import { act, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
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
          label: 'Location permission',
          status: 'fail' as const,
          detail: 'Denied.',
          fix: 'Open Location settings.',
        },
        {
          id: 'something-new',
          label: 'A check from a newer core',
          status: 'warn' as const,
          detail: 'Hm.',
        },
      ],
    };
    await renderApp({ 'system.check': () => check });
    const panel = await screen.findByTestId('readiness-panel');
    const item = await within(panel).findByTestId('check-location-permission');
    expect(item.textContent).toContain('✕');
    expect(item.textContent).toContain('Needs attention');
    expect(item.textContent).toContain('What to do: Open Location settings.');
    expect(within(panel).getByTestId('check-something-new').textContent).toContain('Check');
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
        operation: 'create a claim code',
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
      'settings.get': () => ({
        station: '',
        operator: '',
        softApPrefix: 'Tracker',
        cloudBaseUrl: 'https://api.particle.io',
      }),
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
