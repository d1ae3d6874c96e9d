// @vitest-environment jsdom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import '../../../../renderer/i18n';
import type { AssessmentDetail } from '../../../../shared/contract/assessmentChannels';
import { DEFAULT_INSTRUMENT } from '../../../../shared/instrument/defaultInstrument';
import { AssessmentWorkspace } from '../../../../renderer/features/assessment/AssessmentWorkspace';
import { useAssessment } from '../../../../renderer/features/assessment/assessmentStore';
import { commandFor, isTextEntry, nextMatching } from '../../../../renderer/features/assessment/keyboardScheme';
import { ScaleChart } from '../../../../renderer/features/assessment/ScaleChart';
import { registeredResetNames, resetAllStores } from '../../../../renderer/state';
// Every feature's texts, registered as main.tsx does before the first render.
import '../../../../renderer/shell/featureTexts';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const FAMILY = '3f1e2d4c-5b6a-4978-8a9b-0c1d2e3f4a5b';
const CHILD = '6b1e2d4c-5b6a-4978-8a9b-0c1d2e3f4a5b';
const ASSESSMENT = '7c1e2d4c-5b6a-4978-8a9b-0c1d2e3f4a5b';
const INSTRUMENT = '7c0a1d2e-4b5f-4c3a-9e1d-000000000001';

function detail(): AssessmentDetail {
  return {
    assessment: {
      id: ASSESSMENT,
      familyId: FAMILY,
      childId: CHILD,
      childName: 'Lotte Mulder',
      instrumentId: INSTRUMENT,
      meetingId: null,
      previousId: null,
      assessedOn: '2026-11-28',
      createdAt: '2026-11-28T10:00:00.000Z',
      updatedAt: '2026-11-28T10:00:00.000Z',
      createdBy: 'Noor Jansen',
      updatedBy: 'Noor Jansen',
    },
    instrument: DEFAULT_INSTRUMENT,
    answers: [],
    kindcheck: { childrenInHousehold: 'ja', children: [{ name: 'Lotte Mulder', age: 8, careBy: '', memberId: CHILD }], pregnancy: null, note: '' },
    trail: [],
    judgement: null,
    openTopics: [],
  };
}

const calls: { channel: string; request: unknown }[] = [];
let host: HTMLDivElement;
let root: Root;

beforeEach(() => {
  calls.length = 0;
  window.casustafel = {
    invoke: vi.fn(async (channel: string, request: unknown) => {
      // The Meldcode's steps above the afwegingskader, read when it renders: none recorded yet.
      if (channel === 'meldcode:list') return { ok: true, value: [] };
      calls.push({ channel, request });
      return { ok: true, value: { updatedAt: '2026-11-28T10:00:01.000Z', openTopics: [] } };
    }),
    on: () => () => undefined,
  } as unknown as typeof window.casustafel;
  if (typeof window.requestAnimationFrame !== 'function') {
    window.requestAnimationFrame = (cb: FrameRequestCallback) => window.setTimeout(() => cb(0), 0);
  }
  useAssessment.getState().open(detail());
  useAssessment.getState().setSpeaker({ name: 'Ilse Wiersma', discipline: 'JGZ' });
  host = document.createElement('div');
  document.body.append(host);
  root = createRoot(host);
  act(() => root.render(<AssessmentWorkspace detail={useAssessment.getState().detail!} />));
});

afterEach(() => {
  act(() => root.unmount());
  host.remove();
  act(() => resetAllStores());
});

const rerender = () => act(() => root.render(<AssessmentWorkspace detail={useAssessment.getState().detail!} />));
const row = (code: string) => host.querySelector<HTMLElement>(`li[data-item="${code}"] [role="group"]`)!;
const press = (target: HTMLElement, key: string) =>
  act(() => {
    target.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));
  });

