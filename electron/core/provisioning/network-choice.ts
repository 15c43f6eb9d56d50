// The operator's (or the station profile's) network for the device: checked before it is
// accepted, completed from the device's own scan, and turned into configure-ap's input.
import { describeSecurity } from '../../../shared/security';
import type { DeviceNetwork, NetworkChoice } from '../../../shared/provisioning';
import { OperatorError } from '../runtime';
import { configureProblem, type ApInfo, type ConfigureNetwork } from '../softap';

function toConfigureNetwork(choice: NetworkChoice): ConfigureNetwork {
  const base = { ssid: choice.ssid, security: choice.security, channel: choice.channel ?? 0 };
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
  const seen = scan.find((entry) => entry.ssid === network.ssid);
  if (seen === undefined) return network;
  const channel = network.channel ?? 0;
  return { ...network, channel: channel === 0 ? seen.channel : channel };
}

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
  rssi: entry.rssi,
  bars: entry.bars,
  security: entry.security,
  securityName: entry.security === null ? entry.securityName : describeSecurity(entry.security),
  requiresPassword: entry.requiresPassword,
  enterprise: entry.enterprise,
  channel: entry.channel,
});
