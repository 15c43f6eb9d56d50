import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app';
import { createBridge } from './bridge';
import { localeFromAddress } from './i18n/address-locale';
import { loadLanguage, negotiateLocale } from '../shared/i18n';
import './styles/app.css';
import './styles/wizard.css';
import './styles/led.css';

const container = document.getElementById('root');
// A developer's message (never shown to an operator: the page is ours), so English.
if (container === null) throw new Error('index.html has no #root element');
const languageOverride = localeFromAddress(window.location.search);
// The first screen in its language, not English for a moment: the language the window will most
// likely speak (the address's, else the browser's) is loaded before it is drawn. Settings may
// choose another, which then loads on its own; a chunk that fails leaves English, never a blank.
// Bounded: a chunk that never arrives must not keep the window blank (it then starts in English
// and says everything again once the language is in).
const FIRST_LANGUAGE_WAIT_MS = 2_000;
void Promise.race([
  loadLanguage(languageOverride ?? negotiateLocale([...navigator.languages])),
  new Promise((resolve) => setTimeout(resolve, FIRST_LANGUAGE_WAIT_MS)),
])
  .catch(() => undefined)
  .finally(render);

function render(): void {
  if (container === null) return;
  createRoot(container).render(
    <StrictMode>
      <App
        bridge={createBridge()}
        storage={window.sessionStorage}
        languageOverride={languageOverride}
      />
    </StrictMode>,
  );
}
