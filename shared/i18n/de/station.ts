import type { AreaTexts } from '../define';
import type { EN_STATION } from '../en/station';

export const DE_STATION: AreaTexts<typeof EN_STATION> = {
  'station.no-question': 'No unit is waiting for that answer now.', // TODO(translate)
  'station.already-running': 'The station is already running.', // TODO(translate)
  'station.still-stopping': 'The station is still finishing the units it started. Wait a moment, then start it again.', // TODO(translate)
  'station.no-wifi': 'Station mode needs Photon Setup to switch this computer’s Wi-Fi, which it cannot do here.', // TODO(translate)
  'station.no-profile': 'That saved network is gone. Choose another one, or save it again.', // TODO(translate)
  'station.loop-stopped': 'The station stopped unexpectedly. Start it again.', // TODO(translate)
  'station.label-invalid': '{problem} Scan the device-id code on the label (24 characters, 0-9 and a-f).', // TODO(translate)
  'station.busy': 'Units are still being set up or checked. Start a new shift when they are done.', // TODO(translate)
  'station.unit-not-started': 'The next unit could not be started. Start the station again.', // TODO(translate)
  'station.checking-after-restart': 'Checking again after a restart.', // TODO(translate)
  'station.activity.carried-over': '{count, plural, one {# unit} other {# units}} from before the restart will be checked with the cloud when the station starts.', // TODO(translate)
  'station.activity.stopped': 'The station is stopped.', // TODO(translate)
  'station.activity.stopping': 'Stopping: finishing the checks of the units already set up.', // TODO(translate)
  'station.activity.a-unit': 'a unit', // TODO(translate)
  'station.activity.setting-up': 'Setting up {unit}.', // TODO(translate)
  'station.activity.setting-up-label': 'Setting up {unit} (label {label}).', // TODO(translate)
  'station.activity.scan-label': 'Scan the label of the next unit.', // TODO(translate)
  'station.activity.waiting': 'Waiting for the next Photon in listening mode (blinking dark blue).', // TODO(translate)
  'station.activity.waiting-label': 'Label {label} scanned: waiting for its Photon in listening mode.', // TODO(translate)
};
