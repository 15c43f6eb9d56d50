import type { DeviceNetwork } from '../../shared/provisioning';
import { displaySsid } from '../../shared/ssid-text';
import { useT } from '../i18n/use-t';
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
  const t = useT();
  if (networks.length === 0)
    return (
      <p className="empty" role="status">
        {t('ui.networks.none', { other: t('ui.networks.other-short') })}
      </p>
    );
  return (
    <ul className="network-list" aria-label={t('ui.networks.label')}>
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
              {t.msg(network.securityName)}
            </span>
            <span className="network-channel">
              {network.channel > 0 ? t('ui.networks.channel', { channel: network.channel }) : ''}
            </span>
          </button>
        </li>
      ))}
    </ul>
  );
}
