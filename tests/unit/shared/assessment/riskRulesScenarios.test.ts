import { describe, expect, it } from 'vitest';
import type { JudgementInput, KindcheckRecord, TrailEntry } from '../../../../shared/instrument/assessmentRecords';
import { evaluateAssessment, type FlagCode, type NextStep } from '../../../../shared/instrument/evaluateAssessment';
import type { TrailOutcome } from '../../../../shared/instrument/afwegingskader';
import type { AnswerValue } from '../../../../shared/instrument/instrumentSchema';
import { CHILDREN_UNKNOWN, MARCO, NO_CHILDREN, allNee, state, trail, trailEntry, WITH_CHILDREN } from './assessmentKit';

interface Scenario {
  name: string;
  answers: Record<string, AnswerValue | null>;
  kindcheck?: KindcheckRecord;
  trail?: TrailEntry[];
  judgement?: JudgementInput;
  flags: FlagCode[];
  steps: NextStep[];
  agendaItem: boolean;
  outcomes?: TrailOutcome[];
}

const judged = (now: JudgementInput['now'], future: JudgementInput['future'], reason = ''): JudgementInput => ({
  now,
  future,
  reason,
  scales: [],
  date: '2026-03-02',
});

/**
 * The afwegingskader and Kindcheck rules, case by case: what a chair would see (flags) and be asked
 * to do next (steps) for a given set of answers.
 */
