// Station mode in the DOM: what the tile, the queue, the tally, the label field and the rainbow
// question say, from the core's state (its sentences are Messages, shown in the window's words).
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { formatMessage, m, type Locale } from '../../../../shared/i18n';
import { describeOutcome } from '../../../../shared/outcome';
import type { StationProfile } from '../../../../shared/provisioning';
import { describeSecurity } from '../../../../shared/security';
import { settingsSchema } from '../../../../shared/settings';
import type { StationState, StationUnit } from '../../../../shared/station';
import { refusal, type Handlers } from '../support/fake-bridge';
import { catchDownloads } from '../support/downloads';
import { DEVICE_ID, developer, rejected, success } from '../support/fixtures';
import { renderApp } from '../support/render';

const OTHER_ID = '3b0021001747353236343033';

const profile: StationProfile = {
  id: 'p1',
  ssid: 'Workshop',
  ssidHex: Buffer.from('Workshop').toString('hex'),
  security: 0x00400004,
  securityName: describeSecurity(0x00400004),
  channel: 6,
  auth: 'personal',
  hasSecret: true,
};

const stopped: StationState = {
  status: 'stopped',
  config: null,
  activity: m('station.activity.stopped'),
  waitingFor: null,
  pendingLabel: null,
  current: null,
  verifying: [],
  attention: [],
  recent: [],
  last: null,
  tally: {
    since: '2026-01-01T08:00:00.000Z',
    done: 0,
    passed: 0,
    failed: 0,
    medianSeconds: null,
    devicesPerHour: null,
  },
  question: null,
  problem: null,
  carriedOver: 2,
  retryable: 0,
};

const failedUnit = (): StationUnit => {
  const description = describeOutcome({
    kind: 'configured-not-online',
    deviceId: OTHER_ID,
    waitedMs: 90_000,
  });
  return {
    runId: 'run-2',
    deviceSsid: 'Photon-M2RX',
    deviceId: OTHER_ID,
    label: null,
    stage: 'done',
    phase: 'verify',
    detail: null,
    startedAt: new Date(Date.now() - 60_000).toISOString(),
    endedAt: new Date().toISOString(),
    outcome: 'configured-not-online',
    passed: false,
    title: description.title,
    sentence: description.sentence,
  };
};

const running = (): StationState => ({
  ...stopped,
  status: 'running',
  config: { profileId: 'p1', network: 'Workshop', requireLabel: true, confirmIdentity: false },
  activity: m('station.activity.waiting'),
  waitingFor: 'device',
  pendingLabel: DEVICE_ID,
  verifying: [
    {
      ...failedUnit(),
      runId: 'run-3',
      deviceId: DEVICE_ID,
      deviceSsid: 'Photon-K7QD',
      stage: 'verifying',
      detail: m('station.checking-after-restart'),
      endedAt: null,
      outcome: null,
      passed: null,
      title: null,
      sentence: null,
    },
  ],
  attention: [failedUnit()],
  recent: [failedUnit()],
  last: failedUnit(),
  tally: {
    since: '2026-01-01T08:00:00.000Z',
    done: 1234,
    passed: 1200,
    failed: 34,
    medianSeconds: 41.6,
    devicesPerHour: 80.2,
  },
  carriedOver: 0,
  retryable: 1,
});

async function openStation(state: StationState, handlers: Handlers = {}, locale: Locale = 'en') {
  const app = await renderApp({
    'account.current': () => developer,
    'profiles.list': () => [profile],
    'station.state': () => state,
    ...handlers,
  });
  const tab = formatMessage(locale, m('ui.tabs.station'));
  await app.user.click(screen.getByRole('button', { name: tab }));
  return app;
}

