import type { TFunction } from 'i18next';
import type { TimelineContent } from '../../../shared/contract/timelineChannels';
import { parseFuzzyDate } from '../../../shared/timeline/fuzzyDate';
import type { TimelineEvent } from '../../../shared/timeline/timelineEvent';
import { localeFor } from '../../i18n';

const formatters = new Map<string, Intl.DateTimeFormat>();
/** Intl formatters are costly to build and a long timeline formats a thousand dates: one per kind. */
export function cachedFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(locale, options);
    formatters.set(key, f);
  }
  return f;
}

/** The two formatters of formatFuzzyDate per locale, found without building a cache key per date. */
const fuzzyFormats = new Map<string, { day: Intl.DateTimeFormat; month: Intl.DateTimeFormat }>();
function fuzzyFormatsFor(locale: string) {
  let f = fuzzyFormats.get(locale);
  if (!f) {
    f = {
      day: cachedFormat(locale, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }),
      month: cachedFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' }),
    };
    fuzzyFormats.set(locale, f);
  }
  return f;
}

/** An approximate date the way people say it: 5 mrt. 2024 · maart 2024 · voorjaar 2024 · 2024. */
export function formatFuzzyDate(value: string, t: TFunction, language: string): string {
  const d = parseFuzzyDate(value);
  if (!d) return value;
  const utc = (month: number, day: number) => new Date(Date.UTC(d.year, month - 1, day));
  switch (d.precision) {
    case 'dag':
      return fuzzyFormatsFor(localeFor(language)).day.format(utc(d.month ?? 1, d.day ?? 1));
    case 'maand':
      return fuzzyFormatsFor(localeFor(language)).month.format(utc(d.month ?? 1, 1));
    case 'seizoen':
      return t('timeline.date.seizoen', { season: t(`timeline.date.season.${d.season ?? 'voorjaar'}`), year: d.year });
    case 'jaar':
      return String(d.year);
  }
}

export interface Names {
  organisation(id: string | null): string;
  child(id: string): string;
}

export function namesOf(content: TimelineContent, t: TFunction): Names {
  const orgs = new Map(content.organisations.map((o) => [o.id, o.name]));
  const kids = new Map(content.children.map((c) => [c.id, c.name]));
  return {
    organisation: (id) => (id === null ? t('timeline.lanes.unknown') : (orgs.get(id) ?? '?')),
    child: (id) => kids.get(id) ?? '?',
  };
}

/** Looks up a fixed word by its key: i18next's `t`, or the remembered words of timelineWords. */
export type WordLookup = (key: string) => string;

/**
 * The timeline's fixed words (event types, statuses, sources…), each looked up once and then
 * remembered: a long timeline asks for the same few dozen words a thousand times, and every t() call
 * costs. Make one per language per render, `useMemo(() => timelineWords(t), [t, i18n.language])`,
 * and pass it where `t` would go for words without interpolation.
 */
export function timelineWords(t: WordLookup): WordLookup {
  const words = new Map<string, string>();
  return (key) => {
    let word = words.get(key);
    if (word === undefined) {
      word = t(key);
      words.set(key, word);
    }
    return word;
  };
}

/**
 * One line that says what happened: "Verwijzing CJG Assen → Wijkteam (teruggelegd)". `t` may be
 * i18next's own (one title) or a timelineWords lookup (a title per event).
 */
export function eventTitle(e: TimelineEvent, names: Names, t: WordLookup): string {
  const type = t(`timeline.types.${e.type}`);
  const from = sourceName(e, names, t);
  const route = e.toOrganisationId ? `${from} → ${names.organisation(e.toOrganisationId)}` : from;
  const detail = e.referralStatus
    ? t(`timeline.referralStatus.${e.referralStatus}`)
    : e.stagnationReason
      ? t(`timeline.stagnationReason.${e.stagnationReason}`)
      : e.consentStatus
        ? t(`timeline.consentStatus.${e.consentStatus}`)
        : e.escalationStep
          ? t(`timeline.escalationStep.${e.escalationStep}`)
          : null;
  return `${type} · ${route}${detail ? ` (${detail})` : ''}`;
}

/** Where an event comes from: its organisation, or the youngster's or the family's own request for help. */
export function sourceName(e: Pick<TimelineEvent, 'organisationId' | 'requestedBy'>, names: Names, t: WordLookup): string {
  return e.requestedBy ? t(`timeline.requestedBy.${e.requestedBy}`) : names.organisation(e.organisationId);
}

export function childrenText(e: TimelineEvent, names: Names, t: WordLookup): string {
  return e.memberIds.length === 0 ? t('timeline.form.wholeFamily') : e.memberIds.map((id) => names.child(id)).join(', ');
}
