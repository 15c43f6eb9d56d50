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
void loadLanguage(languageOverride ?? negotiateLocale([...navigator.languages]))
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
