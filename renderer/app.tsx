import { useEffect, useRef, useState } from 'react';
import type { Locale } from '../shared/i18n';
import type { Bridge } from './bridge';
import { AppHeader } from './components/app-header';
import { useFocusOnChange } from './components/focus';
import { LiveRegion } from './components/live-region';
import { ReadinessPanel } from './components/readiness-panel';
import { StatusBanners } from './components/status-banners';
import { StepRail } from './components/step-rail';
import { useDocumentLanguage } from './i18n/use-t';
import { createAppStore } from './store/app-store';
import { AppStoreContext, useAppState, useCurrentStep } from './store/store-context';
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

interface AppProps {
  bridge: Bridge;
  storage?: Storage | null;
  /** A language the page's address asks for (`?lang=`, renderer/i18n/address-locale.ts). */
  languageOverride?: Locale | null;
}

export function App({ bridge, storage, languageOverride = null }: AppProps) {
  const [store] = useState(() => createAppStore(bridge, storage, languageOverride));
  useEffect(() => store.getState().start(), [store]);

  return (
    <AppStoreContext.Provider value={store}>
      <DocumentLanguage />
      <div className="app">
        <AppHeader />
        <StatusBanners />
        <Screen />
        <LiveRegion />
      </div>
    </AppStoreContext.Provider>
  );
}

/** <html lang> follows the window's language (screen readers, hyphenation, CJK font choice). */
function DocumentLanguage() {
  useDocumentLanguage();
  return null;
}

function Screen() {
  const view = useAppState((state) => state.view);
  const step = useCurrentStep();
  const main = useRef<HTMLElement>(null);
  // Every change of screen puts focus on the new one, never back on <body>.
  useFocusOnChange(view === 'setup' ? `setup:${step}` : view, main);

  if (view === 'station')
    return (
      <main className="content content-wide content-station" ref={main}>
        <StationView />
      </main>
    );
  if (view !== 'setup')
    return (
      <main className={`content${view === 'settings' ? '' : ' content-wide'}`} ref={main}>
        {view === 'history' && <HistoryView />}
        {view === 'returns' && <ReturnsView />}
        {view === 'settings' && <SettingsView />}
      </main>
    );
  return (
    <div className="layout">
      <StepRail />
      <main className="content" aria-labelledby="step-title" ref={main}>
        <StepIntro />
        {step === 'account' && <AccountStep />}
        {step === 'wifi' && <WifiStep />}
        {step === 'find' && <FindStep />}
        {step === 'setup' && <SetupStep />}
        {step === 'result' && <ResultStep />}
        <FirstRunReadiness step={step} />
      </main>
    </div>
  );
}

/** "Before you start" beside the first steps, until this window has set up a device. */
function FirstRunReadiness({ step }: { step: string }) {
  const firstRunDone = useAppState(
    (state) => state.memory.devicesThisSession > 0 || state.run !== null,
  );
  if (firstRunDone || (step !== 'account' && step !== 'find')) return null;
  return <ReadinessPanel />;
}
