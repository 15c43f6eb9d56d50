// Verify: the device online and owned, told from the cloud, the host's scan and a claim by id.
export { verify } from './verify-device';
export type { Verified } from './verdicts';
