import { useAppState } from '../store/store-context';

/** Simulation and lost-connection notices: the two things an operator must never miss. */
export function StatusBanners() {
  const simulated = useAppState((state) => state.info?.simulated === true);
  const connection = useAppState((state) => state.connection);
  return (
    <>
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
