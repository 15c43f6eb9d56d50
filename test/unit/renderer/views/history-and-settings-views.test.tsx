import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { ActionRecord } from '../../../../shared/audit';
import { formatMessage, m, type MessageId } from '../../../../shared/i18n';
import { OUTCOME_TITLES } from '../../../../shared/outcome';
import type { HistoryPage } from '../../../../shared/provisioning';
import { settingsSchema } from '../../../../shared/settings';
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

/** An entry without parameters in German, whatever the translators wrote. */
const de = (id: MessageId): string => formatMessage('de', { id });

/** The core's settings.update: what it keeps is the patch over what it had. */
const keeps = (patch: unknown) => ({ ...settingsSchema.parse({}), ...(patch as object) });

describe('History', () => {
  it('lists runs and actions with a text twin for each result colour, and says what was skipped', async () => {
    const { user } = await renderApp({ 'history.query': () => page });
    await user.click(screen.getByRole('button', { name: 'History' }));
    const table = await screen.findByTestId('history-table');
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(2);
    expect(rows[0]?.textContent).toContain('Setup (developer)');
    expect(rows[0]?.textContent).toContain('✓ Online and claimed');
    expect(rows[0]?.textContent).toContain('Bo · Line 3');
    expect(rows[1]?.textContent).toContain('Release from its owner');
    expect(rows[1]?.textContent).toContain('✕ Failed');
    // The step's code, as the CSV has it, stays at hand.
    expect(within(rows[1]!).getByTitle('release-from-owner')).toBeTruthy();
    expect(screen.getByText(/^1 damaged line in the log was skipped/)).toBeTruthy();
    await waitFor(() => expect(focused()?.textContent).toBe('History'));
  });

  it('shows an action’s detail in the window’s language; an older record, in its English', async () => {
    const title = m('returns.step.release.title', {
      who: m('returns.owner.customer', { email: 'buyer@example.com' }),
    });
    const failure = m('cloud.problem.server-error', { status: '500' });
    const action = page.records[1] as ActionRecord;
    const records: HistoryPage['records'] = [
      {
        ...action,
        id: 'new-done',
        result: 'done',
        detail: formatMessage('en', title),
        detailText: title,
      },
      {
        ...action,
        id: 'new-failed',
        step: 'remove-from-product',
        result: 'failed',
        detail: `server-error: ${formatMessage('en', failure)}`,
        detailText: failure,
      },
      // Written before the sentence was kept: only the English detail.
      { ...action, id: 'old', detail: 'Release from customer old@example.com' },
    ];
    const { user } = await renderApp({
      'settings.get': () => settingsSchema.parse({ language: 'de' }),
      'history.query': () => ({ records, skippedLines: 0 }),
    });
    await user.click(await screen.findByRole('button', { name: de('ui.tabs.history') }));
    const table = await screen.findByTestId('history-table');
    const rows = within(table).getAllByRole('row').slice(1);
    const detailOf = (row: HTMLElement | undefined) => within(row!).getAllByRole('cell')[4]!;
    const german = formatMessage('de', title);
    expect(german).not.toBe(formatMessage('en', title));
    expect(detailOf(rows[0]).textContent).toBe(german);
    // The English the CSV has stays at hand, as the step's code does.
    expect(detailOf(rows[0]).getAttribute('title')).toBe('Release from customer buyer@example.com');
    expect(detailOf(rows[1]).textContent).toBe(formatMessage('de', failure));
    expect(detailOf(rows[2]).textContent).toBe('Release from customer old@example.com');
    expect(detailOf(rows[2]).getAttribute('title')).toBeNull();
    expect(table.textContent).not.toContain('Release from customer buyer');
  });

  it('writes times in the window’s language, and counts in its plurals', async () => {
    const { user } = await renderApp({
      'history.query': () => ({ ...page, skippedLines: 3 }),
    });
    await user.click(screen.getByRole('button', { name: 'History' }));
    const table = await screen.findByTestId('history-table');
    const when = new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'medium' });
    expect(within(table).getAllByRole('row')[1]?.textContent).toContain(
      when.format(Date.parse('2026-01-01T00:00:00.000Z')),
    );
    expect(screen.getByText(/^3 damaged lines in the log were skipped/)).toBeTruthy();
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
      () => Promise.reject(refusal(m('core.internal', { kind: 'audit' }))) as never,
    );
    await user.type(screen.getByLabelText('Filter by device id'), 'a');
    expect(
      await screen.findByText(
        'Photon Setup hit an internal problem (audit). Restart the app if this stays.',
      ),
    ).toBeTruthy();
    expect(screen.getByText('Nothing recorded for that device id.')).toBeTruthy();
  });
});

