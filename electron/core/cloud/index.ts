// The cloud module's public surface; import from here rather than from individual files.
export { createCloudClient, type CloudClient, type CloudClientOptions } from './cloud-client';
export * from './constants';
export {
  CloudError,
  describeProblem,
  isCloudError,
  type CloudProblem,
  type CloudProblemKind,
} from './errors';
export type { CloudEvent } from './cloud-event';
export {
  streamPath,
  type CloudEventStream,
  type EventStreamOptions,
  type StreamScope,
  type StreamState,
} from './event-stream';
export { isOnlineEvent, waitForDeviceOnline, type WaitOnlineOptions } from './wait-online';
export { createRedactor, type Redactor } from './redact';
export type { Renewal, TokenKeeper } from './token-keeper';
export type { CloudLog, FetchLike, Sleep } from './transport';
export type * from './types';
