import { ApolloProvider } from '@apollo/client/react';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { createApolloClient } from './app/apollo';
import { I18nProvider } from './i18n/I18nProvider';
import './styles.css';

const client = createApolloClient();
// Everything the API wrote in the old language is in the cache: drop it and ask the shown queries
// again (the client sends the URL's language as Accept-Language).
const refetchInNewLanguage = () => client.resetStore();

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');

createRoot(root).render(
  <StrictMode>
    <ApolloProvider client={client}>
      <I18nProvider onLanguageChange={refetchInNewLanguage}>
        <App />
      </I18nProvider>
    </ApolloProvider>
  </StrictMode>,
);
