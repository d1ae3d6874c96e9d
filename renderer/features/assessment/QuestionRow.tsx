import { useId, type KeyboardEvent, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import type { Answer } from '../../../shared/instrument/assessmentRecords';
import type { AnswerValue, InstrumentItem } from '../../../shared/instrument/instrumentSchema';
import { useAutosave } from '../../autosave/useAutosave';
import { formatDate } from '../../format/dateTime';
import { ANSWER_KEYS } from './keyboardScheme';

const NOTE_DELAY_MS = 700;

export function answerOptions(item: InstrumentItem): AnswerValue[] {
  return item.answerType === 'vink' ? ['ja', 'nee'] : ['ja', 'nee', 'onbekend', 'nvt'];
}

/**
 * One question: its text, the answer buttons (with their key), who answered it and when, and a
 * note. The row itself takes focus (roving: only the current question is in the tab order) so the
 * single-letter keys work without a mouse.
 */
export function QuestionRow({
  item,
  answer,
  current,
  rowRef,
  noteRef,
  onKeyDown,
  onFocus,
  onAnswer,
  onField,
}: {
  item: InstrumentItem;
  answer: Answer | undefined;
  current: boolean;
  rowRef: Ref<HTMLDivElement>;
  noteRef: Ref<HTMLTextAreaElement>;
  onKeyDown(event: KeyboardEvent<HTMLDivElement>): void;
  onFocus(): void;
  onAnswer(value: AnswerValue): void;
  onField(patch: Partial<Pick<Answer, 'note' | 'owner'>>): Promise<void>;
}) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const value = answer?.value ?? null;
  const note = useAutosave(answer?.note ?? '', (next) => onField({ note: next }), NOTE_DELAY_MS);
  const owner = useAutosave(answer?.owner ?? '', (next) => onField({ owner: next }), NOTE_DELAY_MS);
  const labelKey = (v: AnswerValue) => (item.answerType === 'vink' ? `assessment.tick.${v}` : `assessment.answer.${v}`);

  const meta =
    value === null
      ? t('assessment.notAnswered')
      : t('assessment.answeredBy', {
          answer: t(labelKey(value)),
          name: answer?.observer.name || t('assessment.unknownSpeaker'),
          discipline: answer?.observer.discipline || '—',
          source: answer?.source ? t(`assessment.source.${answer.source}`) : '—',
          date: answer?.date ? formatDate(answer.date, i18n.language) : '—',
        });

  return (
    <li className={`question question--${value ?? 'leeg'}${current ? ' question--current' : ''}`} data-item={item.id}>
      <div
        ref={rowRef}
        role="group"
        className="question__row"
        tabIndex={current ? 0 : -1}
        aria-labelledby={`${id}-text`}
        aria-describedby={`${id}-meta`}
        onKeyDown={onKeyDown}
        onFocus={onFocus}
      >
        <p className="question__text" id={`${id}-text`} dir="auto">
          <span className="question__code">{item.id}</span> {item.text}
        </p>
        {item.help ? <p className="question__help">{item.help}</p> : null}
        <div className="answer-buttons no-print">
          {answerOptions(item).map((v) => (
            <button
              key={v}
              type="button"
              tabIndex={-1}
              className={`answer-button answer-button--${v}`}
              aria-pressed={value === v}
              aria-keyshortcuts={ANSWER_KEYS[v]}
              onClick={() => onAnswer(v)}
            >
              {t(labelKey(v))} <kbd aria-hidden="true">{ANSWER_KEYS[v]}</kbd>
            </button>
          ))}
        </div>
        <p className="question__meta" id={`${id}-meta`}>
          {meta}
        </p>
        <div className="question__fields">
          {/* The note field shows on the current question and wherever a note was written, so the list stays short. */}
          {current || note.draft !== '' ? (
            <div className={note.draft === '' ? 'field no-print' : 'field'}>
              <label className="field__label" htmlFor={`${id}-note`}>
                {t('assessment.note', { code: item.id })}
              </label>
              <textarea
                id={`${id}-note`}
                ref={noteRef}
                className="field__input field__textarea question__note"
                rows={2}
                tabIndex={current ? 0 : -1}
                value={note.draft}
                maxLength={4000}
                onChange={(e) => note.change(e.target.value)}
                onBlur={() => void note.flush()}
              />
              {note.error ? (
                <p className="field__error" role="alert">
                  {note.error}
                </p>
              ) : null}
            </div>
          ) : null}
          {value === 'onbekend' ? (
            <div className="field">
              <label className="field__label" htmlFor={`${id}-owner`}>
                {t('assessment.owner')}
              </label>
              {/* A visible suggestion rather than a hint inside the field, which vanishes on the first keystroke. */}
              {item.suggestedOwner ? (
                <p className="field__hint" id={`${id}-owner-hint`}>
                  {t('assessment.ownerSuggestion', { owner: item.suggestedOwner })}
                </p>
              ) : null}
              <input
                id={`${id}-owner`}
                className="field__input"
                tabIndex={current ? 0 : -1}
                value={owner.draft}
                aria-describedby={item.suggestedOwner ? `${id}-owner-hint` : undefined}
                maxLength={160}
                onChange={(e) => owner.change(e.target.value)}
                onBlur={() => void owner.flush()}
              />
            </div>
          ) : null}
        </div>
      </div>
    </li>
  );
}
