import { useAppState } from '../store/store-context';
import { useSecondsUntil } from './seconds-until';

/** The core is waiting before it asks the cloud again: say so, and for how long. */
function CloudWaitBanner() {
  const waiting = useAppState((state) => state.cloudWaiting);
  const left = useSecondsUntil(waiting?.until ?? null, waiting?.seconds ?? null);
  if (waiting === null || left === 0) return null;
  return (
    <div className="banner banner-wait" role="status" data-testid="cloud-wait-banner">
      <strong>
        {waiting.reason === 'rate-limited'
          ? 'The Particle cloud asked Photon Setup to slow down.'
          : 'The Particle cloud did not answer properly.'}
      </strong>{' '}
      Trying “{waiting.operation}” again in {left} s. Nothing to do; Cancel still works.
    </div>
  );
}

/** Simulation, lost-connection and cloud-wait notices: what an operator must never miss. */
export function StatusBanners() {
  const simulated = useAppState((state) => state.info?.simulated === true);
  const connection = useAppState((state) => state.connection);
  return (
    <>
      <CloudWaitBanner />
      {connection === 'lost' && (
        <div className="banner banner-danger" role="alert">
          <strong>Disconnected.</strong> This window lost its connection to Photon Setup. Restart it
          (for example <code>npm run demo</code>) and open the new link it prints.
        </div>
      )}
      {simulated && (
        <div className="banner banner-sim" role="note" data-testid="simulation-banner">
          <strong>Simulation.</strong> Devices, the Particle cloud and Wi-Fi are simulated on this
          computer — nothing real is contacted or changed.
        </div>
      )}
    </>
  );
}