const SCENARIOS: Scenario[] = [
  {
    name: 'niets ingevuld: alleen een oordeel vastleggen',
    answers: {},
    flags: [],
    steps: ['oordeel_vastleggen'],
    agendaItem: false,
  },
  {
    name: 'alles nee: geen signalen, wel een oordeel vastleggen',
    answers: allNee(),
    flags: [],
    steps: ['oordeel_vastleggen'],
    agendaItem: false,
  },
  {
    name: 'acute onveiligheid: melden is de norm en een besluit is verplicht',
    answers: allNee({ A1: 'ja' }),
    flags: ['meldnorm'],
    steps: ['besluit_melden', 'afweging_vastleggen', 'oordeel_vastleggen'],
    agendaItem: false,
  },
  {
    name: 'structurele onveiligheid zonder kindsignalen: ook melden',
    answers: allNee({ A2: 'ja' }),
    flags: ['meldnorm'],
    steps: ['besluit_melden', 'afweging_vastleggen', 'oordeel_vastleggen'],
    agendaItem: false,
  },
  {
    name: 'positieve Kindcheck: psychische problemen ouder, kind laat niets zien',
    answers: allNee({ C1: 'ja' }),
    flags: ['kindcheck'],
    steps: ['agendapunt_kindveiligheid', 'kind_zien_en_spreken', 'afweging_vastleggen', 'oordeel_vastleggen'],
    agendaItem: true,
  },
  {
    name: 'positieve Kindcheck door dreigende huisuitzetting terwijl kindsignalen onbekend zijn',
    answers: { C5: 'ja', B1: 'onbekend', B2: 'onbekend' },
    flags: ['kindcheck', 'blinde_vlekken'],
    steps: ['agendapunt_kindveiligheid', 'kind_zien_en_spreken', 'blinde_vlekken_uitzoeken', 'afweging_vastleggen', 'oordeel_vastleggen'],
    agendaItem: true,
  },
  {
    name: 'ouder- en kindsignalen samen: Kindcheck positief maar geen waarschuwing (er wordt al gehandeld)',
    answers: allNee({ C2: 'ja', B2: 'ja' }),
    flags: [],
    steps: ['afweging_vastleggen', 'oordeel_vastleggen'],
    agendaItem: false,
  },
  {
    name: 'oudersignaal maar geen kinderen in het huishouden: geen Kindcheck',
    answers: allNee({ C4: 'ja' }),
    kindcheck: NO_CHILDREN,
    flags: [],
    steps: ['oordeel_vastleggen'],
    agendaItem: false,
  },
  {
    name: 'oudersignaal, onbekend of er kinderen zijn: Kindcheck aanvullen',
    answers: allNee({ C3: 'ja' }),
    kindcheck: CHILDREN_UNKNOWN,
    flags: ['kindcheck_kinderen_onbekend'],
    steps: ['kindcheck_aanvullen', 'oordeel_vastleggen'],
    agendaItem: false,
  },
  {
    name: 'zwangerschap telt als kind in het huishouden',
    answers: allNee({ C2: 'ja' }),
    kindcheck: { childrenInHousehold: 'nee', children: [], pregnancy: 'ja', note: '' },
    flags: ['kindcheck'],
    steps: ['agendapunt_kindveiligheid', 'kind_zien_en_spreken', 'afweging_vastleggen', 'oordeel_vastleggen'],
    agendaItem: true,
  },
  {
    name: 'vier risicofactoren: stapeling als advies (plus Kindcheck)',
    answers: allNee({ C4: 'ja', C5: 'ja', C9: 'ja', C10: 'ja' }),
    flags: ['kindcheck', 'stapeling'],
    steps: ['agendapunt_kindveiligheid', 'kind_zien_en_spreken', 'extra_alert_stapeling', 'afweging_vastleggen', 'oordeel_vastleggen'],
    agendaItem: true,
  },
  {
    name: 'precies drie risicofactoren: nog geen stapeling',
    answers: allNee({ B3: 'ja', C9: 'ja', C10: 'ja' }),
    flags: [],
    steps: ['oordeel_vastleggen'],
    agendaItem: false,
  },
  {
    name: 'beschermende factoren tellen niet als risico',
    answers: allNee({ E1: 'ja', E2: 'ja', E3: 'ja', E4: 'ja', E5: 'ja' }),
    flags: [],
    steps: ['oordeel_vastleggen'],
    agendaItem: false,
  },
  {
    name: 'onbekend bij acute vraag: blinde vlek',
    answers: allNee({ A3: 'onbekend' }),
    flags: ['blinde_vlekken'],
    steps: ['blinde_vlekken_uitzoeken', 'oordeel_vastleggen'],
    agendaItem: false,
  },
  {
    name: 'afwegingskader: geen vermoeden (vraag 1 nee) sluit de afweging',
    answers: allNee(),
    trail: trail(['nee']),
    flags: [],
    steps: ['oordeel_vastleggen'],
    agendaItem: false,
    outcomes: ['geen_vermoeden'],
  },
  {
    name: 'afwegingskader: acute onveiligheid (vraag 2 ja) → melden',
    answers: allNee({ A1: 'ja' }),
    trail: trail(['ja', 'ja']),
    flags: ['meldnorm', 'afweging_melden'],
    steps: ['besluit_melden', 'melden_veilig_thuis', 'oordeel_vastleggen'],
    agendaItem: false,
    outcomes: ['melden'],
  },
  {
    name: 'afwegingskader: geen passende hulp mogelijk (vraag 3 nee) → melden',
    answers: allNee({ C1: 'ja', B2: 'ja' }),
    trail: trail(['ja', 'nee', 'nee']),
    flags: ['afweging_melden'],
    steps: ['melden_veilig_thuis', 'oordeel_vastleggen'],
    agendaItem: false,
    outcomes: ['melden'],
  },
  {
    name: 'afwegingskader: hulp geweigerd (vraag 4 nee) → melden',
    answers: allNee({ C8: 'ja', B5: 'ja' }),
    trail: trail(['ja', 'nee', 'ja', 'nee']),
    flags: ['afweging_melden'],
    steps: ['melden_veilig_thuis', 'oordeel_vastleggen'],
    agendaItem: false,
    outcomes: ['melden'],
  },
  {
    name: 'afwegingskader: geen duurzame veiligheid (vraag 5 nee) → melden',
    answers: allNee({ C6: 'ja', B2: 'ja' }),
    trail: trail(['ja', 'nee', 'ja', 'ja', 'nee']),
    flags: ['afweging_melden'],
    steps: ['melden_veilig_thuis', 'oordeel_vastleggen'],
    agendaItem: false,
    outcomes: ['melden'],
  },
  {
    name: 'afwegingskader: duurzame veiligheid zonder monitoringafspraken → afspraken maken',
    answers: allNee({ C6: 'ja', B2: 'ja' }),
    trail: trail(['ja', 'nee', 'ja', 'ja', 'ja']),
    flags: ['afweging_monitoring_ontbreekt'],
    steps: ['monitoring_afspreken', 'oordeel_vastleggen'],
    agendaItem: false,
    outcomes: ['monitoring_ontbreekt'],
  },
  {
    name: 'afwegingskader: afsluiten met monitoringafspraken',
    answers: allNee({ C6: 'ja', B2: 'ja' }),
    trail: trail(['ja', 'nee', 'ja', 'ja', 'ja'], { monitoring: 'JGZ ziet Fenna elke zes weken; school meldt verzuim direct' }),
    flags: [],
    steps: ['oordeel_vastleggen'],
    agendaItem: false,
    outcomes: ['afsluiten_met_monitoring'],
  },
  {
    name: 'afwegingskader onvolledig: halverwege gestopt',
    answers: allNee({ C1: 'ja', B1: 'ja' }),
    trail: trail(['ja', 'nee']),
    flags: [],
    steps: ['oordeel_vastleggen'],
    agendaItem: false,
    outcomes: ['onvolledig'],
  },
  {
    name: 'afwegingskader zegt "geen onveiligheid" terwijl sectie A ja is: strijdig, toelichten',
    answers: allNee({ A4: 'ja' }),
    trail: trail(['ja', 'nee', 'ja', 'ja', 'ja'], { monitoring: 'wekelijks huisbezoek' }),
    flags: ['meldnorm', 'afweging_strijdig'],
    steps: ['besluit_melden', 'afweging_toelichten', 'oordeel_vastleggen'],
    agendaItem: false,
    outcomes: ['afsluiten_met_monitoring'],
  },
  {
    name: 'afweging zonder onderbouwing: toelichten',
    answers: allNee({ C1: 'ja', B1: 'ja' }),
    trail: trail(['ja', 'ja'], { reasoning: '  ' }),
    flags: ['afweging_melden'],
    steps: ['melden_veilig_thuis', 'afweging_toelichten', 'oordeel_vastleggen'],
    agendaItem: false,
    outcomes: ['melden'],
  },
  {
    name: 'twee professionals, elk een eigen spoor',
    answers: allNee({ C1: 'ja', B1: 'ja' }),
    trail: [...trail(['nee']), ...trail(['ja', 'nee', 'nee'], { professional: MARCO })],
    flags: ['afweging_melden'],
    steps: ['melden_veilig_thuis', 'oordeel_vastleggen'],
    agendaItem: false,
    outcomes: ['geen_vermoeden', 'melden'],
  },
  {
    name: 'oordeel verlaagd zonder reden: het berekende niveau blijft staan',
    answers: allNee({ C1: 'ja' }),
    judgement: judged('laag', 'laag'),
    flags: ['kindcheck', 'oordeel_verlaagd_zonder_reden'],
    steps: ['agendapunt_kindveiligheid', 'kind_zien_en_spreken', 'afweging_vastleggen', 'reden_verlaging_vastleggen'],
    agendaItem: true,
  },
  {
    name: 'oordeel verlaagd met reden: zichtbaar als verlaagd',
    answers: allNee({ C1: 'ja' }),
    judgement: judged('laag', 'verhoogd', 'Moeder is opgenomen, kinderen wonen tijdelijk bij oma die goed voor ze zorgt.'),
    flags: ['kindcheck', 'oordeel_verlaagd'],
    steps: ['agendapunt_kindveiligheid', 'kind_zien_en_spreken', 'afweging_vastleggen'],
    agendaItem: true,
  },
  {
    name: 'oordeel verhoogd: mag altijd zonder reden',
    answers: allNee(),
    judgement: judged('hoog', 'hoog'),
    flags: [],
    steps: [],
    agendaItem: false,
  },
];

