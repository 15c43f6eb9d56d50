import { useEffect, useState } from 'react';
import type { Bridge } from './bridge';
import { AppHeader } from './components/app-header';
import { ReadinessPanel } from './components/readiness-panel';
import { StatusBanners } from './components/status-banners';
import { StepRail } from './components/step-rail';
import { createAppStore } from './store/app-store';
import { AppStoreContext, useAppState } from './store/store-context';
import { AccountStep } from './steps/account-step';
import { FindStep } from './steps/find-step';
import { ResultStep } from './steps/result-step';
import { SetupStep } from './steps/setup-step';
import { StepIntro } from './steps/step-intro';
import { WifiStep } from './steps/wifi-step';
import { HistoryView } from './views/history-view';
import { ReturnsView } from './views/returns-view';
import { SettingsView } from './views/settings-view';
import { StationView } from './views/station-view';

export function App({ bridge }: { bridge: Bridge }) {
  const [store] = useState(() => createAppStore(bridge));
  useEffect(() => store.getState().start(), [store]);

  return (
    <AppStoreContext.Provider value={store}>
      <div className="app">
        <AppHeader />
        <StatusBanners />
        <Screen />
      </div>
    </AppStoreContext.Provider>
  );
}

function Screen() {
  const view = useAppState((state) => state.view);
  const step = useAppState((state) => state.currentStep);
  const firstRunDone = useAppState((state) => state.devicesThisSession > 0 || state.run !== null);
  if (view === 'station')
    return (
      <main className="content content-wide content-station">
        <StationView />
      </main>
    );
  if (view === 'history')
    return (
      <main className="content content-wide">
        <HistoryView />
      </main>
    );
  if (view === 'returns')
    return (
      <main className="content content-wide">
        <ReturnsView />
      </main>
    );
  if (view === 'settings')
    return (
      <main className="content">
        <SettingsView />
      </main>
    );
  return (
    <div className="layout">
      <StepRail />
      <main className="content" aria-labelledby="step-title">
        <StepIntro />
        {step === 'account' && <AccountStep />}
        {step === 'wifi' && <WifiStep />}
        {step === 'find' && <FindStep />}
        {step === 'setup' && <SetupStep />}
        {step === 'result' && <ResultStep />}
        {!firstRunDone && (step === 'account' || step === 'find') && <ReadinessPanel />}
      </main>
    </div>
  );
}
