import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api';
import { messageOf } from '../api/apiError';
import { ErrorAlert } from '../components/Alert';
import { ScreenHeading } from '../components/ScreenHeading';
import { TextField } from '../components/TextField';
import { formatDateTime } from '../format/dateTime';
import { useFamilies } from '../state/familiesStore';
import { useNavigation } from '../state/navigationStore';

const SEARCH_DELAY_MS = 150;

export function FamiliesScreen() {
  const { t, i18n } = useTranslation();
  const query = useFamilies((s) => s.query);
  const results = useFamilies((s) => s.results);
  const setQuery = useFamilies((s) => s.setQuery);
  const setResults = useFamilies((s) => s.setResults);
  const setDetail = useFamilies((s) => s.setDetail);
  const openFamily = useNavigation((s) => s.openFamily);
  const [loaded, setLoaded] = useState(false);
  const [searchError, setSearchError] = useState<string | null>(null);
  const [name, setName] = useState('');
  const [anonymous, setAnonymous] = useState(false);
  const [nameError, setNameError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  // Results while typing: a short debounce, and an answer to an older query is dropped.
  useEffect(() => {
    let cancelled = false;
    const timer = setTimeout(() => {
      api
        .call('families:list', { query })
        .then((list) => {
          if (cancelled) return;
          setResults(list);
          setSearchError(null);
          setLoaded(true);
        })
        .catch((e: unknown) => {
          if (!cancelled) setSearchError(messageOf(e, t));
        });
    }, SEARCH_DELAY_MS);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [query, setResults, t]);

  const create = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    if (name.trim() === '') {
      setNameError(t('form.required'));
      return;
    }
    setBusy(true);
    setNameError(null);
    try {
      const family = await api.call('families:create', { displayName: name.trim(), anonymous });
      setName('');
      setAnonymous(false);
      setDetail(family);
      openFamily(family.id);
    } catch (e) {
      setNameError(messageOf(e, t));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="screen">
      <ScreenHeading>{t('families.title')}</ScreenHeading>
      <div className="two-columns">
        <section className="panel" aria-labelledby="families-search-title">
          <h2 id="families-search-title" className="visually-hidden">
            {t('families.listLabel')}
          </h2>
          <TextField
            label={t('families.search')}
            hint={t('families.searchHint')}
            type="search"
            value={query}
            onChange={(e) => setQuery(e.target.value)}
            autoComplete="off"
          />
          <p className="result-count" role="status">
            {loaded ? t('families.resultCount', { count: results.length }) : ''}
          </p>
          {searchError ? <ErrorAlert>{searchError}</ErrorAlert> : null}
          {loaded && results.length === 0 ? <p>{t('families.none')}</p> : null}
          <ul className="family-list" aria-label={t('families.listLabel')}>
            {results.map((family) => (
              <li key={family.id}>
                <button
                  type="button"
                  className="family-list__button"
                  onClick={() => {
                    setDetail(null);
                    openFamily(family.id);
                  }}
                >
                  <span className="family-list__name">{family.displayName}</span>
                  <span className="family-list__meta">
                    {t('families.members', { count: family.memberCount })} ·{' '}
                    {t('families.updated', { date: formatDateTime(family.updatedAt, i18n.language) })}
                    {family.anonymous ? <> · {t('families.anonymousBadge')}</> : null}
                  </span>
                </button>
              </li>
            ))}
          </ul>
        </section>

        <section className="panel" aria-labelledby="families-new-title">
          <h2 id="families-new-title">{t('families.newTitle')}</h2>
          <form className="form" onSubmit={create} noValidate>
            <TextField
              label={t('families.newName')}
              hint={t('families.newNameHint')}
              value={name}
              onChange={(e) => setName(e.target.value)}
              error={nameError}
              maxLength={200}
              autoComplete="off"
            />
            <div className="checkbox">
              <input
                id="family-anonymous"
                type="checkbox"
                checked={anonymous}
                onChange={(e) => setAnonymous(e.target.checked)}
              />
              <label htmlFor="family-anonymous">{t('families.anonymous')}</label>
            </div>
            <div className="button-row">
              <button type="submit" className="button button--primary" disabled={busy}>
                {t('families.create')}
              </button>
            </div>
          </form>
        </section>
      </div>
    </div>
  );
}