describe('the keyboard scheme', () => {
  it('maps single keys to answers and moves, and ignores them with a modifier', () => {
    expect(commandFor({ key: 'j', ctrlKey: false, metaKey: false, altKey: false })).toEqual({ kind: 'answer', value: 'ja' });
    expect(commandFor({ key: 'O', ctrlKey: false, metaKey: false, altKey: false })).toEqual({ kind: 'answer', value: 'onbekend' });
    expect(commandFor({ key: 'x', ctrlKey: false, metaKey: false, altKey: false })).toEqual({ kind: 'answer', value: 'nvt' });
    expect(commandFor({ key: 'ArrowDown', ctrlKey: false, metaKey: false, altKey: false })).toEqual({ kind: 'move', by: 1 });
    expect(commandFor({ key: 'n', ctrlKey: true, metaKey: false, altKey: false })).toBeNull();
    expect(commandFor({ key: 'q', ctrlKey: false, metaKey: false, altKey: false })).toBeNull();
  });

  it('treats text fields as typing, buttons and rows as commands', () => {
    expect(isTextEntry(document.createElement('textarea'))).toBe(true);
    expect(isTextEntry(document.createElement('input'))).toBe(true);
    expect(isTextEntry(document.createElement('button'))).toBe(false);
    expect(isTextEntry(document.createElement('div'))).toBe(false);
  });

  it('finds the next matching question, wrapping round', () => {
    expect(nextMatching(['A1', 'A2', 'A3'], 'A2', (id) => id !== 'A2')).toBe('A3');
    expect(nextMatching(['A1', 'A2', 'A3'], 'A3', (id) => id === 'A1')).toBe('A1');
    expect(nextMatching(['A1'], 'A1', () => false)).toBeNull();
  });
});

describe('answering in the Risicotaxatie tab', () => {
  it('answers with J on a focused question, attributes it to the speaker, and moves on', async () => {
    act(() => row('C1').focus());
    await act(async () => {
      row('C1').dispatchEvent(new KeyboardEvent('keydown', { key: 'j', bubbles: true, cancelable: true }));
      await new Promise((r) => setTimeout(r, 5));
    });
    expect(calls.map((c) => c.channel)).toEqual(['assessment:saveAnswer']);
    expect(calls[0]!.request).toMatchObject({ assessmentId: ASSESSMENT, answer: { itemId: 'C1', value: 'ja', observer: { name: 'Ilse Wiersma', discipline: 'JGZ' } } });
    rerender();
    expect(row('C1').textContent).toContain('Ja — ingebracht door Ilse Wiersma (JGZ)');
    expect(document.activeElement).toBe(row('C2'));
    // Parent signal, children present, no child signal: the Kindcheck warning shows.
    expect(host.querySelector('[role="alert"]')?.textContent).toContain('Kindcheck positief zonder signalen bij het kind');
  });

  it('letters typed in a note are text, not answers', () => {
    const note = host.querySelector<HTMLTextAreaElement>('li[data-item="A1"] textarea')!;
    act(() => note.focus());
    press(note, 'j');
    press(note, 'n');
    expect(calls).toEqual([]);
  });

  it('a child’s own suicide threat shows urgent care today, first and without the melden-norm', () => {
    const topic = (id: string, kind: 'kindveiligheid' | 'spoedzorg') => ({
      id,
      familyId: FAMILY,
      childId: CHILD,
      childName: 'Lotte Mulder',
      assessmentId: ASSESSMENT,
      topic: kind,
      createdAt: '2026-11-28T10:00:00.000Z',
      createdBy: 'Noor Jansen',
      resolvedAt: null,
      resolvedBy: null,
      resolvedMeetingId: null,
      resolution: '',
    });
    const answer = { itemId: 'B7', value: 'ja' as const, observer: { name: 'Ilse Wiersma', discipline: 'JGZ' }, source: 'kind' as const, date: '2026-11-28', note: '', owner: '' };
    act(() =>
      useAssessment.getState().open({
        ...detail(),
        answers: [answer],
        openTopics: [topic('1d1e2d4c-5b6a-4978-8a9b-0c1d2e3f4a5b', 'kindveiligheid'), topic('2d1e2d4c-5b6a-4978-8a9b-0c1d2e3f4a5b', 'spoedzorg')],
      }),
    );
    rerender();
    const flags = host.querySelector<HTMLElement>('.flags')!;
    expect(flags.querySelector('.flag--kritiek')?.textContent).toContain('Spoedzorg vandaag: suïcidale uitingen van het kind');
    expect(flags.textContent).toContain('huisarts of de GGZ-crisisdienst');
    expect(flags.textContent).not.toContain('Melden is de professionele norm');
    const topics = [...flags.querySelectorAll('.flags__topics li')].map((li) => li.textContent);
    expect(topics[0]).toBe('Spoedzorg vandaag voor Lotte Mulder: wie regelt de huisarts of de GGZ-crisisdienst? — vandaag regelen, niet wachten op het volgende overleg');
    expect(topics[1]).toContain('Kindveiligheid van Lotte Mulder');
    expect(flags.querySelector('.next-steps li')?.textContent).toMatch(/^Regel vandaag spoedzorg/);
  });

  it('renders without a single inline style (the CSP forbids them)', () => {
    expect(host.querySelectorAll('[style]')).toHaveLength(0);
  });
});

