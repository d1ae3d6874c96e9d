import { describe, expect, it } from 'vitest';
import { i18n, localeFor } from '../../../../renderer/i18n';
import { childrenText, eventTitle, formatFuzzyDate, timelineWords } from '../../../../renderer/features/timeline/timelineLabels';
import { CONSENT_STATUSES, MANDATES, REFERRAL_STATUSES, STAGNATION_REASONS, TIMELINE_EVENT_TYPES } from '../../../../shared/domain/vocabulary';
import type { TimelineEvent } from '../../../../shared/timeline/timelineEvent';
import { ev, ORG } from '../../shared/timeline/eventFactory';
// Every feature's texts, registered as main.tsx does before the first render.
import '../../../../renderer/shell/featureTexts';

const names = {
  organisation: (id: string | null) => (id === ORG.cjg ? 'CJG Assen' : id === ORG.wijkteam ? 'Wijkteam Emmen-Oost' : '?'),
  child: (id: string) => (id === 'k1' ? 'Noor' : 'Daan'),
};

/** Every event type with every detail the title can carry (and none), with and without a receiver. */
function allShapes(): TimelineEvent[] {
  const details: Partial<TimelineEvent>[] = [
    {},
    ...REFERRAL_STATUSES.map((referralStatus) => ({ referralStatus })),
    ...STAGNATION_REASONS.map((stagnationReason) => ({ stagnationReason })),
    ...CONSENT_STATUSES.map((consentStatus) => ({ consentStatus })),
    ...MANDATES.map((escalationStep) => ({ escalationStep })),
  ];
  return TIMELINE_EVENT_TYPES.flatMap((type) =>
    details.flatMap((detail) => [
      ev({ type, date: '2024-03-05', ...detail }),
      ev({ type, date: '2024-voorjaar', toOrganisationId: ORG.wijkteam, memberIds: ['k1', 'k2'], ...detail }),
    ]),
  );
}

describe('the timeline words, looked up once per language', () => {
  it.each(['nl', 'en'] as const)('give the same titles and children as t() itself in %s', (language) => {
    const t = i18n.getFixedT(language);
    const words = timelineWords(t);
    const events = allShapes();
    const direct = events.map((e) => eventTitle(e, names, t));
    expect(events.map((e) => eventTitle(e, names, words))).toEqual(direct);
    expect(events.map((e) => childrenText(e, names, words))).toEqual(events.map((e) => childrenText(e, names, t)));
    // Real words, not keys that fell through.
    expect(direct.join('\n')).not.toContain('timeline.');
  });

  it('are words of the language asked for', () => {
    const e = ev({ type: 'verwijzing', date: '2024-04-01', organisationId: ORG.wijkteam, toOrganisationId: ORG.cjg, referralStatus: 'teruggelegd' });
    expect(eventTitle(e, names, timelineWords(i18n.getFixedT('nl')))).toBe('Verwijzing · Wijkteam Emmen-Oost → CJG Assen (teruggelegd)');
    expect(eventTitle(e, names, timelineWords(i18n.getFixedT('en')))).toBe(eventTitle(e, names, i18n.getFixedT('en')));
    expect(eventTitle(e, names, timelineWords(i18n.getFixedT('en')))).not.toBe(eventTitle(e, names, timelineWords(i18n.getFixedT('nl'))));
  });

  it('ask t() once per word, not once per event', () => {
    const t = i18n.getFixedT('nl');
    const asked: string[] = [];
    const words = timelineWords((key) => {
      asked.push(key);
      return t(key);
    });
    const shapes = allShapes().slice(0, 40);
    const events = Array.from({ length: 1000 }, (_, i) => shapes[i % shapes.length]!);
    for (const e of events) eventTitle(e, names, words);
    expect(asked.length).toBe(new Set(asked).size);
    expect(asked.length).toBeLessThan(40);
  });
});

describe('approximate dates', () => {
  it.each(['nl', 'en'] as const)('read the same as a fresh Intl formatter in %s', (language) => {
    const t = i18n.getFixedT(language);
    const locale = localeFor(language);
    const day = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
    const month = new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' });
    expect(formatFuzzyDate('2024-03-05', t, language)).toBe(day.format(new Date(Date.UTC(2024, 2, 5))));
    expect(formatFuzzyDate('2023-12-31', t, language)).toBe(day.format(new Date(Date.UTC(2023, 11, 31))));
    expect(formatFuzzyDate('2024-03', t, language)).toBe(month.format(new Date(Date.UTC(2024, 2, 1))));
    expect(formatFuzzyDate('2024', t, language)).toBe('2024');
    expect(formatFuzzyDate('2024-zomer', t, language)).toBe(language === 'nl' ? 'zomer 2024' : t('timeline.date.seizoen', { season: t('timeline.date.season.zomer'), year: 2024 }));
    expect(formatFuzzyDate('geen datum', t, language)).toBe('geen datum');
  });
});
