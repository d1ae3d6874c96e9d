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

/** An approximate date the way people say it: 5 mrt. 2024 · maart 2024 · voorjaar 2024 · 2024. */
export function formatFuzzyDate(value: string, t: TFunction, language: string): string {
  const d = parseFuzzyDate(value);
  if (!d) return value;
  const locale = localeFor(language);
  const utc = (month: number, day: number) => new Date(Date.UTC(d.year, month - 1, day));
  switch (d.precision) {
    case 'dag':
      return cachedFormat(locale, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(utc(d.month ?? 1, d.day ?? 1));
    case 'maand':
      return cachedFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(utc(d.month ?? 1, 1));
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

/** One line that says what happened: "Verwijzing CJG Assen → Wijkteam (teruggelegd)". */
export function eventTitle(e: TimelineEvent, names: Names, t: TFunction): string {
  const type = t(`timeline.types.${e.type}`);
  const route = e.toOrganisationId ? `${names.organisation(e.organisationId)} → ${names.organisation(e.toOrganisationId)}` : names.organisation(e.organisationId);
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

export function childrenText(e: TimelineEvent, names: Names, t: TFunction): string {
  return e.memberIds.length === 0 ? t('timeline.form.wholeFamily') : e.memberIds.map((id) => names.child(id)).join(', ');
}
