// The operator's (or the station profile's) network for the device: checked before it is
// accepted, completed from the device's own scan, and turned into configure-ap's input. An SSID
// that came from the scan travels as its bytes (ssidHex) and goes back as exactly those bytes.
import { m } from '../../../shared/i18n';
import { describeSecurity, isSendableSecurity } from '../../../shared/security';
import type { DeviceNetwork, NetworkChoice } from '../../../shared/provisioning';
import { bytesToHex, hexToBytes, ssidText, utf8Bytes } from '../../../shared/ssid-text';
import { OperatorError } from '../runtime';
import { configureProblem, type ApInfo, type ConfigureNetwork } from '../softap';

/** The bytes a choice's SSID is sent as: the scan's own, or the typed name's UTF-8. */
const choiceSsidBytes = (choice: { ssid: string; ssidHex?: string | undefined }): Uint8Array =>
  (choice.ssidHex === undefined ? null : hexToBytes(choice.ssidHex)) ?? utf8Bytes(choice.ssid);

function toConfigureNetwork(choice: NetworkChoice): ConfigureNetwork {
  const base = {
    ssid: choice.ssid,
    ...(choice.ssidHex === undefined ? {} : { ssidBytes: choiceSsidBytes(choice) }),
    security: choice.security,
    channel: choice.channel ?? 0,
  };
  switch (choice.auth) {
    case 'personal':
      return {
        ...base,
        auth: 'personal',
        ...(choice.password === undefined || choice.password === ''
          ? {}
          : { password: choice.password }),
      };
    case 'peap':
      return {
        ...base,
        auth: 'peap',
        innerIdentity: choice.innerIdentity,
        password: choice.password,
        outerIdentity: choice.outerIdentity,
        caCertificate: choice.caCertificate,
      };
    case 'eap-tls':
      return {
        ...base,
        auth: 'eap-tls',
        clientCertificate: choice.clientCertificate,
        privateKey: choice.privateKey,
        outerIdentity: choice.outerIdentity,
        caCertificate: choice.caCertificate,
      };
  }
}

/** Refuses a choice the device would refuse, with the field's sentence (the run keeps waiting). */
export function assertSendable(choice: NetworkChoice): ConfigureNetwork {
  // The readable name is what records and sentences show: it must be the one the bytes make.
  if (choice.ssidHex !== undefined && ssidText(choiceSsidBytes(choice)) !== choice.ssid)
    throw new OperatorError(m('run.ssid-bytes-mismatch'), 'invalid-ssid');
  const network = toConfigureNetwork(choice);
  const problem = configureProblem(network);
  if (problem !== null) throw new OperatorError(problem.problem, `invalid-${problem.field}`);
  return network;
}

/** The scan knows the channel (and a reliable security value) of networks it saw. */
export function completeFromScan(
  network: ConfigureNetwork,
  scan: readonly ApInfo[],
): ConfigureNetwork {
  const hex = bytesToHex(network.ssidBytes ?? utf8Bytes(network.ssid));
  const seen = scan.find((entry) => entry.ssidHex === hex);
  if (seen === undefined) return network;
  const channel = network.channel ?? 0;
  return { ...network, channel: channel === 0 ? seen.channel : channel };
}

/**
 * Everything configure-ap needs is already known — a real security value and a 2.4 GHz channel —
 * so the device's scan can be skipped: one fewer multi-second step, and no scan to wedge.
 */
export const fullyKnown = (choice: NetworkChoice | null): boolean =>
  choice !== null &&
  isSendableSecurity(choice.security) &&
  (choice.channel ?? 0) >= 1 &&
  (choice.channel ?? 0) <= 14;

/** The secrets a choice carries, for the audit log's guard. */
export function choiceSecrets(choice: NetworkChoice): string[] {
  switch (choice.auth) {
    case 'personal':
      return choice.password === undefined ? [] : [choice.password];
    case 'peap':
      return [choice.password];
    case 'eap-tls':
      return [choice.privateKey];
  }
}

export const toDeviceNetwork = (entry: ApInfo): DeviceNetwork => ({
  ssid: entry.ssid,
  ssidHex: entry.ssidHex,
  rssi: entry.rssi,
  bars: entry.bars,
  security: entry.security,
  securityName: entry.security === null ? entry.securityName : describeSecurity(entry.security),
  requiresPassword: entry.requiresPassword,
  enterprise: entry.enterprise,
  channel: entry.channel,
});
