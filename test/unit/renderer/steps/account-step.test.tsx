import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { m } from '../../../../shared/i18n';
import { refusal } from '../support/fake-bridge';
import { developer, productAccount } from '../support/fixtures';
import { focused, renderApp } from '../support/render';

describe('Account', () => {
  it('refuses an empty or partial token with the schema’s words, before any call', async () => {
    const { user, bridge } = await renderApp();
    await user.click(screen.getByRole('button', { name: 'Connect' }));
    expect(screen.getByText('Enter the access token.')).toBeTruthy();
    await user.type(screen.getByLabelText('Access token'), 'short');
    await user.click(screen.getByRole('button', { name: 'Connect' }));
    expect(screen.getByText('Paste the whole access token (40 characters or more).')).toBeTruthy();
    expect(bridge.callsTo('account.connect')).toEqual([]);
    expect(screen.getByLabelText('Access token').getAttribute('maxlength')).toBe('200');
  });

  it('checks a product’s fields and the customer email, then connects with them', async () => {
    const { user, bridge } = await renderApp({
      'account.connect': () => ({ status: 'connected', account: productAccount }),
    });
    await user.click(screen.getByText('OAuth client + customer'));
    await user.type(screen.getByLabelText('Customer email'), 'nope');
    await user.click(screen.getByRole('button', { name: 'Connect' }));
    expect(screen.getByText('Enter the product id or slug.')).toBeTruthy();
    expect(screen.getByText('Enter the OAuth client id.')).toBeTruthy();
    expect(screen.getByText('Enter the OAuth client secret.')).toBeTruthy();
    expect(screen.getByText('That is not an email address (name@example.com).')).toBeTruthy();
    await user.type(screen.getByLabelText('Product id or slug'), 'tempmon-v100');
    await user.type(screen.getByLabelText('OAuth client id'), 'client');
    await user.type(screen.getByLabelText('OAuth client secret'), 'secret');
    await user.clear(screen.getByLabelText('Customer email'));
    await user.type(screen.getByLabelText('Customer email'), 'buyer@example.com');
    await user.click(screen.getByRole('button', { name: 'Connect' }));
    await screen.findByTestId('account-summary');
    expect(bridge.callsTo('account.connect')).toEqual([
      {
        method: 'product',
        product: 'tempmon-v100',
        clientId: 'client',
        clientSecret: 'secret',
        customerEmail: 'buyer@example.com',
        remember: false,
      },
    ]);
    expect(screen.getByTestId('account-owner').textContent).toBe('old@example.com');
  });

  it('shows the core’s refusal, per field when it has one, and keeps what was typed', async () => {
    const { user, bridge } = await renderApp();
    bridge.answer(
      'account.connect',
      () => Promise.reject(refusal(m('cloud.problem.bad-token'))) as never,
    );
    await user.type(screen.getByLabelText('Access token'), 'x'.repeat(40));
    await user.click(screen.getByRole('button', { name: 'Connect' }));
    expect((await screen.findByRole('alert')).textContent).toBe(
      'The Particle cloud did not accept the access token. Sign in again or paste a new token.',
    );
    expect((screen.getByLabelText('Access token') as HTMLInputElement).value).toBe('x'.repeat(40));

    bridge.answer(
      'account.connect',
      () =>
        Promise.reject(
          refusal(
            m('core.invalid-argument', {
              channel: 'account.connect',
              problem: m('validate.account.access-token.too-long', { max: 200 }),
            }),
            { accessToken: m('validate.account.access-token.too-long', { max: 200 }) },
          ),
        ) as never,
    );
    await user.click(screen.getByRole('button', { name: 'Connect' }));
    expect(await screen.findByText('The access token is at most 200 characters.')).toBeTruthy();
    expect(screen.queryByText(/Invalid request to account\.connect/)).toBeNull();
  });

  it('asks for the one-time code when the cloud wants it, with its own rule', async () => {
    const { user, bridge } = await renderApp({
      'account.connect': () => ({ status: 'mfa-required' }),
      'account.completeMfa': () => ({ status: 'connected', account: developer }),
    });
    await user.click(screen.getByText('Email and password'));
    await user.type(screen.getByLabelText('Email'), 'demo@example.com');
    await user.type(screen.getByLabelText('Password'), 'pw');
    await user.click(screen.getByRole('button', { name: 'Connect' }));
    const code = await screen.findByLabelText('Authentication code');
    await user.type(code, '12');
    await user.click(screen.getByRole('button', { name: 'Verify code' }));
    expect(screen.getByText('Enter the 6-digit code from your authenticator app.')).toBeTruthy();
    await user.clear(code);
    await user.type(code, '123456');
    await user.click(screen.getByRole('button', { name: 'Verify code' }));
    await screen.findByTestId('account-summary');
    expect(bridge.callsTo('account.completeMfa')).toEqual([{ otp: '123456' }]);
  });

  it('"Remember" says what the host really does with the secret', async () => {
    await renderApp();
    expect(
      screen.getByLabelText(
        'Remember until Photon Setup stops (this host keeps secrets in memory only)',
      ),
    ).toBeTruthy();
  });

  it('says "system keychain" only where the host has one', async () => {
    await renderApp({
      'app.info': () => ({
        name: 'Photon Setup',
        version: '0.1.0',
        host: 'desktop',
        simulated: false,
        secretStorage: 'os-keychain',
        systemLocale: null,
      }),
      'account.current': () => ({ ...developer, remembered: true }),
    });
    await screen.findByTestId('account-summary');
    expect(screen.getByText('Saved, encrypted by this computer’s keychain')).toBeTruthy();
  });

  it('once connected, Continue moves to Wi-Fi and focus goes to its first control', async () => {
    const { user } = await renderApp({ 'account.current': () => developer });
    await user.click(await screen.findByRole('button', { name: 'Continue to Wi-Fi' }));
    await waitFor(() => expect(focused()?.textContent).toBe('Continue to find the device'));
    expect(document.querySelector('[aria-current="step"]')?.textContent).toContain('Wi-Fi');
  });

  it('"Use another account" signs out and shows the form again', async () => {
    const { user, bridge } = await renderApp({
      'account.current': () => developer,
      'account.signOut': () => null,
    });
    await user.click(await screen.findByRole('button', { name: 'Use another account' }));
    await screen.findByRole('button', { name: 'Connect' });
    expect(bridge.callsTo('account.signOut')).toHaveLength(1);
  });
});