describe('Settings', () => {
  it('holds the schema’s limits and shows its sentences on the fields, before any call', async () => {
    const { user, bridge } = await renderApp();
    await user.click(screen.getByRole('button', { name: 'Settings' }));
    const station = await screen.findByLabelText('Station name');
    expect(station.getAttribute('maxlength')).toBe('120');
    expect(screen.getByText(/^Recorded with every run.*Up to 120 characters\.$/)).toBeTruthy();
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

  it('a settings read that fails says why and reads again on request, never “Reading…” for ever', async () => {
    let fail = true;
    const { user, bridge } = await renderApp({
      'settings.get': () =>
        fail
          ? (Promise.reject(refusal(m('core.internal', { kind: 'EIO' }))) as never)
          : settingsSchema.parse({ station: 'Line 7' }),
    });
    await user.click(screen.getByRole('button', { name: 'Settings' }));
    expect(
      (await screen.findByRole('alert')).textContent?.startsWith('The settings could not be read.'),
    ).toBe(true);
    expect(screen.queryByText('Reading the settings…')).toBeNull();
    fail = false;
    await user.click(screen.getByRole('button', { name: 'Read them again' }));
    expect(((await screen.findByLabelText('Station name')) as HTMLInputElement).value).toBe(
      'Line 7',
    );
    expect(bridge.callsTo('settings.get').length).toBeGreaterThanOrEqual(2);
  });

  it('"Saved." only after the core kept it, gone on the next edit, never beside a refusal', async () => {
    const { user, bridge } = await renderApp({ 'settings.update': keeps });
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
          refusal(
            m('core.invalid-argument', {
              channel: 'settings.update',
              problem: m('validate.settings.operator-too-long', { max: 120 }),
            }),
            { operator: m('validate.settings.operator-too-long', { max: 120 }) },
          ),
        ) as never,
    );
    await user.click(screen.getByRole('button', { name: 'Save settings' }));
    expect(await screen.findByText('An operator name is at most 120 characters.')).toBeTruthy();
    expect(screen.queryByText(/^Invalid request to settings\.update/)).toBeNull();
    expect(screen.queryByText('Saved.')).toBeNull();
  });

  it('offers the system’s language and each language in its own name', async () => {
    const { user } = await renderApp();
    await user.click(screen.getByRole('button', { name: 'Settings' }));
    const chooser = (await screen.findByLabelText('Language')) as HTMLSelectElement;
    expect(
      within(chooser)
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual(['As this computer (English)', 'English', 'Deutsch', '简体中文']);
    expect(chooser.value).toBe('system');
  });

  it('a chosen language is saved at once and the window speaks it at once, History too', async () => {
    const { user, bridge } = await renderApp({
      'settings.update': keeps,
      'history.query': () => page,
    });
    await user.click(screen.getByRole('button', { name: 'Settings' }));
    await user.type(await screen.findByLabelText('Station name'), 'Line 3');
    await user.selectOptions(screen.getByLabelText('Language'), 'Deutsch');
    // Only the language is sent: the station name being typed is not saved behind its back.
    expect(bridge.callsTo('settings.update')).toEqual([{ language: 'de' }]);
    const chooser = (await screen.findByLabelText('Sprache')) as HTMLSelectElement;
    expect(chooser.value).toBe('de');
    expect(within(chooser).getByRole('option', { name: 'Deutsch' })).toBeTruthy();
    expect((screen.getByDisplayValue('Line 3') as HTMLInputElement).value).toBe('Line 3');

    await user.click(screen.getByRole('button', { name: de('ui.tabs.history') }));
    const table = await screen.findByTestId('history-table');
    expect(
      within(table).getByRole('columnheader', { name: de('views.history.column.when') }),
    ).toBeTruthy();
    expect(table.textContent).toContain(formatMessage('de', OUTCOME_TITLES.success));
    expect(table.textContent).not.toContain('Online and claimed');

    await user.click(screen.getByRole('button', { name: de('ui.tabs.settings') }));
    await user.selectOptions(await screen.findByLabelText('Sprache'), 'system');
    expect(await screen.findByLabelText('Language')).toBeTruthy();
    expect(bridge.callsTo('settings.update').at(-1)).toEqual({ language: 'system' });
  });

  it('a refused language leaves the window as it was', async () => {
    const { user } = await renderApp({
      'settings.update': () => Promise.reject(refusal(m('core.not-connected'))) as never,
    });
    await user.click(screen.getByRole('button', { name: 'Settings' }));
    await user.selectOptions(await screen.findByLabelText('Language'), 'Deutsch');
    expect(
      await screen.findByText('Photon Setup is not connected. Reload this page.'),
    ).toBeTruthy();
    expect((screen.getByLabelText('Language') as HTMLSelectElement).value).toBe('system');
  });
});
