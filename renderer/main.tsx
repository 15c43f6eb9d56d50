import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app';
import { createBridge } from './bridge';
import { localeFromAddress } from './i18n/address-locale';
import './styles/app.css';
import './styles/wizard.css';
import './styles/led.css';

const container = document.getElementById('root');
// A developer's message (never shown to an operator: the page is ours), so English.
if (container === null) throw new Error('index.html has no #root element');
createRoot(container).render(
  <StrictMode>
    <App
      bridge={createBridge()}
      storage={window.sessionStorage}
      languageOverride={localeFromAddress(window.location.search)}
    />
  </StrictMode>,
);
