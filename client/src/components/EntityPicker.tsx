// A search-as-you-type combobox over the whole portfolio (search(text)); used by the header search,
// the graph's start point, the impact view and the dependency editor.
import { useQuery } from '@apollo/client/react';
import { useEffect, useId, useState } from 'react';
import { graphql } from '../gql/graphql';
import { useI18n } from '../i18n/I18nProvider';
import { format } from '../i18n/messages';
import { kindMessageKey } from './kinds';

export const SearchQuery = graphql(`
  query Search($text: String!, $kinds: [EntityKind!], $first: Int) {
    search(text: $text, kinds: $kinds, first: $first) {
      __typename
      id
      name
    }
  }
`);

export interface PickedEntity {
  __typename: string;
  id: string;
  name: string;
}

type EntityKind =
  | 'Actor'
  | 'AgendaItem'
  | 'Condition'
  | 'Goal'
  | 'Initiative'
  | 'Meeting'
  | 'Milestone'
  | 'Risk';

export function EntityPicker({
  label,
  kinds,
  onPick,
  placeholder,
  clearOnPick = true,
  hideLabel = false,
  testId,
}: {
  label: string;
  kinds?: EntityKind[];
  onPick(entity: PickedEntity): void;
  placeholder?: string;
  clearOnPick?: boolean;
  hideLabel?: boolean;
  testId?: string;
}) {
  const { t } = useI18n();
  const id = useId();
  const [text, setText] = useState('');
  const [debounced, setDebounced] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(text.trim()), 180);
    return () => clearTimeout(timer);
  }, [text]);
  const { data, loading } = useQuery(SearchQuery, {
    variables: { text: debounced, kinds: kinds ?? null, first: 12 },
    skip: debounced.length < 2,
  });
  const hits = debounced.length >= 2 ? (data?.search ?? []) : [];
  const expanded = open && debounced.length >= 2;

  const pick = (hit: PickedEntity) => {
    onPick(hit);
    setOpen(false);
    setText(clearOnPick ? '' : hit.name);
    setActive(0);
  };

  return (
    <div className="picker" data-testid={testId}>
      <label htmlFor={`${id}-input`} className={hideLabel ? 'sr-only' : undefined}>
        {label}
      </label>
      <input
        id={`${id}-input`}
        type="search"
        role="combobox"
        aria-expanded={expanded}
        aria-controls={`${id}-list`}
        aria-autocomplete="list"
        aria-activedescendant={expanded && hits[active] ? `${id}-opt-${active}` : undefined}
        autoComplete="off"
        value={text}
        placeholder={placeholder}
        onChange={(e) => {
          setText(e.target.value);
          setOpen(true);
          setActive(0);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown') {
            e.preventDefault();
            setOpen(true);
            setActive((a) => Math.min(a + 1, hits.length - 1));
          } else if (e.key === 'ArrowUp') {
            e.preventDefault();
            setActive((a) => Math.max(a - 1, 0));
          } else if (e.key === 'Enter') {
            const hit = hits[active];
            if (hit && expanded) {
              e.preventDefault();
              pick(hit);
            }
          } else if (e.key === 'Escape') setOpen(false);
        }}
      />
      {expanded && (
        <div id={`${id}-list`} role="listbox" className="picker-list" aria-label={label}>
          {loading && hits.length === 0 && <div className="muted">{t.loading}</div>}
          {!loading && hits.length === 0 && <div className="muted">{t.searchNoHits}</div>}
          {hits.map((hit, index) => (
            // biome-ignore lint/a11y/useFocusableInteractive: the ARIA combobox pattern: focus stays in the input, options are reached with aria-activedescendant
            <div
              key={hit.id}
              id={`${id}-opt-${index}`}
              role="option"
              aria-selected={index === active}
              className={index === active ? 'active' : undefined}
              onMouseDown={(e) => {
                e.preventDefault();
                pick(hit);
              }}
            >
              <span className="badge small">{t[kindMessageKey(hit.__typename)]}</span> {hit.name}
            </div>
          ))}
        </div>
      )}
      {expanded && (
        <span className="sr-only" role="status">
          {hits.length === 0 ? t.searchNoHits : format(t.searchHits, { n: hits.length })}
        </span>
      )}
    </div>
  );
}
