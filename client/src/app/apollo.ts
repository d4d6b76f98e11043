// The Apollo client: sends the planner token when one is set, and caches entities by id across kinds
// (every Entity has an id unique over all kinds, so Entity:<id> is safe).
import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { plannerToken } from './token';

const ENTITY_TYPES = [
  'Actor',
  'AgendaItem',
  'Condition',
  'Goal',
  'Initiative',
  'Meeting',
  'Milestone',
  'PortfolioSnapshot',
  'Risk',
  'StatusReport',
  'YearActivity',
];

/** The UI's language as the URL keeps it (?lang=en; bokmål otherwise), see i18n/I18nProvider.tsx. */
export function uiLanguage(
  search = typeof window === 'undefined' ? '' : window.location.search,
): 'nb' | 'en' {
  return new URLSearchParams(search).get('lang') === 'en' ? 'en' : 'nb';
}

export function createApolloClient(uri = '/graphql'): ApolloClient {
  const auth = new ApolloLink((operation, forward) => {
    const token = plannerToken();
    // The API answers (reasons, messages) in the UI's language, not the browser's.
    const language = uiLanguage();
    operation.setContext(({ headers = {} }: { headers?: Record<string, string> }) => ({
      headers: {
        ...headers,
        'accept-language': language,
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
    }));
    return forward(operation);
  });
  return new ApolloClient({
    link: ApolloLink.from([auth, new HttpLink({ uri })]),
    cache: new InMemoryCache({
      possibleTypes: { Entity: ENTITY_TYPES },
      typePolicies: {
        // Dates and sources are values, not entities.
        DateWithPrecision: { keyFields: false },
        RoadmapLane: { keyFields: false },
        GraphEdge: { keyFields: false },
        // A change's id is the node's (or relationship's) id, the same in every change set that
        // touched it: each change set's before → after must stay its own.
        EntityChange: { keyFields: false },
      },
    }),
  });
}