describe('the scale chart', () => {
  it('draws one line per participant and no inline styles', () => {
    const chartHost = document.createElement('div');
    const chartRoot = createRoot(chartHost);
    const series = [
      { key: 'a', participant: { name: 'Anouk Smit', discipline: 'school' }, points: [{ assessmentIndex: 0, date: '2026-01-10', scale: 3 }, { assessmentIndex: 1, date: '2026-03-10', scale: 6 }] },
      { key: 'b', participant: { name: 'Ruben Kuipers', discipline: 'wijkteam' }, points: [{ assessmentIndex: 1, date: '2026-03-10', scale: 5 }] },
    ];
    act(() => chartRoot.render(<ScaleChart series={series} dates={['2026-01-10', '2026-03-10']} />));
    expect(chartHost.querySelectorAll('polyline')).toHaveLength(2);
    expect(chartHost.querySelectorAll('circle')).toHaveLength(3);
    expect(chartHost.querySelectorAll('[style]')).toHaveLength(0);
    act(() => chartRoot.unmount());
  });
});

describe('locking', () => {
  it('wipes the assessment from renderer memory', () => {
    expect(registeredResetNames()).toContain('assessment');
    act(() => resetAllStores());
    expect(useAssessment.getState().detail).toBeNull();
    expect(useAssessment.getState().speaker).toEqual({ name: '', discipline: '' });
  });
});

describe('the mandatory agenda items on a meeting screen', () => {
  it('lists the open items of the families on the agenda only', async () => {
    const { RequiredTopicsNotice } = await import('../../../../renderer/features/assessment/RequiredTopicsNotice');
    const OTHER = '9d1e2d4c-5b6a-4978-8a9b-0c1d2e3f4a5b';
    const topic = (id: string, familyId: string, childName: string) => ({
      id,
      familyId,
      childId: CHILD,
      childName,
      assessmentId: ASSESSMENT,
      topic: 'kindveiligheid',
      createdAt: '2026-11-28T10:00:00.000Z',
      createdBy: 'Noor Jansen',
      resolvedAt: null,
      resolvedBy: null,
      resolvedMeetingId: null,
      resolution: '',
    });
    window.casustafel = {
      invoke: vi.fn(async () => ({ ok: true, value: [topic('1d1e2d4c-5b6a-4978-8a9b-0c1d2e3f4a5b', FAMILY, 'Lotte Mulder'), topic('2d1e2d4c-5b6a-4978-8a9b-0c1d2e3f4a5b', OTHER, 'Sem Brouwer')] })),
      on: () => () => undefined,
    } as unknown as typeof window.casustafel;
    const noticeHost = document.createElement('div');
    const noticeRoot = createRoot(noticeHost);
    await act(async () => {
      noticeRoot.render(<RequiredTopicsNotice familyIds={[FAMILY]} />);
      await new Promise((r) => setTimeout(r, 5));
    });
    expect(noticeHost.textContent).toContain('Kindveiligheid van Lotte Mulder');
    expect(noticeHost.textContent).not.toContain('Sem Brouwer');
    act(() => noticeRoot.unmount());
  });
});
