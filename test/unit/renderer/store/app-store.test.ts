// The one store: rehydration at start, every core event, every channel's failure, and the
// navigation table that derives the step on screen.
import { describe, expect, it, vi } from 'vitest';
import { createAppStore } from '../../../../renderer/store/app-store';
import { canGoTo, currentStep } from '../../../../renderer/store/navigation';
import type { RequestKey } from '../../../../renderer/store/requests';
import type { AppState } from '../../../../renderer/store/state';
import {
  fakeBridge,
  memoryStorage,
  readyCheck,
  refusal,
  type FakeBridge,
} from '../support/fake-bridge';
import { catchDownloads } from '../support/downloads';
import {
  awaitingNetwork,
  developer,
  DEVICE_ID,
  led,
  lookup,
  networks,
  plan,
  productAccount,
  progress,
  rejected,
  released,
  RETURNED_ID,
  RUN_ID,
  success,
} from '../support/fixtures';
import { formatMessage, m, type Message } from '../../../../shared/i18n';
import { describeSecurity } from '../../../../shared/security';
import { settingsSchema } from '../../../../shared/settings';

/** A sentence the store keeps as a Message, as an English window shows it. */
const english = (message: Message | null | undefined): string | null =>
  message === null || message === undefined ? null : formatMessage('en', message);

async function startedStore(bridge: FakeBridge, storage = memoryStorage()) {
  const store = createAppStore(bridge, storage);
  store.getState().start();
  await vi.waitFor(() => expect(store.getState().info).not.toBeNull());
  return { store, storage, state: () => store.getState() };
}

const step = (state: AppState) => currentStep(state);

const runningSnapshot = () => ({
  runId: RUN_ID,
  progress: awaitingNetwork(),
  led: led(),
  networks: networks(),
  outcome: null,
});

describe('start-up', () => {
  it('rehydrates a running run from provision.current: the window opens on it, not on Account', async () => {
    const bridge = fakeBridge({
      'account.current': () => developer,
      'provision.current': runningSnapshot,
    });
    const { state } = await startedStore(bridge);
    await vi.waitFor(() => expect(state().run?.runId).toBe(RUN_ID));
    expect(step(state())).toBe('setup');
    expect(state().run?.networks?.networks[0]?.ssid).toBe('Workshop');
    expect(state().readiness).toEqual(readyCheck);
    expect(state().account).toEqual(developer);
  });

  it('shows a finished run again only in the window that showed it (a reload), not in a new one', async () => {
    const finished = () => ({
      runId: RUN_ID,
      progress: progress('verify'),
      led: null,
      networks: null,
      outcome: success(),
    });
    const fresh = await startedStore(fakeBridge({ 'provision.current': finished }));
    await vi.waitFor(() => expect(fresh.state().requests.readiness.busy).toBe(false));
    expect(fresh.state().run).toBeNull();

    const storage = memoryStorage({
      'photon-setup.window': JSON.stringify({ shownRunId: RUN_ID, place: 'find' }),
    });
    const reloaded = await startedStore(fakeBridge({ 'provision.current': finished }), storage);
    await vi.waitFor(() => expect(reloaded.state().run?.outcome?.outcome.kind).toBe('success'));
    expect(step(reloaded.state())).toBe('result');
  });

  it('a snapshot never overwrites what an event already said', async () => {
    let answer: (value: unknown) => void = () => undefined;
    const bridge = fakeBridge({
      'provision.current': () =>
        new Promise((resolve) => (answer = resolve as typeof answer)) as never,
    });
    const { state } = await startedStore(bridge);
    bridge.emit('run.progress', progress('configure'));
    answer({
      runId: RUN_ID,
      progress: progress('talk'),
      led: led(),
      networks: null,
      outcome: null,
    });
    await vi.waitFor(() => expect(state().run?.led).not.toBeNull());
    expect(state().run?.progress?.phase).toBe('configure');
  });

  it('says so when the core cannot tell who it is', async () => {
    const store = createAppStore(
      fakeBridge({ 'app.info': () => Promise.reject(refusal(m('core.not-connected'))) as never }),
      memoryStorage(),
    );
    store.getState().start();
    await vi.waitFor(() =>
      expect(english(store.getState().infoError)).toMatch(/could not read its own details/),
    );
  });
});

