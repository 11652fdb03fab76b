// First: it starts the app.boot call while the rest of the bundle is evaluated.
import { earlyBoot } from './app/early-boot';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { ApiProvider } from './app/api-context';
import { App } from './app/App';
import { QueryProvider } from './app/query/QueryProvider';
import { saveWatch } from './features/data/save-watch';
import { initI18n } from './i18n/i18n';
import { languageFromLocale } from './i18n/resolve-language';
import './styles.css';

// The system language until the stored settings arrive (they may say otherwise).
initI18n(languageFromLocale(navigator.language));
// Watched so the storage warning can read the health right after each change.
const client = saveWatch.watch(earlyBoot.client);

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');
createRoot(container).render(
  <StrictMode>
    <ApiProvider client={client}>
      <QueryProvider>
        <App takeEarlyBoot={earlyBoot.takeEarlyBoot} />
      </QueryProvider>
    </ApiProvider>
  </StrictMode>,
);
