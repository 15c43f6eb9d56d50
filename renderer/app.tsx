import { useEffect, useState } from 'react';
import type { Bridge } from './bridge';
import { AppHeader } from './components/app-header';
import { ReadinessPanel } from './components/readiness-panel';
import { StatusBanners } from './components/status-banners';
import { StepRail } from './components/step-rail';
import { createAppStore } from './store/app-store';
import { AppStoreContext } from './store/store-context';
import { StepIntro } from './steps/step-intro';

export function App({ bridge }: { bridge: Bridge }) {
  const [store] = useState(() => createAppStore(bridge));
  useEffect(() => store.getState().start(), [store]);

  return (
    <AppStoreContext.Provider value={store}>
      <div className="app">
        <AppHeader />
        <StatusBanners />
        <div className="layout">
          <StepRail />
          <main className="content">
            <StepIntro />
            <ReadinessPanel />
          </main>
        </div>
      </div>
    </AppStoreContext.Provider>
  );
}