describe('risk rules: afwegingskader and Kindcheck scenarios', () => {
  it('has at least twenty scenarios', () => {
    expect(SCENARIOS.length).toBeGreaterThanOrEqual(20);
  });

  for (const s of SCENARIOS) {
    it(s.name, () => {
      const e = evaluateAssessment(state(s.answers, { kindcheck: s.kindcheck ?? WITH_CHILDREN, trail: s.trail ?? [], judgement: s.judgement ?? null }));
      expect(e.flags.map((f) => f.code)).toEqual(s.flags);
      expect(e.nextSteps).toEqual(s.steps);
      expect(e.mandatoryAgendaItem).toBe(s.agendaItem);
      if (s.outcomes) expect(e.trails.map((t) => t.outcome)).toEqual(s.outcomes);
    });
  }
});

describe('risk rules: details a chair relies on', () => {
  it('lists blind spots with the owner recorded, else the suggested discipline', () => {
    const e = evaluateAssessment({
      ...state({}),
      answers: [
        { itemId: 'C4', value: 'onbekend', observer: MARCO, source: null, date: null, note: '', owner: '' },
        { itemId: 'B1', value: 'onbekend', observer: MARCO, source: null, date: null, note: '', owner: 'Jolien (JGZ)' },
      ],
    });
    expect(e.blindSpots.map((b) => [b.itemId, b.suggestedOwner])).toEqual([
      ['B1', 'Jolien (JGZ)'],
      ['C4', 'schuldhulp'],
    ]);
  });

  it('counts progress per question section', () => {
    const e = evaluateAssessment(state({ A1: 'nee', A2: 'onbekend', B1: 'ja' }));
    expect(e.progress.find((p) => p.sectionId === 'A')).toEqual({ sectionId: 'A', answered: 2, total: 6 });
    expect(e.progress.find((p) => p.sectionId === 'B')).toEqual({ sectionId: 'B', answered: 1, total: 7 });
  });

  it('computes acute levels on any acute "ja", whatever the protective factors', () => {
    const e = evaluateAssessment(state(allNee({ A5: 'ja', E1: 'ja', E2: 'ja' })));
    expect(e.computed).toEqual({ now: 'acuut', future: 'acuut' });
  });

  it('a revised afwegingskader answer replaces the earlier one', () => {
    const entries = [trailEntry(1, 'ja'), trailEntry(2, 'ja', { date: '2026-03-01' }), trailEntry(2, 'nee', { date: '2026-03-09' })];
    const e = evaluateAssessment(state(allNee(), { trail: entries }));
    expect(e.trails[0]?.outcome).toBe('onvolledig');
    expect(e.trails[0]?.nextQuestion).toBe(3);
  });

  it('answers recorded after the trail ended are reported', () => {
    const entries = [trailEntry(1, 'nee'), trailEntry(2, 'ja')];
    const e = evaluateAssessment(state(allNee(), { trail: entries }));
    expect(e.trails[0]?.problems).toEqual([{ code: 'na_afronding', question: 2 }]);
  });

  it('participants whose scales are far apart are flagged as advice', () => {
    const e = evaluateAssessment(
      state(allNee(), {
        judgement: {
          now: 'laag',
          future: 'laag',
          reason: '',
          date: '2026-03-02',
          scales: [
            { participant: { name: 'Anouk Smit', discipline: 'school' }, scale: 8 },
            { participant: MARCO, scale: 3 },
          ],
        },
      }),
    );
    expect(e.flags.map((f) => f.code)).toEqual(['schalen_uiteen']);
    expect(e.judgement?.scales.map((s) => s.scale)).toEqual([8, 3]);
  });
});

describe('a judgement given earlier', () => {
  const lowered = { now: 'laag' as const, future: 'laag' as const, reason: 'Oma zorgt dagelijks voor de kinderen.', scales: [], date: '2026-03-02' };

  it('keeps its reasoned lower level while the computed level stays where it was judged', () => {
    const e = evaluateAssessment({ ...state(allNee({ C1: 'ja' })), judgement: { ...lowered, computedNow: 'verhoogd', computedFuture: 'hoog' } });
    expect(e.effective).toEqual({ now: 'laag', future: 'laag' });
    expect(e.flags.map((f) => f.code)).toContain('oordeel_verlaagd');
  });

  it('no longer lowers once the computed level has risen since: the new level counts until the meeting judges again', () => {
    const e = evaluateAssessment({ ...state(allNee({ C1: 'ja', A1: 'ja' })), judgement: { ...lowered, computedNow: 'verhoogd', computedFuture: 'hoog' } });
    expect(e.effective).toEqual({ now: 'acuut', future: 'acuut' });
    expect(e.flags.map((f) => f.code)).toContain('oordeel_achterhaald');
    expect(e.nextSteps).toContain('oordeel_vastleggen');
  });
});