describe('Station', () => {
  it('before a tray: who the units go to, each network in words, the units carried over', async () => {
    await openStation(stopped);
    expect((await screen.findByTestId('station-owner')).textContent).toBe('demo@example.com');
    const network = screen.getByLabelText(/^Network for every unit/);
    expect(
      within(network)
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual(['Choose…', 'Workshop — WPA2 Personal (AES), channel 6']);
    expect(
      screen.getByText(
        '2 units from before the restart will be checked with the cloud when the station starts.',
      ),
    ).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Start station' })).toHaveProperty('disabled', true);
    expect(screen.getByRole('heading', { name: /^This shift/ }).textContent).toMatch(/since /);
  });

  it('running: the FAIL tile with its reason, every unit’s step, the tally in this language’s digits', async () => {
    await openStation(running());
    const tile = await screen.findByTestId('station-tile');
    expect(tile.dataset.mode).toBe('fail');
    expect(within(tile).getByText('FAIL')).toBeTruthy();
    expect(tile.textContent).toContain('Configured, but not seen online.');
    expect(tile.textContent).toContain(`Device ${OTHER_ID} took the Wi-Fi settings`);
    expect(screen.getByText('Every unit gets Workshop, label required.')).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Being checked (1)' })).toBeTruthy();
    expect(screen.getByTestId('station-verifying').textContent).toContain(
      'Checking with the cloud — Check with the cloud',
    );
    expect(screen.getByTestId('station-verifying').textContent).toContain(
      'Checking again after a restart.',
    );
    expect(screen.getByRole('heading', { name: 'Needs you (1)' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Retry failed (1)' })).toBeTruthy();
    expect(screen.getByTestId('tally-done').textContent).toBe('1,234');
    expect(screen.getByTestId('tally-pace').textContent).toBe('42');
    expect(screen.getByTestId('tally-rate').textContent).toBe('80');
    expect(
      screen.getByText(`Next unit: label ${DEVICE_ID}. It must match the device's own id.`),
    ).toBeTruthy();
    expect(
      screen.getByRole('button', { name: 'Stop (cancels the unit being set up now)' }),
    ).toBeTruthy();
  });

  it('a refused label says why beside the field, in the core’s words', async () => {
    const { user } = await openStation(running(), {
      'station.label': () =>
        Promise.reject(
          refusal(m('station.label-invalid', { problem: m('validate.device-id.characters') })),
        ) as never,
    });
    await user.type(await screen.findByLabelText('Label of the next unit (scan it)'), 'zz{Enter}');
    expect(
      await screen.findByText(
        'A device id has only the characters 0-9 and a-f. Scan the device-id code on the label (24 characters, 0-9 and a-f).',
      ),
    ).toBeTruthy();
  });

  it('the rainbow question names the device (as code) and the keys', async () => {
    const { bridge } = await openStation(running());
    await screen.findByTestId('station-tile');
    act(() =>
      bridge.emit('station.changed', {
        ...running(),
        question: {
          runId: 'run-3',
          deviceId: DEVICE_ID,
          deviceSsid: 'Photon-K7QD',
          until: new Date(Date.now() + 30_000).toISOString(),
        },
      }),
    );
    const question = await screen.findByTestId('station-question');
    expect(within(question).getByRole('heading').textContent).toBe(
      'Is the unit in your hand flashing rainbow?',
    );
    expect(within(question).getByText(DEVICE_ID).tagName).toBe('SPAN');
    expect(question.textContent).toMatch(
      new RegExp(
        `^.*Device ${DEVICE_ID} \\(Photon-K7QD\\) is online and should be flashing rainbow now\\. (30|29) s left to answer\\.`,
      ),
    );
    await waitFor(() => expect(document.activeElement?.textContent).toBe('Yes, it is (Y)'));
    expect(within(question).getByRole('button', { name: 'No (N)' })).toBeTruthy();
  });

  it('speaks the language Settings chose: the core’s outcome titles too, and German digits', async () => {
    await openStation(
      running(),
      { 'settings.get': () => settingsSchema.parse({ language: 'de' }) },
      'de',
    );
    const tile = await screen.findByTestId('station-tile');
    await waitFor(() =>
      expect(tile.textContent).toContain(
        formatMessage('de', m('outcome.configured-not-online.title')),
      ),
    );
    expect(screen.getByTestId('tally-done').textContent).toBe('1.234');
  });
});

describe('Station: the shift report', () => {
  const first = success().record;
  const second = {
    ...rejected('run-2').record,
    startedAt: '2026-01-01T00:01:00.000Z',
    endedAt: '2026-01-01T00:01:12.000Z',
    operator: 'Bo',
    station: 'Line 3',
  };
  const page = { records: [first, second], skippedLines: 0 };
  /** What the core is asked for the form filled in below: local midnights around the days. */
  const asked = {
    from: new Date(2026, 0, 1).toISOString(),
    to: new Date(2026, 0, 3).toISOString(),
    station: 'Line 3',
    operator: 'Bo',
  };

  /** The report's form, filled in: two days, a station (spaces around it), an operator. */
  async function fillReport(user: Awaited<ReturnType<typeof openStation>>['user']) {
    const report = await screen.findByRole('region', { name: 'Shift report' });
    fireEvent.change(within(report).getByLabelText('From'), { target: { value: '2026-01-01' } });
    fireEvent.change(within(report).getByLabelText('To'), { target: { value: '2026-01-02' } });
    const station = within(report).getByRole('textbox', { name: 'Station' });
    await user.clear(station);
    await user.type(station, ' Line 3 ');
    await user.type(within(report).getByRole('textbox', { name: 'Operator' }), 'Bo');
    return report;
  }

  it('is asked of the core through the store, and shows its totals, outcomes and runs', async () => {
    const { user, bridge } = await openStation(stopped, { 'history.query': () => page });
    const report = await fillReport(user);
    await user.click(within(report).getByRole('button', { name: 'Show report' }));
    const body = await screen.findByTestId('station-report');
    expect(bridge.callsTo('history.query')).toEqual([asked]);
    expect(
      within(body).getByText('2 units, 1 passed, 1 failed; median 60 s per unit; 100 per hour.'),
    ).toBeTruthy();
    expect(within(body).getByText('Online and claimed: 1')).toBeTruthy();
    const rows = within(body).getAllByRole('row').slice(1);
    expect(rows.map((row) => within(row).getAllByRole('cell')[3]?.textContent)).toEqual([
      '—',
      'Bo · Line 3',
    ]);
    expect(rows[0]?.textContent).toContain(DEVICE_ID);
  });

  it('a failed query says the core’s sentence; days the wrong way round say so, with no call', async () => {
    const { user, bridge } = await openStation(stopped, {
      'history.query': () =>
        Promise.reject(refusal(m('core.internal', { kind: 'audit' }))) as never,
    });
    const report = await fillReport(user);
    await user.click(within(report).getByRole('button', { name: 'Show report' }));
    expect((await within(report).findByRole('alert')).textContent).toBe(
      'Photon Setup hit an internal problem (audit). Restart the app if this stays.',
    );
    expect(screen.queryByTestId('station-report')).toBeNull();

    fireEvent.change(within(report).getByLabelText('From'), { target: { value: '2026-01-03' } });
    await user.click(within(report).getByRole('button', { name: 'Show report' }));
    expect(within(report).getByRole('alert').textContent).toBe(
      'Choose a first day on or before the last day.',
    );
    expect(bridge.callsTo('history.query')).toHaveLength(1);
  });

  it('exports the core’s CSV as it wrote it (English columns, byte-order mark)', async () => {
    const csv = '\uFEFFtime,type,station\r\n2026-01-01T00:00:00.000Z,run,Line 3\r\n';
    const { user, bridge } = await openStation(stopped, {
      'history.query': () => page,
      'history.exportCsv': () => ({ fileName: 'shift-2026-01-01.csv', csv }),
    });
    const downloads = catchDownloads();
    const { blobs, names } = downloads;
    try {
      const report = await fillReport(user);
      await user.click(within(report).getByRole('button', { name: 'Show report' }));
      await user.click(await screen.findByRole('button', { name: 'Export CSV' }));
      await waitFor(() => expect(names).toEqual(['shift-2026-01-01.csv']));
      expect(bridge.callsTo('history.exportCsv')).toEqual([asked]);
      expect(new Uint8Array(await blobs[0]!.arrayBuffer())).toEqual(new TextEncoder().encode(csv));
      expect(within(report).queryByRole('alert')).toBeNull();
    } finally {
      downloads.restore();
    }
  });

  it('is forgotten when the view is left, as a new form starts empty', async () => {
    const { user } = await openStation(stopped, { 'history.query': () => page });
    const report = await fillReport(user);
    await user.click(within(report).getByRole('button', { name: 'Show report' }));
    await screen.findByTestId('station-report');
    await user.click(screen.getByRole('button', { name: 'History' }));
    await screen.findByTestId('history-table');
    await user.click(screen.getByRole('button', { name: 'Station' }));
    await screen.findByRole('region', { name: 'Shift report' });
    expect(screen.queryByTestId('station-report')).toBeNull();
  });
});
