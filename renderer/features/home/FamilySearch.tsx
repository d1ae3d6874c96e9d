import { useId, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { SearchHit } from '../../../shared/contract/registerChannels';
import { useLoad } from '../../api/useLoad';
import { ErrorAlert } from '../../components/Alert';
import { matchedOnText } from './matchedOn';
import { searchFamilies } from './homeActions';

/** Results while typing: the search waits this long after the last keystroke. */
export const SEARCH_DELAY_MS = 120;

/**
 * Search a family by any member's name, school, organisation or professional: a combobox with a
 * listbox of hits (arrow keys and Enter to choose, Escape to close). Each hit says why it matched.
 * Also used in the meeting editor to put a family on the agenda.
 */
export function FamilySearch({
  label,
  hint,
  onChoose,
  query,
  onQueryChange,
  limit = 20,
}: {
  label: string;
  hint?: string;
  onChoose(hit: SearchHit): void;
  query: string;
  onQueryChange(query: string): void;
  limit?: number;
}) {
  const { t } = useTranslation();
  const id = useId();
  const listId = `${id}-list`;
  const [active, setActive] = useState(-1);
  const [open, setOpen] = useState(true);
  const inputRef = useRef<HTMLInputElement>(null);

  const q = query.trim();
  const { data, error } = useLoad(q === '' ? null : () => searchFamilies({ query: q, limit }), [q, limit], {
    delayMs: SEARCH_DELAY_MS,
    // Nothing is chosen until the user moves into the list: ↓ goes to the first hit (ARIA combobox).
    onLoaded: () => setActive(-1),
  });
  const hits: SearchHit[] | null = q === '' ? null : (data ?? null);

  const shown = open && hits !== null && query.trim() !== '';
  const choose = (hit: SearchHit) => {
    setOpen(false);
    onChoose(hit);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (!hits || hits.length === 0) return;
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      setOpen(true);
      setActive((i) => (i + 1) % hits.length);
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      setOpen(true);
      setActive((i) => (i <= 0 ? hits.length - 1 : i - 1));
    } else if (event.key === 'Enter') {
      // With a single hit there is nothing to choose between: Enter opens it.
      const hit = active >= 0 ? hits[active] : hits.length === 1 ? hits[0] : undefined;
      if (shown && hit) {
        event.preventDefault();
        choose(hit);
      }
    } else if (event.key === 'Escape') {
      setOpen(false);
    }
  };

  const optionId = (index: number) => `${id}-option-${index}`;

  return (
    <div className="search">
      <div className="field">
        <label className="field__label" htmlFor={id}>
          {label}
        </label>
        {hint ? (
          <p className="field__hint" id={`${id}-hint`}>
            {hint}
          </p>
        ) : null}
        <input
          ref={inputRef}
          id={id}
          type="search"
          className="field__input search__input"
          role="combobox"
          aria-autocomplete="list"
          aria-expanded={shown}
          aria-controls={listId}
          aria-activedescendant={shown && active >= 0 ? optionId(active) : undefined}
          aria-describedby={hint ? `${id}-hint` : undefined}
          autoComplete="off"
          dir="auto"
          value={query}
          maxLength={200}
          onChange={(e) => {
            setOpen(true);
            onQueryChange(e.target.value);
          }}
          onKeyDown={onKeyDown}
        />
      </div>
      <p className="result-count" role="status">
        {hits !== null && query.trim() !== '' ? t('home.search.resultCount', { count: hits.length }) : ''}
      </p>
      {error ? <ErrorAlert>{error}</ErrorAlert> : null}
      <ul id={listId} role="listbox" aria-label={t('home.search.resultsLabel')} className="search__results" hidden={!shown || hits.length === 0}>
        {(shown ? hits : []).map((hit, index) => (
          <li
            key={hit.familyId}
            id={optionId(index)}
            role="option"
            aria-selected={index === active}
            className={`search__option${index === active ? ' search__option--active' : ''}`}
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => choose(hit)}
          >
            <HitText hit={hit} />
          </li>
        ))}
      </ul>
    </div>
  );
}

export function HitText({ hit }: { hit: SearchHit }) {
  const { t } = useTranslation();
  return (
    <>
      <span className="hit__name" dir="auto">
        {hit.displayName}
      </span>
      {hit.anonymous ? <span className="tag">{t('home.anonymous')}</span> : null}
      <span className="hit__meta">
        {hit.childNames.length > 0 ? (
          <span dir="auto">{t('home.search.children', { names: hit.childNames.join(', ') })}</span>
        ) : (
          <span>{t('home.search.noChildren')}</span>
        )}
        {hit.schools.length > 0 ? <span dir="auto">{t('home.search.schools', { names: hit.schools.join(', ') })}</span> : null}
        {hit.matchedOn ? (
          <span className="hit__matched" dir="auto">
            {t('home.search.matchedOn', { matched: matchedOnText(hit.matchedOn, t) })}
          </span>
        ) : null}
      </span>
    </>
  );
}