describe('core events', () => {
  it('system.checked, cloud.waiting and the connection land in the state', async () => {
    const bridge = fakeBridge();
    const { state } = await startedStore(bridge);
    const failing = {
      ...readyCheck,
      ready: false,
      items: [{ ...readyCheck.items[0]!, status: 'fail' as const }],
    };
    bridge.emit('system.checked', failing);
    expect(state().readiness).toEqual(failing);
    const waiting = {
      operation: m('cloud.op.create-claim-code'),
      reason: 'rate-limited' as const,
      until: new Date().toISOString(),
      seconds: 5,
    };
    bridge.emit('cloud.waiting', waiting);
    expect(state().cloudWaiting).toEqual(waiting);
    bridge.setConnection('lost');
    expect(state().connection).toBe('lost');
  });

  it('run events adopt their run (also one another window started) and follow it to its outcome', async () => {
    const bridge = fakeBridge({ 'account.current': () => developer });
    const { state, storage } = await startedStore(bridge);
    bridge.emit('run.progress', progress('prepare'));
    expect(step(state())).toBe('setup');
    bridge.emit('run.led', led());
    bridge.emit('run.networks', networks());
    expect(state().run).toMatchObject({ runId: RUN_ID, led: led(), networks: networks() });
    bridge.emit('run.outcome', success());
    expect(step(state())).toBe('result');
    expect(state().memory.devicesThisSession).toBe(1);
    expect(JSON.parse(storage.getItem('photon-setup.window') ?? '{}')).toMatchObject({
      devicesThisSession: 1,
      shownRunId: RUN_ID,
    });
    // A failure does not count as a device set up.
    bridge.emit('run.progress', progress('prepare', {}, 'run-2'));
    bridge.emit('run.outcome', rejected('run-2'));
    expect(state().memory.devicesThisSession).toBe(1);
  });

  it('leaves a station unit’s run events to the Station view: no progress, result or count in Setup', async () => {
    const bridge = fakeBridge({ 'account.current': () => developer });
    const { state, storage } = await startedStore(bridge);
    await vi.waitFor(() => expect(state().account).not.toBeNull());
    const unit = 'station-unit-1';
    bridge.emit('run.progress', { ...progress('configure', {}, unit), origin: 'station' });
    bridge.emit('run.led', { ...led({}, unit), origin: 'station' });
    bridge.emit('run.networks', { ...networks(undefined, unit), origin: 'station' });
    bridge.emit('run.outcome', { ...success(unit), origin: 'station' });
    expect(state().run).toBeNull();
    expect(step(state())).not.toBe('setup');
    expect(step(state())).not.toBe('result');
    expect(state().memory.devicesThisSession).toBe(0);
    expect(storage.getItem('photon-setup.window') ?? '').not.toContain(unit);
    // The wizard's own run still arrives as before.
    bridge.emit('run.progress', progress('prepare'));
    expect(state().run?.runId).toBe(RUN_ID);
  });

  it('"Sign in first" from another view shows the wizard, even when Account is already its step', async () => {
    const { state } = await startedStore(fakeBridge());
    state().showView('station');
    expect(step(state())).toBe('account');
    state().goTo('account');
    expect(state().view).toBe('setup');
  });

  it('ignores late events of a run the operator already left', async () => {
    const bridge = fakeBridge({ 'account.current': () => developer });
    const { state } = await startedStore(bridge);
    await vi.waitFor(() => expect(state().account).not.toBeNull());
    bridge.emit('run.progress', progress('verify'));
    bridge.emit('run.outcome', success());
    state().dismissRun('find');
    bridge.emit('run.led', led());
    expect(state().run).toBeNull();
    expect(step(state())).toBe('find');
  });

  it('returns.progress replaces the returned unit being worked on', async () => {
    const bridge = fakeBridge();
    const { state } = await startedStore(bridge);
    bridge.emit('returns.progress', released());
    expect(state().activity?.report?.leftAs).toEqual({ owner: 'none', product: lookup.product });
  });
});

