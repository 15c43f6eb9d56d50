import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app';
import { createBridge } from './bridge';
import './styles/app.css';
import './styles/wizard.css';
import './styles/led.css';

const container = document.getElementById('root');
if (container === null) throw new Error('index.html has no #root element');
createRoot(container).render(
  <StrictMode>
    <App bridge={createBridge()} storage={window.sessionStorage} />
  </StrictMode>,
);
