// Verify: the device online and owned, told from the cloud, the host's scan and a claim by id.
export { verify, type VerifyArgs } from './verify-device';
export type { Verdict, Verified } from './verdicts';
