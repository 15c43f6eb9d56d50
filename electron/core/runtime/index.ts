// The core's runtime toolkit: errors for the operator, cancellation, time, and device access.
export { OperatorError } from './operator-error';
export { abortable, Cancelled, isCancelled, throwIfAborted } from './cancelled';
export { systemClock, type Clock } from './clock';
export { withDeadline } from './deadline';
export { Doorbell } from './doorbell';
export { DeviceAccess, DeviceBusyError } from './device-access';
