import { useCallback, useEffect, useMemo, useRef, type KeyboardEvent, type MutableRefObject, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Answer } from '../../../shared/instrument/assessmentRecords';
import type { Evaluation } from '../../../shared/instrument/evaluateAssessment';
import type { AnswerValue, Instrument, InstrumentSection } from '../../../shared/instrument/instrumentSchema';
import { calendarDayOf, formatCalendarDay, parseCalendarDay } from '../../../shared/domain/calendarDate';
import { persistAnswer, saveAnswer } from './assessmentActions';
import { useAssessment } from './assessmentStore';
import { commandFor, isTextEntry, nextMatching } from './keyboardScheme';
import { answerOptions, QuestionRow } from './QuestionRow';

/**
 * Every section of the instrument in order. Question sections are answered with the keyboard
 * scheme; the built-in parts (Kindcheck, accumulation, afwegingskader, judgement) are rendered by
 * `renderPart` where the instrument places them.
 */
export function QuestionSections({
  instrument,
  answers,
  evaluation,
  renderPart,
  jumpRef,
}: {
  instrument: Instrument;
  answers: readonly Answer[];
  evaluation: Evaluation;
  renderPart(section: InstrumentSection): ReactNode;
  /** Filled with a function that moves focus to a question (used by the blind-spot list and jump buttons). */
  jumpRef: MutableRefObject<((itemId: string) => void) | null>;
}) {
  const { t } = useTranslation();
  const currentItemId = useAssessment((s) => s.currentItemId);
  const setCurrentItem = useAssessment((s) => s.setCurrentItem);
  const rows = useRef(new Map<string, HTMLDivElement>());
  const notes = useRef(new Map<string, HTMLTextAreaElement>());
  const byItem = useMemo(() => new Map(answers.map((a) => [a.itemId, a])), [answers]);
  const items = useMemo(() => instrument.sections.flatMap((s) => s.items), [instrument]);
  const order = useMemo(() => items.map((i) => i.id), [items]);
  const firstId = order[0] ?? null;
  const current = currentItemId !== null && order.includes(currentItemId) ? currentItemId : firstId;

  const focusItem = useCallback(
    (itemId: string | null) => {
      if (itemId === null) return;
      setCurrentItem(itemId);
      // The row becomes focusable on the next render; focus it then.
      requestAnimationFrame(() => rows.current.get(itemId)?.focus());
    },
    [setCurrentItem],
  );
  useEffect(() => {
    jumpRef.current = focusItem;
  }, [jumpRef, focusItem]);

  const answerItem = (itemId: string, value: AnswerValue) => {
    const item = items.find((i) => i.id === itemId);
    if (!item || !answerOptions(item).includes(value)) return;
    const { speaker, source, answerDate } = useAssessment.getState();
    const previous = byItem.get(itemId);
    void saveAnswer({
      itemId,
      value,
      observer: speaker,
      source,
      date: parseCalendarDay(answerDate) ? answerDate : formatCalendarDay(calendarDayOf(new Date())),
      note: previous?.note ?? '',
      owner: value === 'onbekend' ? (previous?.owner ?? '') : '',
    });
  };

  const saveField = (itemId: string, patch: Partial<Pick<Answer, 'note' | 'owner'>>) => {
    const latest = useAssessment.getState().detail?.answers.find((a) => a.itemId === itemId);
    const { speaker, source } = useAssessment.getState();
    const base: Answer = latest ?? { itemId, value: null, observer: speaker, source, date: null, note: '', owner: '' };
    return persistAnswer({ ...base, ...patch });
  };

  const onKeyDown = (itemId: string) => (event: KeyboardEvent<HTMLDivElement>) => {
    if (isTextEntry(event.target)) {
      if (event.key === 'Escape') {
        event.preventDefault();
        rows.current.get(itemId)?.focus();
      }
      return;
    }
    const command = commandFor(event);
    if (!command) return;
    event.preventDefault();
    const index = order.indexOf(itemId);
    switch (command.kind) {
      case 'answer':
        answerItem(itemId, command.value);
        focusItem(order[Math.min(order.length - 1, index + 1)] ?? itemId);
        break;
      case 'move':
        focusItem(order[Math.max(0, Math.min(order.length - 1, index + command.by))] ?? itemId);
        break;
      case 'first':
        focusItem(firstId);
        break;
      case 'last':
        focusItem(order[order.length - 1] ?? null);
        break;
      case 'note':
        notes.current.get(itemId)?.focus();
        break;
      case 'nextUnanswered':
        focusItem(nextMatching(order, itemId, (id) => evaluation.unanswered.includes(id)));
        break;
      case 'nextBlindSpot':
        focusItem(nextMatching(order, itemId, (id) => evaluation.blindSpots.some((b) => b.itemId === id)));
        break;
    }
  };

  return (
    <>
      {instrument.sections.map((section) => {
        const progress = evaluation.progress.find((p) => p.sectionId === section.id);
        return (
          <section key={section.id} className="panel assessment-section" id={`assessment-section-${section.id}`} aria-labelledby={`assessment-section-${section.id}-title`}>
            <h3 id={`assessment-section-${section.id}-title`}>
              {section.id}. {section.title}
              {progress ? <span className="section-progress"> {t('assessment.progress', { answered: progress.answered, total: progress.total })}</span> : null}
            </h3>
            {section.help ? <p className="muted">{section.help}</p> : null}
            {section.role === 'vragen' ? (
              <ol className="questions">
                {section.items.map((item) => (
                  <QuestionRow
                    key={item.id}
                    item={item}
                    answer={byItem.get(item.id)}
                    current={item.id === current}
                    rowRef={(el) => {
                      if (el) rows.current.set(item.id, el);
                      else rows.current.delete(item.id);
                    }}
                    noteRef={(el) => {
                      if (el) notes.current.set(item.id, el);
                      else notes.current.delete(item.id);
                    }}
                    onKeyDown={onKeyDown(item.id)}
                    onFocus={() => {
                      if (useAssessment.getState().currentItemId !== item.id) setCurrentItem(item.id);
                    }}
                    onAnswer={(value) => answerItem(item.id, value)}
                    onField={(patch) => saveField(item.id, patch)}
                  />
                ))}
              </ol>
            ) : (
              renderPart(section)
            )}
          </section>
        );
      })}
    </>
  );
}