type Act = (s: AppState) => Promise<unknown>;

/** The shift report's form: two days, one station, anyone. */
const SHIFT = { from: '2026-01-01', to: '2026-01-02', station: ' Line 3 ', operator: '' };

describe('every channel’s failure shows the core’s sentence where the operator acted', () => {
  const cases: Array<[string, RequestKey, Act]> = [
    [
      'account.connect',
      'account',
      (s) => s.connectAccount({ method: 'token', accessToken: 'x'.repeat(40) }),
    ],
    ['account.completeMfa', 'account', (s) => s.completeMfa('123456')],
    ['account.signOut', 'account', (s) => s.signOut()],
    [
      'profiles.save',
      'profiles',
      (s) => s.saveProfile({ auth: 'personal', ssid: 'A', security: 0 }),
    ],
    ['profiles.delete', 'profiles', (s) => s.deleteProfile('p1')],
    ['device.find', 'find', (s) => s.findDevices()],
    [
      'provision.start',
      'run',
      async (s) => {
        s.selectDevice('Photon-K7QD');
        await s.startRun();
      },
    ],
    ['provision.chooseNetwork', 'run', (s) => s.chooseNetwork({ profileId: 'p1' }, false)],
    ['provision.rescan', 'rescan', (s) => s.rescan()],
    ['provision.cancel', 'run', (s) => s.cancelRun()],
    ['system.check', 'readiness', (s) => s.recheck()],
    [
      'returns.lookup',
      'lookup',
      async (s) => {
        s.setReturnsDraftId(RETURNED_ID);
        await s.lookUp();
      },
    ],
    ['device.find', 'photons', (s) => s.findPhotons()],
    ['returns.readDeviceId', 'readId', (s) => s.readIdFrom('Photon-R3TN')],
    [
      'returns.plan',
      'plan',
      async (s) => {
        s.setReturnsDraftId(RETURNED_ID);
        await s.lookUp();
        await s.planRelease();
      },
    ],
    ['returns.execute', 'release', (s) => s.runPlan()],
    [
      'account.setCustomer',
      'nextOwner',
      (s) => s.setUpForNextOwner({ kind: 'customer', email: 'n@example.com' }),
    ],
    ['account.signOut', 'nextOwner', (s) => s.setUpForNextOwner({ kind: 'other-account' })],
    ['history.query', 'history', (s) => s.loadHistory()],
    ['history.exportCsv', 'history', (s) => s.exportHistory()],
    ['history.query', 'shiftReport', (s) => s.queryShiftReport(SHIFT)],
    ['history.exportCsv', 'shiftReport', (s) => s.exportShiftReport(SHIFT)],
    ['settings.update', 'settings', (s) => s.saveSettings({ station: 'Line 3' })],
  ];

  it.each(cases)('%s → requests.%s', async (channel, key, act) => {
    const bridge = fakeBridge({
      'returns.lookup': () => lookup,
      'provision.current': runningSnapshot,
      'returns.current': () => ({ plan, running: false, report: null }),
    });
    const { state } = await startedStore(bridge);
    await vi.waitFor(() => expect(state().run).not.toBeNull());
    await vi.waitFor(() => expect(state().activity).not.toBeNull());
    bridge.answer(
      channel as 'app.info',
      () => Promise.reject(refusal(m('core.unknown-channel', { channel }))) as never,
    );
    await act(state());
    expect(state().requests[key]).toEqual({
      busy: false,
      error: m('core.unknown-channel', { channel }),
      fields: {},
    });
  });

  it('keeps the core’s per-field problems for the form, and is busy while the call runs', async () => {
    let finish: () => void = () => undefined;
    const bridge = fakeBridge({
      'settings.update': () =>
        new Promise((_resolve, reject) => {
          finish = () =>
            reject(
              refusal(m('core.invalid-argument', { channel: 'settings.update', problem: 'x' }), {
                station: m('validate.settings.station-too-long', { max: 64 }),
              }),
            );
        }) as never,
    });
    const { state } = await startedStore(bridge);
    const saving = state().saveSettings({ station: 'x' });
    expect(state().requests.settings.busy).toBe(true);
    finish();
    expect(await saving).toBe(false);
    expect(state().requests.settings.fields).toEqual({
      station: m('validate.settings.station-too-long', { max: 64 }),
    });
    expect(state().settingsSaved).toBe(false);
  });

  it('an error that is not the core’s still says something an operator can act on', async () => {
    const bridge = fakeBridge({
      'device.find': () => Promise.reject(new TypeError('x is undefined')) as never,
    });
    const { state } = await startedStore(bridge);
    await state().findDevices();
    expect(english(state().requests.find.error)).toBe(
      'Photon Setup could not reach its core. Restart the app.',
    );
  });
});

