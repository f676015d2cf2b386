import '@mantine/core/styles.css';
import './global.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app';

const container = document.getElementById('root');
if (!container) throw new Error('index.html must contain <div id="root"> for Lantern to mount into');

createRoot(container).render(
  <StrictMode>
    <App pathname={window.location.pathname} />
  </StrictMode>,
);
