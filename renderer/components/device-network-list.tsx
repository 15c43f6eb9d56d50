import type { DeviceNetwork } from '../../shared/provisioning';
import { displaySsid } from '../../shared/ssid-text';
import { LockIcon, SignalBars } from './signal-bars';

interface Props {
  networks: readonly DeviceNetwork[];
  onPick(network: DeviceNetwork): void;
}

/**
 * The networks the Photon itself can see (its scan-ap), strongest first. Names are shown with
 * control and bidi characters escaped; two names that read alike are still two rows (by bytes).
 * The first row takes focus when the list appears.
 */
export function DeviceNetworkList({ networks, onPick }: Props) {
  if (networks.length === 0)
    return (
      <p className="empty" role="status">
        The Photon sees no network. It only sees 2.4 GHz: move it closer to the access point, or use
        “Other network…”.
      </p>
    );
  return (
    <ul className="network-list" aria-label="Networks the Photon can see">
      {networks.map((network, index) => (
        <li key={network.ssidHex}>
          <button
            type="button"
            className="network-row"
            onClick={() => onPick(network)}
            {...(index === 0 ? { 'data-autofocus': true } : {})}
          >
            <SignalBars bars={network.bars} rssi={network.rssi} />
            <span className="network-name">{displaySsid(network.ssid)}</span>
            <span className="network-security">
              <LockIcon locked={network.requiresPassword || network.enterprise} />{' '}
              {network.securityName}
            </span>
            <span className="network-channel">
              {network.channel > 0 ? `ch ${network.channel}` : ''}
            </span>
          </button>
        </li>
      ))}
    </ul>
  );
}