describe('the navigation table', () => {
  const facts = (patch: Partial<Parameters<typeof currentStep>[0]>) => ({
    place: 'find' as const,
    account: developer,
    run: null,
    ...patch,
  });

  it('derives the step from the state', () => {
    expect(currentStep(facts({ account: null }))).toBe('account');
    expect(currentStep(facts({}))).toBe('find');
    expect(currentStep(facts({ run: { outcome: null } }))).toBe('setup');
    expect(currentStep(facts({ run: { outcome: success() } }))).toBe('result');
  });

  it('lets the rail go back only outside a running setup, and past Account only when connected', () => {
    expect(canGoTo('account', facts({}))).toBe(true);
    expect(canGoTo('wifi', facts({}))).toBe(true);
    expect(canGoTo('find', facts({}))).toBe(false); // already there
    expect(canGoTo('account', facts({ run: { outcome: null } }))).toBe(false);
    expect(canGoTo('wifi', facts({ account: null, place: 'account' as never }))).toBe(false);
    expect(canGoTo('setup', facts({}))).toBe(false);
    expect(canGoTo('find', facts({ run: { outcome: success() } }))).toBe(true);
  });

  it('going back from a result leaves it, and the place is kept across a reload', async () => {
    const bridge = fakeBridge({ 'account.current': () => developer });
    const { state, storage } = await startedStore(bridge);
    await vi.waitFor(() => expect(state().account).not.toBeNull());
    bridge.emit('run.progress', progress('verify'));
    bridge.emit('run.outcome', success());
    state().goTo('wifi');
    expect(step(state())).toBe('wifi');
    expect(state().run).toBeNull();
    expect(JSON.parse(storage.getItem('photon-setup.window') ?? '{}')).toMatchObject({
      place: 'wifi',
      dismissedRunId: RUN_ID,
    });
    const again = await startedStore(fakeBridge({ 'account.current': () => developer }), storage);
    await vi.waitFor(() => expect(again.state().account).not.toBeNull());
    expect(step(again.state())).toBe('wifi');
  });
});

