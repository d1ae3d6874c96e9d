import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSubmit } from '../../api/useSubmit';
import { useLoad } from '../../api/useLoad';
import { ErrorAlert } from '../../components/Alert';
import { ScreenHeading } from '../../components/ScreenHeading';
import { TextField } from '../../components/TextField';
import { MeetingList } from '../../components/MeetingList';
import { useHome } from '../../state/homeStore';
import { useNavigation } from '../../state/navigationStore';
import { FamilySearch, HitText } from './FamilySearch';
import { NextMeeting, nextMeeting } from './NextMeeting';
import { DigestPanel } from '../familyPlan/DigestPanel';
import { amsterdamDay, amsterdamInstant } from '../../../shared/domain/amsterdamTime';
import { parseCalendarDay } from '../../../shared/domain/calendarDate';
import './home.css';
import { createFamily, fetchRecentFamilies, listMeetings } from './homeActions';

/** How many of today's and the coming meetings Start lists (the rest are under Overleggen). */
const MEETINGS_SHOWN = 3;

/**
 * Start after unlocking, in the order a chair's day asks for it: today's meeting and the next one
 * (straight into Vergadermodus), finding a family, what fell due since the last session per family,
 * then the families worked on last and a new family.
 */
export function HomeScreen() {
  const { t } = useTranslation();
  const query = useHome((s) => s.query);
  const setQuery = useHome((s) => s.setQuery);
  const recent = useHome((s) => s.recent);
  const upcoming = useHome((s) => s.upcoming);
  const openFamily = useNavigation((s) => s.openFamily);
  const go = useNavigation((s) => s.go);
  const now = new Date();
  const todayText = amsterdamDay(now);
  const next = nextMeeting(upcoming, now);

  const { error } = useLoad(
    () => {
      // From the start of today in Amsterdam, so a meeting that began this morning is still listed.
      const today = parseCalendarDay(amsterdamDay(new Date()));
      const from = today === null ? new Date().toISOString() : amsterdamInstant(today, 0);
      return Promise.all([fetchRecentFamilies({ limit: 8 }), listMeetings({ from, to: null })]);
    },
    [],
    {
      onLoaded: ([families, meetings]) => {
        useHome.getState().setRecent(families);
        useHome.getState().setUpcoming(meetings.slice(0, MEETINGS_SHOWN));
      },
    },
  );

  return (
    <div className="screen home">
      <ScreenHeading>{t('home.title')}</ScreenHeading>
      {error ? <ErrorAlert>{error}</ErrorAlert> : null}
      <div className="two-columns home__top">
        <section className="panel home__meetings" aria-labelledby="home-meetings-title">
          <h2 id="home-meetings-title">{t('home.meetingsTitle')}</h2>
          {next === null ? <p>{t('home.noUpcoming')}</p> : <NextMeeting meeting={next} today={amsterdamDay(new Date(next.startsAt)) === todayText} />}
          {upcoming.length > 0 ? <MeetingList meetings={upcoming} label={t('home.upcoming')} /> : null}
          <p>
            <button type="button" className="link-button" onClick={() => go('meetings')}>
              {t('home.allMeetings')}
            </button>
          </p>
        </section>
        <div className="home__day">
          <section className="panel panel--search" aria-labelledby="home-search-title">
            <h2 id="home-search-title">{t('home.search.title')}</h2>
            <FamilySearch label={t('home.search.label')} hint={t('home.search.hint')} query={query} onQueryChange={setQuery} onChoose={(hit) => openFamily(hit.familyId)} />
          </section>
          <DigestPanel />
        </div>
      </div>
      <div className="two-columns">
        <section className="panel" aria-labelledby="home-recent-title">
          <h2 id="home-recent-title">{t('home.recent')}</h2>
          {recent.length === 0 ? (
            <p>{t('home.noRecent')}</p>
          ) : (
            <ul className="family-list" aria-label={t('home.recent')}>
              {recent.map((hit) => (
                <li key={hit.familyId}>
                  <button type="button" className="family-list__button" onClick={() => openFamily(hit.familyId)}>
                    <HitText hit={hit} />
                  </button>
                </li>
              ))}
            </ul>
          )}
        </section>
        <NewFamilyForm />
      </div>
    </div>
  );
}

function NewFamilyForm() {
  const { t } = useTranslation();
  const openFamily = useNavigation((s) => s.openFamily);
  const [name, setName] = useState('');
  const [anonymous, setAnonymous] = useState(false);
  const { busy, error: nameError, setError: setNameError, run, onSubmit } = useSubmit();

  const create = onSubmit(async () => {
    if (name.trim() === '') {
      setNameError(t('home.newFamily.nameRequired'));
      return;
    }
    await run(
      () => createFamily({ displayName: name, anonymous }),
      (family) => {
        setName('');
        setAnonymous(false);
        openFamily(family.id);
      },
    );
  });

  return (
    <section className="panel" aria-labelledby="home-new-title">
      <h2 id="home-new-title">{t('home.newFamily.title')}</h2>
      <form className="form form--inline" onSubmit={create} noValidate>
        <TextField
          label={t('home.newFamily.name')}
          hint={t('home.newFamily.nameHint')}
          value={name}
          onChange={(e) => setName(e.target.value)}
          error={nameError}
          maxLength={200}
          autoComplete="off"
          dir="auto"
        />
        <div className="checkbox">
          <input id="family-anonymous" type="checkbox" checked={anonymous} onChange={(e) => setAnonymous(e.target.checked)} />
          <label htmlFor="family-anonymous">{t('home.newFamily.anonymous')}</label>
        </div>
        <div className="button-row">
          <button type="submit" className="button button--primary" disabled={busy}>
            {t('home.newFamily.create')}
          </button>
        </div>
      </form>
    </section>
  );
}
