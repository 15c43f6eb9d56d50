// Station mode: a tray of Photons through the engine, one unit's trip after another.
export { resolveStationTimings, type StationTimings } from './constants';
export { Station } from './station-service';
export { STATION_JOURNAL_FILE_NAME } from './station-journal';