describe('setup actions', () => {
  it('starts with the chosen Photon, profile and known id, and shows the run at once', async () => {
    const bridge = fakeBridge({
      'account.current': () => developer,
      'provision.start': () => ({ runId: 'run-9' }),
    });
    const { state } = await startedStore(bridge);
    state().selectDevice('Photon-K7QD');
    state().selectProfile('p1');
    state().setKnownDeviceId(` ${DEVICE_ID} `);
    await state().startRun();
    expect(bridge.callsTo('provision.start')).toEqual([
      { device: { ssid: 'Photon-K7QD' }, profileId: 'p1', deviceId: DEVICE_ID },
    ]);
    expect(state().run?.runId).toBe('run-9');
    expect(step(state())).toBe('setup');
  });

  it('a retry after a reload uses the run’s own Photon; with none known it goes to Find and says why', async () => {
    const bridge = fakeBridge({
      'account.current': () => developer,
      'provision.start': () => ({ runId: 'run-2' }),
    });
    const { state } = await startedStore(bridge);
    await vi.waitFor(() => expect(state().account).not.toBeNull());
    bridge.emit('run.progress', progress('verify'));
    bridge.emit('run.outcome', rejected());
    await state().startRun();
    expect(bridge.callsTo('provision.start')[0]).toMatchObject({ device: { ssid: 'Photon-K7QD' } });

    bridge.emit('run.progress', progress('prepare', { deviceSsid: null }, 'run-3'));
    bridge.emit('run.outcome', rejected('run-3'));
    await state().startRun();
    expect(bridge.callsTo('provision.start')).toHaveLength(1);
    expect(step(state())).toBe('find');
    expect(english(state().requests.run.error)).toBe('Choose the Photon to set up first.');
  });

  it('keeps the selection when a rescan still sees it, and picks the only Photon found', async () => {
    const devices: Array<{ ssid: string; bars: 0 | 1 | 2 | 3 | 4 | null }> = [
      { ssid: 'Photon-K7QD', bars: 3 },
    ];
    const bridge = fakeBridge({
      'device.find': () => ({ devices: [...devices], ssidsReadable: true, hint: null }),
    });
    const { state } = await startedStore(bridge);
    await state().findDevices();
    expect(state().selectedDeviceSsid).toBe('Photon-K7QD');
    devices.push({ ssid: 'Photon-P4TW', bars: 2 });
    state().selectDevice('Photon-P4TW');
    await state().findDevices();
    expect(state().selectedDeviceSsid).toBe('Photon-P4TW');
  });

  it('saving a choice as a profile refreshes the profiles', async () => {
    const saved = {
      id: 'p1',
      ssid: 'Workshop',
      ssidHex: '576f726b73686f70',
      security: 4194308,
      securityName: describeSecurity(4194308),
      channel: 0,
      auth: 'personal' as const,
      hasSecret: true,
    };
    const bridge = fakeBridge({
      'provision.chooseNetwork': () => null,
      'provision.current': runningSnapshot,
    });
    const { state } = await startedStore(bridge);
    await vi.waitFor(() => expect(state().run).not.toBeNull());
    bridge.answer('profiles.list', () => [saved]);
    const network = { auth: 'personal' as const, ssid: 'Workshop', security: 4194308 };
    expect(await state().chooseNetwork({ ...network, password: 'pw-12345' }, true)).toBe(true);
    await vi.waitFor(() => expect(state().profiles).toEqual([saved]));
  });
});

describe('returned units', () => {
  it('refuses a malformed id before any call, with the shared rule’s words', async () => {
    const bridge = fakeBridge();
    const { state } = await startedStore(bridge);
    state().setReturnsDraftId('not-an-id');
    await state().lookUp();
    expect(english(state().requests.lookup.error)).toBe(
      'A device id has only the characters 0-9 and a-f.',
    );
    expect(bridge.callsTo('returns.lookup')).toEqual([]);
  });

  it('hands a released unit to a new customer: the account changes, the id is carried, Account shows it', async () => {
    const bridge = fakeBridge({
      'account.current': () => productAccount,
      'returns.current': released,
      'account.setCustomer': (arg) => ({
        ...productAccount,
        owner: (arg as { customerEmail: string }).customerEmail,
      }),
    });
    const { state } = await startedStore(bridge);
    await vi.waitFor(() => expect(state().activity).not.toBeNull());
    state().showView('returns');
    expect(await state().setUpForNextOwner({ kind: 'customer', email: 'next@example.com' })).toBe(
      true,
    );
    expect(bridge.callsTo('account.setCustomer')).toEqual([{ customerEmail: 'next@example.com' }]);
    expect(state()).toMatchObject({
      view: 'setup',
      knownDeviceId: RETURNED_ID,
      account: { owner: 'next@example.com' },
      handoff: { deviceId: RETURNED_ID },
    });
    expect(step(state())).toBe('account');
  });

  it('another developer account signs out first; this account keeps the sign-in', async () => {
    const bridge = fakeBridge({
      'account.current': () => developer,
      'returns.current': released,
      'account.signOut': () => null,
    });
    const { state } = await startedStore(bridge);
    await vi.waitFor(() => expect(state().activity).not.toBeNull());
    await vi.waitFor(() => expect(state().account).not.toBeNull());
    await state().setUpForNextOwner({ kind: 'this-account' });
    expect(state().handoff).toEqual({ deviceId: RETURNED_ID });
    expect(state().account?.owner).toBe('demo@example.com');
    expect(bridge.callsTo('account.signOut')).toEqual([]);
    await state().setUpForNextOwner({ kind: 'other-account' });
    expect(bridge.callsTo('account.signOut')).toHaveLength(1);
    expect(state()).toMatchObject({
      account: null,
      handoff: { deviceId: RETURNED_ID },
    });
  });

  it('plans with the operator’s wants and keeps the report of the run', async () => {
    const bridge = fakeBridge({
      'returns.lookup': () => lookup,
      'returns.plan': () => plan,
      'returns.execute': () => released().report!,
    });
    const { state } = await startedStore(bridge);
    state().setReturnsDraftId(RETURNED_ID.toUpperCase());
    await state().lookUp();
    state().setWants({ removeFromProduct: true });
    await state().planRelease();
    expect(bridge.callsTo('returns.plan')).toEqual([
      { deviceId: RETURNED_ID, wants: { removeFromProduct: true, reAddToProduct: false } },
    ]);
    await state().runPlan();
    expect(state().activity?.report?.complete).toBe(true);
  });
});

