// The cloud module's public surface; import from here rather than from individual files.
export { createCloudClient, type CloudClient, type CloudClientOptions } from './cloud-client';
export * from './constants';
export { CloudError } from './errors';
export type { CloudEvent } from './cloud-event';
export {
  type CloudEventStream,
  type EventStreamOptions,
  type StreamScope,
  type StreamState,
} from './event-stream';
export { isOnlineEvent, waitForDeviceOnline } from './wait-online';
export { createReachCloud } from './reach-cloud';
export { createRedactor } from './redact';
export type { Renewal, TokenKeeper } from './token-keeper';
export type { FetchLike } from './transport';
export type * from './types';
