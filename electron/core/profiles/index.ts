export { PROFILES_FILE_NAME, StationProfiles } from './station-profiles';
