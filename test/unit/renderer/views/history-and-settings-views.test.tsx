import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { HistoryPage } from '../../../../shared/provisioning';
import { refusal } from '../support/fake-bridge';
import { DEVICE_ID, success } from '../support/fixtures';
import { focused, renderApp } from '../support/render';

const page: HistoryPage = {
  records: [
    { ...success().record, operator: 'Bo', station: 'Line 3' },
    {
      type: 'action',
      id: 'a1',
      at: '2026-01-01T00:00:00.000Z',
      station: '',
      operator: '',
      deviceId: DEVICE_ID,
      step: 'release-from-owner',
      result: 'failed',
      detail: 'server: The cloud said no.',
      appVersion: '0.1.0',
      simulated: true,
    },
  ],
  skippedLines: 1,
};

describe('History', () => {
  it('lists runs and actions with a text twin for each result colour, and says what was skipped', async () => {
    const { user } = await renderApp({ 'history.query': () => page });
    await user.click(screen.getByRole('button', { name: 'History' }));
    const table = await screen.findByTestId('history-table');
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(2);
    expect(rows[0]?.textContent).toContain('✓ success');
    expect(rows[0]?.textContent).toContain('Bo · Line 3');
    expect(rows[1]?.textContent).toContain('✕ failed');
    expect(screen.getByText(/1 damaged line\(s\) in the log were skipped/)).toBeTruthy();
    await waitFor(() => expect(focused()?.textContent).toBe('History'));
  });

  it('filters by device id through the core, and exports the CSV it makes', async () => {
    const { user, bridge } = await renderApp({
      'history.query': () => page,
      'history.exportCsv': () => ({ fileName: 'h.csv', csv: 'time,type\r\n' }),
    });
    const created = vi.spyOn(URL, 'createObjectURL').mockReturnValue('blob:x');
    const clicked = vi
      .spyOn(HTMLAnchorElement.prototype, 'click')
      .mockImplementation(() => undefined);
    await user.click(screen.getByRole('button', { name: 'History' }));
    await user.type(screen.getByLabelText('Filter by device id'), 'abc');
    await waitFor(() =>
      expect(bridge.callsTo('history.query').at(-1)).toEqual({ deviceId: 'abc', limit: 500 }),
    );
    await user.click(screen.getByRole('button', { name: 'Export CSV' }));
    await waitFor(() => expect(clicked).toHaveBeenCalled());
    expect(bridge.callsTo('history.exportCsv')).toEqual([{ deviceId: 'abc' }]);
    expect(created).toHaveBeenCalled();
    created.mockRestore();
    clicked.mockRestore();
  });

  it('an empty log says so; a failed query says why', async () => {
    const { user, bridge } = await renderApp();
    await user.click(screen.getByRole('button', { name: 'History' }));
    expect(await screen.findByText('No runs yet.')).toBeTruthy();
    bridge.answer(
      'history.query',
      () => Promise.reject(refusal('The audit log cannot be read.')) as never,
    );
    await user.type(screen.getByLabelText('Filter by device id'), 'a');
    expect(await screen.findByText('The audit log cannot be read.')).toBeTruthy();
  });
});

describe('Settings', () => {
  it('holds the schema’s limits and shows its sentences on the fields, before any call', async () => {
    const { user, bridge } = await renderApp();
    await user.click(screen.getByRole('button', { name: 'Settings' }));
    const station = await screen.findByLabelText('Station name');
    expect(station.getAttribute('maxlength')).toBe('120');
    expect(screen.getByLabelText('Device network prefix').getAttribute('maxlength')).toBe('26');
    await user.clear(screen.getByLabelText('Device network prefix'));
    await user.type(screen.getByLabelText('Device network prefix'), 'Photon"<img');
    await user.clear(screen.getByLabelText('Particle API base URL'));
    await user.type(screen.getByLabelText('Particle API base URL'), 'http://evil.example');
    await user.click(screen.getByRole('button', { name: 'Save settings' }));
    expect(screen.getByText(/^A SoftAP prefix uses only letters, digits/)).toBeTruthy();
    expect(
      screen.getByText('Use https:// (plain http is only allowed for 127.0.0.1 or localhost).'),
    ).toBeTruthy();
    expect(bridge.callsTo('settings.update')).toEqual([]);
    expect(screen.queryByText('Saved.')).toBeNull();
  });

  it('"Saved." only after the core kept it, gone on the next edit, never beside a refusal', async () => {
    const { user, bridge } = await renderApp({
      'settings.update': (patch) => ({
        station: '',
        operator: '',
        softApPrefix: 'Photon-',
        cloudBaseUrl: 'https://api.particle.io',
        ...(patch as object),
      }),
    });
    await user.click(screen.getByRole('button', { name: 'Settings' }));
    await user.type(await screen.findByLabelText('Station name'), 'Line 3');
    await user.click(screen.getByRole('button', { name: 'Save settings' }));
    expect(await screen.findByText('Saved.')).toBeTruthy();
    expect(bridge.callsTo('settings.update')[0]).toMatchObject({ station: 'Line 3' });
    await user.type(screen.getByLabelText('Operator name'), 'B');
    expect(screen.queryByText('Saved.')).toBeNull();

    bridge.answer(
      'settings.update',
      () =>
        Promise.reject(
          refusal('Invalid request to settings.update.', {
            operator: 'An operator name is at most 120 characters.',
          }),
        ) as never,
    );
    await user.click(screen.getByRole('button', { name: 'Save settings' }));
    expect(await screen.findByText('An operator name is at most 120 characters.')).toBeTruthy();
    expect(screen.queryByText('Invalid request to settings.update.')).toBeNull();
    expect(screen.queryByText('Saved.')).toBeNull();
  });
});
