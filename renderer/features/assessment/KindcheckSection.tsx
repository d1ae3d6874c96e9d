import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { TRI_ANSWERS, type KindcheckChild, type KindcheckRecord } from '../../../shared/instrument/assessmentRecords';
import { useAutosave } from '../../autosave/useAutosave';
import { saveKindcheck } from './assessmentActions';

/**
 * Section D, the Kindcheck record: are there children in the household, their ages, who shares the
 * care, and is there a pregnancy. It starts from the registered household and saves as it changes.
 */
export function KindcheckSection({ kindcheck }: { kindcheck: KindcheckRecord }) {
  const { t } = useTranslation();
  const id = useId();
  const note = useAutosave(kindcheck.note, (next) => saveKindcheck({ ...kindcheck, note: next }), 700);

  const setChild = (index: number, patch: Partial<KindcheckChild>) =>
    void saveKindcheck({ ...kindcheck, children: kindcheck.children.map((c, i) => (i === index ? { ...c, ...patch } : c)) });

  const tri = (field: 'childrenInHousehold' | 'pregnancy', legend: string) => (
    <fieldset className="choice-row">
      <legend>{legend}</legend>
      {TRI_ANSWERS.map((v) => (
        <label key={v} className="choice">
          <input type="radio" name={`${id}-${field}`} checked={kindcheck[field] === v} onChange={() => void saveKindcheck({ ...kindcheck, [field]: v })} />{' '}
          {t(`assessment.answer.${v}`)}
        </label>
      ))}
    </fieldset>
  );

  return (
    <div className="kindcheck">
      {tri('childrenInHousehold', t('assessment.kindcheck.children'))}
      {kindcheck.children.length > 0 ? (
        <table className="table">
          <caption className="visually-hidden">{t('assessment.kindcheck.tableCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('assessment.kindcheck.name')}</th>
              <th scope="col">{t('assessment.kindcheck.age')}</th>
              <th scope="col">{t('assessment.kindcheck.careBy')}</th>
            </tr>
          </thead>
          <tbody>
            {kindcheck.children.map((child, index) => (
              <tr key={child.memberId ?? `${index}`}>
                <td dir="auto">{child.name}</td>
                <td>{child.age === null ? t('assessment.kindcheck.ageUnknown') : t('assessment.kindcheck.years', { count: child.age })}</td>
                <td>
                  <label className="visually-hidden" htmlFor={`${id}-care-${index}`}>
                    {t('assessment.kindcheck.careByFor', { name: child.name })}
                  </label>
                  <input
                    id={`${id}-care-${index}`}
                    className="field__input"
                    defaultValue={child.careBy}
                    maxLength={300}
                    onBlur={(e) => {
                      if (e.target.value !== child.careBy) setChild(index, { careBy: e.target.value });
                    }}
                  />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p className="muted">{t('assessment.kindcheck.noChildren')}</p>
      )}
      {tri('pregnancy', t('assessment.kindcheck.pregnancy'))}
      <div className="field">
        <label className="field__label" htmlFor={`${id}-note`}>
          {t('assessment.kindcheck.note')}
        </label>
        <textarea id={`${id}-note`} className="field__input field__textarea" rows={2} value={note.draft} maxLength={4000} onChange={(e) => note.change(e.target.value)} onBlur={() => void note.flush()} />
      </div>
    </div>
  );
}
