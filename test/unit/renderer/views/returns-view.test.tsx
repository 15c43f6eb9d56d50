import { act, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { m } from '../../../../shared/i18n';
import { refusal, type Handlers } from '../support/fake-bridge';
import {
  developer,
  lookup,
  plan,
  productAccount,
  released,
  RETURNED_ID,
  success,
} from '../support/fixtures';
import { focused, renderApp } from '../support/render';

async function openReturns(handlers: Handlers = {}) {
  const app = await renderApp({ 'account.current': () => productAccount, ...handlers });
  await app.user.click(screen.getByRole('button', { name: 'Returned units' }));
  await screen.findByRole('heading', { name: 'Returned units' });
  return app;
}

describe('Returned units', () => {
  it('looks a device up (read over SoftAP or typed), shows what the cloud says, and plans with the boxes ticked', async () => {
    const { user, bridge } = await openReturns({
      'device.find': () => ({
        devices: [{ ssid: 'Photon-R3TN', bars: 3 }],
        ssidsReadable: true,
        hint: null,
      }),
      'returns.readDeviceId': () => ({ deviceId: RETURNED_ID, claimed: true }),
      'returns.lookup': () => lookup,
      'returns.plan': () => plan,
    });
    await user.click(
      screen.getByRole('button', { name: 'Read it from a device in listening mode…' }),
    );
    await user.click(await screen.findByRole('button', { name: 'Read the id of Photon-R3TN' }));
    await waitFor(() =>
      expect((screen.getByLabelText('Device id') as HTMLInputElement).value).toBe(RETURNED_ID),
    );
    await user.click(screen.getByRole('button', { name: 'Look up' }));
    const card = await screen.findByTestId('lookup-result');
    expect(within(card).getByTestId('lookup-owner').textContent).toBe(
      'Customer existing-customer@example.com',
    );
    await waitFor(() => expect(focused()?.textContent).toBe(`Device ${RETURNED_ID}`));
    await user.click(within(card).getByLabelText(/Also remove it from the product/));
    await user.click(within(card).getByRole('button', { name: 'Plan the release' }));
    expect(bridge.callsTo('returns.plan')).toEqual([
      { deviceId: RETURNED_ID, wants: { removeFromProduct: true, reAddToProduct: false } },
    ]);
    const planned = await screen.findByTestId('release-plan');
    expect(within(planned).getByText('To do')).toBeTruthy();
    // The core's step, in the window's words.
    expect(
      within(planned).getByText('Release from customer existing-customer@example.com'),
    ).toBeTruthy();
    expect(within(planned).getByText(/^To undo, set it up again for customer/)).toBeTruthy();
    await waitFor(() => expect(focused()?.textContent).toBe('Confirm and release'));
  });

  it('says what the cloud knows in the window’s words: product, online, history, limits', async () => {
    const { user } = await openReturns({
      'returns.lookup': () => ({
        ...lookup,
        online: true,
        lastHeard: '2026-01-01T00:00:00.000Z',
        history: [success().record, success().record],
        limits: [m('returns.limit.other-product', { productId: 77 })],
      }),
    });
    await user.type(screen.getByLabelText('Device id'), RETURNED_ID);
    await user.click(screen.getByRole('button', { name: 'Look up' }));
    const card = await screen.findByTestId('lookup-result');
    expect(card.textContent).toContain('Temperature Monitor #1319');
    const when = new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'medium' });
    expect(card.textContent).toContain(
      `Yes · last heard ${when.format(Date.parse('2026-01-01T00:00:00.000Z'))}`,
    );
    expect(card.textContent).toContain('2 records');
    expect(within(card).getByText(/^It belongs to product 77;/)).toBeTruthy();
  });

  it('on the device itself: the LED steps, and the CLI command kept as code inside its sentence', async () => {
    await openReturns();
    const guidance = screen.getByRole('heading', { name: 'On the device itself' }).parentElement!;
    expect(guidance.textContent).toContain('Hold SETUP for about 3 seconds.');
    const command = within(guidance).getByText('particle flash --usb tinker');
    expect(command.tagName).toBe('CODE');
    expect(command.parentElement?.textContent).toMatch(
      /^Re-flashing firmware .* over USB \(particle flash --usb tinker\), Particle Workbench/,
    );
    expect(within(guidance).getByText('already claimed').tagName).toBe('EM');
  });

  it('a malformed id is refused in the shared rule’s words, nothing asked of the cloud', async () => {
    const { user, bridge } = await openReturns();
    await user.type(screen.getByLabelText('Device id'), 'zz');
    await user.click(screen.getByRole('button', { name: 'Look up' }));
    expect(screen.getByText('A device id has only the characters 0-9 and a-f.')).toBeTruthy();
    expect(bridge.callsTo('returns.lookup')).toEqual([]);
  });

  it('while the plan runs it says so; a stopped plan offers to run again with the core’s summary', async () => {
    const { user, bridge } = await openReturns({
      'returns.current': () => ({ plan, running: false, report: null }),
    });
    const planned = await screen.findByTestId('release-plan');
    act(() => bridge.emit('returns.progress', { plan, running: true, report: null }));
    expect(within(planned).getByRole('button', { name: 'Working…' })).toHaveProperty(
      'disabled',
      true,
    );
    const stopped = {
      ...plan,
      steps: plan.steps.map((step) => ({
        ...step,
        state: 'failed' as const,
        error: m('returns.re-add.refused'),
      })),
    };
    act(() =>
      bridge.emit('returns.progress', {
        plan: stopped,
        running: false,
        report: {
          plan: stopped,
          complete: false,
          summary: m('returns.summary.stopped', {
            step: stopped.steps[0]!.title,
            error: m('returns.re-add.refused'),
          }),
          leftAs: null,
        },
      }),
    );
    expect(
      within(planned).getByText(
        'The product refused the device id (wrong platform, or in another product).',
      ),
    ).toBeTruthy();
    expect(
      within(planned).getByText(
        /^Stopped at “Release from customer existing-customer@example\.com”: .* Nothing was changed\./,
      ),
    ).toBeTruthy();
    expect(within(planned).getByText('Failed')).toBeTruthy();
    bridge.answer(
      'returns.execute',
      () => Promise.reject(refusal(m('returns.plan-gone'))) as never,
    );
    await user.click(within(planned).getByRole('button', { name: 'Run the plan again' }));
    expect(
      await within(planned).findByText(
        'That plan is no longer known (the app restarted?). Look the device up again.',
      ),
    ).toBeTruthy();
  });

  it('after a release it tells where the device was left, not a blind lookup', async () => {
    await openReturns({ 'returns.current': released });
    const card = await screen.findByTestId('released');
    expect(within(card).getByTestId('released-owner').textContent).toBe('Nobody — unclaimed');
    expect(within(card).getByTestId('released-product').textContent).toBe(
      'In Temperature Monitor #1319',
    );
    expect(screen.queryByTestId('lookup-result')).toBeNull();
    expect(screen.getByTestId('live-region').textContent).toContain('is released');
  });

  it('asks who the next owner is, checks the email, and carries the unit into the wizard', async () => {
    const { user, bridge } = await openReturns({
      'returns.current': released,
      'account.setCustomer': (arg) => ({
        ...productAccount,
        owner: (arg as { customerEmail: string }).customerEmail,
      }),
    });
    const card = await screen.findByTestId('released');
    await waitFor(() => expect(focused()).toBe(within(card).getByLabelText('Next owner’s email')));
    await user.click(within(card).getByRole('button', { name: 'Set it up for its next owner' }));
    expect(within(card).getByText('Enter an email address.')).toBeTruthy();
    await user.type(within(card).getByLabelText('Next owner’s email'), 'next@example.com');
    await user.click(within(card).getByRole('button', { name: 'Set it up for its next owner' }));
    const summary = await screen.findByTestId('account-summary');
    expect(bridge.callsTo('account.setCustomer')).toEqual([{ customerEmail: 'next@example.com' }]);
    expect(within(summary).getByTestId('account-owner').textContent).toBe('next@example.com');
    expect(within(summary).getByTestId('handoff-note').textContent).toContain(RETURNED_ID);
  });

  it('a developer chooses this account or another one (which signs out)', async () => {
    const { user, bridge } = await renderApp({
      'account.current': () => developer,
      'returns.current': released,
      'account.signOut': () => null,
      'account.connect': () => ({
        status: 'connected',
        account: { ...developer, owner: 'next-dev@example.com' },
      }),
    });
    await user.click(screen.getByRole('button', { name: 'Returned units' }));
    const card = await screen.findByTestId('released');
    expect(
      within(card).getByRole('radio', { name: /This account \(demo@example\.com\)/ }),
    ).toHaveProperty('checked', true);
    await user.click(within(card).getByRole('radio', { name: /Another developer account/ }));
    await user.click(within(card).getByRole('button', { name: 'Set it up for its next owner' }));
    await screen.findByRole('button', { name: 'Connect' });
    expect(bridge.callsTo('account.signOut')).toHaveLength(1);
    expect(screen.getByTestId('handoff-note').textContent).toContain(
      'sign in with its next owner’s account',
    );
    // Signed in as the next owner: the note names them (it keeps no copy of the old owner).
    await user.type(
      screen.getByLabelText('Access token', { exact: true }),
      'next0000000000000000000000000000000token',
    );
    await user.click(screen.getByRole('button', { name: 'Connect' }));
    await waitFor(() =>
      expect(screen.getByTestId('handoff-note').textContent).toContain('next-dev@example.com'),
    );
  });
});