describe('history and settings', () => {
  it('a reply to an older filter never replaces the newer one’s', async () => {
    const answers: Array<(value: unknown) => void> = [];
    const bridge = fakeBridge({
      'history.query': () =>
        new Promise((resolve) => answers.push(resolve as (v: unknown) => void)) as never,
    });
    const { state } = await startedStore(bridge);
    state().setHistoryFilter('2c00');
    state().setHistoryFilter('2c003a');
    answers[1]?.({ records: [], skippedLines: 2 });
    answers[0]?.({ records: [], skippedLines: 1 });
    await vi.waitFor(() => expect(state().history?.skippedLines).toBe(2));
    expect(bridge.callsTo('history.query')).toEqual([
      { deviceId: '2c00', limit: 500 },
      { deviceId: '2c003a', limit: 500 },
    ]);
  });

  it('"saved" follows a successful save and clears on the next edit; the account is re-read only when the cloud changed', async () => {
    const bridge = fakeBridge({
      'settings.update': (patch) => ({ ...settingsSchema.parse({}), ...(patch as object) }),
    });
    const { state } = await startedStore(bridge);
    const readsAtStart = bridge.callsTo('account.current').length;
    expect(await state().saveSettings({ station: 'Line 3' })).toBe(true);
    expect(state().settingsSaved).toBe(true);
    expect(state().settings?.station).toBe('Line 3');
    expect(bridge.callsTo('account.current')).toHaveLength(readsAtStart);
    state().editSettings();
    expect(state().settingsSaved).toBe(false);
    // A new cloud address signs the account out in the core: the window shows it at once.
    expect(await state().saveSettings({ cloudBaseUrl: 'http://127.0.0.1:1' })).toBe(true);
    expect(bridge.callsTo('account.current')).toHaveLength(readsAtStart + 1);
  });

  it('a language chosen is saved on its own: no "Saved." for the form, no account read, its own refusal', async () => {
    let refuse = false;
    const bridge = fakeBridge({
      'settings.update': (patch) => {
        if (refuse) return Promise.reject(refusal(m('core.not-connected'))) as never;
        return { ...settingsSchema.parse({}), ...(patch as object) };
      },
    });
    const { state } = await startedStore(bridge);
    const readsAtStart = bridge.callsTo('account.current').length;
    await state().chooseLanguage('de');
    expect(state().settings?.language).toBe('de');
    expect(state().settingsSaved).toBe(false);
    expect(state().requests.settings.error).toBeNull();
    expect(bridge.callsTo('account.current')).toHaveLength(readsAtStart);
    refuse = true;
    await state().chooseLanguage('zh-CN');
    expect(state().settings?.language).toBe('de');
    expect(state().requests.language.error).not.toBeNull();
    expect(state().requests.settings.error).toBeNull();
  });
});

