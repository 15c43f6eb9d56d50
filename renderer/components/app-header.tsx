import { useAppState } from '../store/store-context';
import { ProductMark } from './product-mark';
import { ViewTabs } from './view-tabs';

export function AppHeader() {
  const info = useAppState((state) => state.info);
  const infoError = useAppState((state) => state.infoError);
  return (
    <header className="app-header">
      <div className="brand">
        <ProductMark />
        <div>
          <h1 className="brand-name">{info?.name ?? 'Photon Setup'}</h1>
          <p className="brand-tagline">Wi-Fi and ownership for Particle Photons</p>
        </div>
      </div>
      <ViewTabs />
      <dl className="host-facts" aria-label="About this app">
        {info !== null && (
          <>
            <div>
              <dt>Version</dt>
              <dd data-testid="app-version">{info.version}</dd>
            </div>
            <div>
              <dt>Running as</dt>
              <dd data-testid="app-host">
                {info.host === 'desktop' ? 'Desktop app' : 'Web (browser)'}
              </dd>
            </div>
            <div>
              <dt>Mode</dt>
              <dd data-testid="app-mode">{info.simulated ? 'Simulated' : 'Real hardware'}</dd>
            </div>
          </>
        )}
        {infoError !== null && <p className="inline-error">{infoError}</p>}
      </dl>
    </header>
  );
}
