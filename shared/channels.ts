// The names of the contract's channels and events, and nothing else: the preload bundles this
// file alone (no zod, no schemas). shared/contract.ts maps each name to its schema and types,
// and fails to compile when a name is missing there or an extra one appears.
export const REQUEST_CHANNELS = [
  'app.info',
  'system.check',
  'system.act',
  'settings.get',
  'settings.update',
  'account.current',
  'account.connect',
  'account.completeMfa',
  'account.signOut',
  'account.setCustomer',
  'profiles.list',
  'profiles.save',
  'profiles.delete',
  'device.find',
  'provision.start',
  'provision.chooseNetwork',
  'provision.rescan',
  'provision.cancel',
  'provision.current',
  'history.query',
  'history.exportCsv',
  'returns.lookup',
  'returns.readDeviceId',
  'returns.plan',
  'returns.execute',
  'diagnostics.collect',
  'returns.current',
  'station.state',
  'station.start',
  'station.stop',
  'station.label',
  'station.answer',
  'station.retryFailed',
  'station.newShift',
] as const;

const EVENT_NAMES = [
  'system.checked',
  'run.progress',
  'run.led',
  'run.networks',
  'run.outcome',
  'returns.progress',
  'cloud.waiting',
  'station.changed',
] as const;

export type RequestChannel = (typeof REQUEST_CHANNELS)[number];
export type EventName = (typeof EVENT_NAMES)[number];

export const isRequestChannel = (value: unknown): value is RequestChannel =>
  typeof value === 'string' && (REQUEST_CHANNELS as readonly string[]).includes(value);
export const isEventName = (value: unknown): value is EventName =>
  typeof value === 'string' && (EVENT_NAMES as readonly string[]).includes(value);

/** The Electron IPC channel that carries an event (requests use the channel name itself). */
export const ipcEventChannel = (event: EventName): string => `event:${event}`;
