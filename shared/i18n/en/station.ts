import { msg } from '../define';

export const EN_STATION = {
  'station.no-question': msg('No unit is waiting for that answer now.'),
  'station.already-running': msg('The station is already running.'),
  'station.still-stopping': msg(
    'The station is still finishing the units it started. Wait a moment, then start it again.',
  ),
  'station.no-wifi': msg(
    'Station mode needs Photon Setup to switch this computer’s Wi-Fi, which it cannot do here.',
  ),
  'station.no-profile': msg('That saved network is gone. Choose another one, or save it again.'),
  'station.loop-stopped': msg('The station stopped unexpectedly. Start it again.'),
  'station.label-invalid': msg(
    '{problem} Scan the device-id code on the label (24 characters, 0-9 and a-f).',
    ['problem'],
  ),
  'station.busy': msg(
    'Units are still being set up or checked. Start a new shift when they are done.',
  ),
  'station.unit-not-started': msg('The next unit could not be started. Start the station again.'),
  'station.checking-after-restart': msg('Checking again after a restart.'),
  'station.activity.carried-over': msg(
    '{count, plural, one {# unit} other {# units}} from before the restart will be checked with the cloud when the station starts.',
    ['count'],
  ),
  'station.activity.stopped': msg('The station is stopped.'),
  'station.activity.stopping': msg('Stopping: finishing the checks of the units already set up.'),
  'station.activity.a-unit': msg('a unit'),
  'station.activity.setting-up': msg('Setting up {unit}.', ['unit']),
  'station.activity.setting-up-label': msg('Setting up {unit} (label {label}).', ['unit', 'label']),
  'station.activity.scan-label': msg('Scan the label of the next unit.'),
  'station.activity.waiting': msg(
    'Waiting for the next Photon in listening mode (blinking dark blue).',
  ),
  'station.activity.waiting-label': msg(
    'Label {label} scanned: waiting for its Photon in listening mode.',
    ['label'],
  ),
} as const;
