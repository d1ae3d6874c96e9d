import { useId, useRef, useState, type FormEvent, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { AUDIT_CATEGORIES, type AuditCategory } from '../../../shared/access/auditCategory';
import type { FamilySummary } from '../../../shared/contract/schemas';
import { FieldShell, fieldDescribedBy } from '../../components/FieldShell';
import { TextField } from '../../components/TextField';
import { EMPTY_AUDIT_FILTER, toAuditQuery, type AuditFilterDraft, type AuditFilterProblem, type AuditFilterQuery } from '../../state/auditFilter';
import { unreadableDateText } from '../../format/typedDate';

interface AuditFiltersProps {
  /** The filter now applied (the form starts from it). */
  applied: AuditFilterDraft;
  /** Called with the checked filter when the user presses "Filteren" (or Enter in a field). */
  onApply(draft: AuditFilterDraft, query: AuditFilterQuery): void;
  /** The families to choose from; absent in a family's own Logboek tab. */
  families?: FamilySummary[];
  /** Fixed part of the filter that the form does not show (the family of the Logboek tab). */
  fixedFamilyId?: string;
}

/**
 * The log's filters as one small form: every field reachable with Tab, Enter applies, "Filters
 * wissen" shows everything again. Dates are typed as dd-mm-jjjj; a wrong date is named in Dutch
 * next to its field and focused, and nothing is fetched until it is right.
 */
export function AuditFilters({ applied, onApply, families, fixedFamilyId }: AuditFiltersProps) {
  const { t } = useTranslation();
  const id = useId();
  const [draft, setDraft] = useState<AuditFilterDraft>(applied);
  const [problems, setProblems] = useState<AuditFilterProblem[]>([]);
  const fromRef = useRef<HTMLInputElement>(null);
  const toRef = useRef<HTMLInputElement>(null);

  const apply = (next: AuditFilterDraft) => {
    const withFamily = fixedFamilyId === undefined ? next : { ...next, familyId: fixedFamilyId };
    const checked = toAuditQuery(withFamily);
    if ('problems' in checked) {
      setProblems(checked.problems);
      (checked.problems.includes('fromInvalid') ? fromRef : toRef).current?.focus();
      return;
    }
    setProblems([]);
    onApply(next, checked.query);
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    apply(draft);
  };

  const clear = () => {
    const empty = { ...EMPTY_AUDIT_FILTER };
    setDraft(empty);
    apply(empty);
  };

  const fromError = problems.includes('fromInvalid') ? unreadableDateText(draft.fromDay) : null;
  const toError = problems.includes('toInvalid')
    ? unreadableDateText(draft.toDay)
    : problems.includes('toBeforeFrom')
      ? t('accessLog.toBeforeFrom')
      : null;

  return (
    <form className="panel" onSubmit={submit} aria-labelledby={`${id}-title`} noValidate>
      <h2 id={`${id}-title`}>{t('accessLog.filtersTitle')}</h2>
      <div className="field-grid">
        {families === undefined ? null : (
          <FieldShell id={`${id}-family`} label={t('accessLog.family')}>
            <select
              id={`${id}-family`}
              className="field__input"
              value={draft.familyId ?? ''}
              onChange={(e) => setDraft({ ...draft, familyId: e.target.value === '' ? null : e.target.value })}
            >
              <option value="">{t('accessLog.allFamilies')}</option>
              {families.map((f) => (
                <option key={f.id} value={f.id}>
                  {f.displayName}
                </option>
              ))}
            </select>
          </FieldShell>
        )}
        <TextField
          label={t('accessLog.operator')}
          hint={t('accessLog.operatorHint')}
          value={draft.operator}
          maxLength={200}
          onChange={(e) => setDraft({ ...draft, operator: e.target.value })}
        />
        <FieldShell id={`${id}-category`} label={t('accessLog.category')}>
          <select
            id={`${id}-category`}
            className="field__input"
            value={draft.category ?? ''}
            onChange={(e) => setDraft({ ...draft, category: e.target.value === '' ? null : (e.target.value as AuditCategory) })}
          >
            <option value="">{t('accessLog.allCategories')}</option>
            {AUDIT_CATEGORIES.map((c) => (
              <option key={c} value={c}>
                {t(`accessLog.categories.${c}`)}
              </option>
            ))}
          </select>
        </FieldShell>
        <DayField id={`${id}-from`} label={t('accessLog.from')} value={draft.fromDay} error={fromError} inputRef={fromRef} onChange={(fromDay) => setDraft({ ...draft, fromDay })} />
        <DayField id={`${id}-to`} label={t('accessLog.to')} value={draft.toDay} error={toError} inputRef={toRef} onChange={(toDay) => setDraft({ ...draft, toDay })} />
      </div>
      <div className="button-row">
        <button type="submit" className="button button--primary">
          {t('accessLog.apply')}
        </button>
        <button type="button" className="button" onClick={clear}>
          {t('accessLog.clear')}
        </button>
      </div>
    </form>
  );
}

function DayField({
  id,
  label,
  value,
  error,
  inputRef,
  onChange,
}: {
  id: string;
  label: string;
  value: string;
  error: string | null;
  inputRef: Ref<HTMLInputElement>;
  onChange(value: string): void;
}) {
  const { t } = useTranslation();
  const hint = t('accessLog.dateHint');
  return (
    <FieldShell id={id} label={label} hint={hint} error={error} inlineHint>
      <input
        id={id}
        ref={inputRef}
        className="field__input"
        inputMode="numeric"
        autoComplete="off"
        value={value}
        maxLength={10}
        aria-invalid={error ? true : undefined}
        aria-describedby={fieldDescribedBy(id, hint, error)}
        onChange={(e) => onChange(e.target.value)}
      />
    </FieldShell>
  );
}