describe('the shift report', () => {
  /** The core's query for SHIFT: local midnight before the first day to after the last. */
  const asked = {
    from: new Date(2026, 0, 1).toISOString(),
    to: new Date(2026, 0, 3).toISOString(),
    station: 'Line 3',
  };

  it('asks the core for the days, station and operator, and keeps its runs with their totals', async () => {
    const later = {
      ...rejected('run-2').record,
      startedAt: '2026-01-01T00:01:00.000Z',
      endedAt: '2026-01-01T00:01:12.000Z',
    };
    const bridge = fakeBridge({
      'history.query': () => ({
        records: [
          success().record,
          later,
          {
            type: 'action',
            id: 'a1',
            at: '2026-01-01T00:02:00.000Z',
            station: '',
            operator: '',
            deviceId: DEVICE_ID,
            step: 'release-from-owner',
            result: 'done',
            detail: '',
            appVersion: '0.1.0',
            simulated: true,
          },
        ],
        skippedLines: 0,
      }),
    });
    const { state } = await startedStore(bridge);
    await state().queryShiftReport(SHIFT);
    expect(bridge.callsTo('history.query')).toEqual([asked]);
    expect(state().shiftReport?.records.map((record) => record.id)).toEqual([RUN_ID, 'run-2']);
    expect(state().shiftReport?.tally).toEqual({
      since: asked.from,
      done: 2,
      passed: 1,
      failed: 1,
      medianSeconds: 60,
      devicesPerHour: 100,
    });
    expect(state().requests.shiftReport).toEqual({ busy: false, error: null, fields: {} });
  });

  it('days the wrong way round (or missing) are refused before any call, in the report’s words', async () => {
    const bridge = fakeBridge();
    const { state } = await startedStore(bridge);
    await state().queryShiftReport({ ...SHIFT, from: '2026-01-03' });
    expect(english(state().requests.shiftReport.error)).toBe(
      'Choose a first day on or before the last day.',
    );
    await state().exportShiftReport({ ...SHIFT, to: '' });
    expect(state().requests.shiftReport.error).toEqual(m('station.ui.report.range'));
    expect(bridge.callsTo('history.query')).toEqual([]);
    expect(bridge.callsTo('history.exportCsv')).toEqual([]);
  });

  it('an older reply never replaces the newer one’s, and a report whose form went is dropped', async () => {
    const answers: Array<(value: unknown) => void> = [];
    const bridge = fakeBridge({
      'history.query': () =>
        new Promise((resolve) => answers.push(resolve as (v: unknown) => void)) as never,
    });
    const { state } = await startedStore(bridge);
    const first = state().queryShiftReport(SHIFT);
    const second = state().queryShiftReport({ ...SHIFT, station: '' });
    expect(state().requests.shiftReport.busy).toBe(true);
    answers[1]?.({ records: [success().record], skippedLines: 0 });
    answers[0]?.({ records: [], skippedLines: 0 });
    await Promise.all([first, second]);
    expect(state().shiftReport?.tally.done).toBe(1);

    const third = state().queryShiftReport(SHIFT);
    state().clearShiftReport();
    answers[2]?.({ records: [success().record], skippedLines: 0 });
    await third;
    expect(state().shiftReport).toBeNull();
  });

  it('export saves the core’s CSV, as it wrote it, under the core’s file name', async () => {
    const csv = '\uFEFFtime,type,station\r\n2026-01-01T00:00:00.000Z,run,Line 3\r\n';
    const bridge = fakeBridge({
      'history.exportCsv': () => ({ fileName: 'shift-2026-01-01.csv', csv }),
    });
    const { state } = await startedStore(bridge);
    const downloads = catchDownloads();
    const { blobs, names } = downloads;
    try {
      await state().exportShiftReport(SHIFT);
      expect(bridge.callsTo('history.exportCsv')).toEqual([asked]);
      expect(names).toEqual(['shift-2026-01-01.csv']);
      expect(blobs[0]?.type).toBe('text/csv;charset=utf-8');
      expect(new Uint8Array(await blobs[0]!.arrayBuffer())).toEqual(new TextEncoder().encode(csv));
      expect(state().requests.shiftReport.error).toBeNull();
    } finally {
      downloads.restore();
    }
  });
});
