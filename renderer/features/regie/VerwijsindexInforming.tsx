import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CalendarDay } from '../../../shared/domain/calendarDate';
import type { HouseholdMember } from '../../../shared/domain/records';
import type { RegieAction } from '../../../shared/regie/regieRecords';
import { isPostponed, postponementExpired, postponementReasonIsReal, whoToInform } from '../../../shared/regie/verwijsindexInforming';
import { AutosaveCheckbox } from '../../autosave/AutosaveFields';
import { formatDate } from '../../format/dateTime';
import { parseDutchDate } from '../../format/dutchDate';
import { FormFooter, TextInput } from '../../components/FormFields';
import { saveRegieField, writeRegie } from './loadRegie';
import { actionSave } from './regieActionRequest';
import { useSubmit } from '../../api/useSubmit';
import { saveAction } from './regieActions';
import { unreadableDateText } from '../../format/typedDate';
import { DateField } from '../../components/DateField';

/**
 * Informing about a Verwijsindex registration: who must hear of it by the children's ages (the
 * parents under 16, the youngster from 12), whether they did, and a postponement with its day and
 * reason when informing now would harm the child or the help.
 */
export function VerwijsindexInforming({ familyId, action, children, today }: { familyId: string; action: RegieAction; children: readonly HouseholdMember[]; today: CalendarDay }) {
  const { t, i18n } = useTranslation();
  const about = action.memberIds.length === 0 ? children : children.filter((c) => action.memberIds.includes(c.id));
  const who = whoToInform(
    about.map((c) => c.birthDate),
    today,
  );
  const whoText = t(`regie.vir.inform.${who.parents && who.youngster ? 'both' : who.parents ? 'parents' : 'youngster'}`);
  const postponed = isPostponed(action);
  const save = (changes: Partial<RegieAction>) => saveRegieField(familyId, () => saveAction({ ...actionSave(action), ...changes }));

  return (
    <div className="regie-informing">
      <AutosaveCheckbox label={t('regie.actions.informed', { who: whoText, description: action.description })} value={action.informed} onSave={(v) => save({ informed: v })} />
      {postponed ? (
        <p className={postponementExpired(action, today) ? 'regie-late' : 'muted'}>
          <span dir="auto">
            {t('regie.vir.postponedShown', { date: formatDate(action.informingPostponedUntil!, i18n.language), reason: action.informingPostponedReason })}
          </span>
          {postponementExpired(action, today) ? ` ${t('regie.vir.postponementPassed')}` : ''}{' '}
          <button type="button" className="button button--small button--quiet" onClick={() => void save({ informingPostponedUntil: null, informingPostponedReason: '' })}>
            {t('regie.vir.endPostponement', { description: action.description })}
          </button>
        </p>
      ) : action.informed ? null : (
        <PostponeForm familyId={familyId} action={action} />
      )}
    </div>
  );
}

function PostponeForm({ familyId, action }: { familyId: string; action: RegieAction }) {
  const { t } = useTranslation();
  const [until, setUntil] = useState('');
  const [reason, setReason] = useState('');
  const form = useSubmit();
  const errors = form.fieldErrors;

  const submit = form.onSubmit(async () => {
    const day = parseDutchDate(until);
    const rejected = form.rejects({
      until: until.trim() === '' ? t('regie.vir.untilRequired') : day === null ? unreadableDateText(until.trim()) : null,
      reason: postponementReasonIsReal(reason) ? null : t('regie.vir.reasonRequired'),
    });
    if (rejected) return;
    await form.settle(() => writeRegie(familyId, () => saveAction({ ...actionSave(action), informingPostponedUntil: day, informingPostponedReason: reason.trim() })));
  });

  return (
    <details className="regie-postpone">
      <summary>{t('regie.vir.postpone')}</summary>
      <form className="regie-form" onSubmit={submit} noValidate aria-label={t('regie.vir.postponeFor', { description: action.description })}>
        <p className="muted">{t('regie.vir.postponeIntro')}</p>
        <DateField label={t('regie.vir.until')} value={until} onChange={setUntil} error={errors.until} />
        <TextInput label={t('regie.vir.reason')} value={reason} onChange={setReason} error={errors.reason} multiline />
        <FormFooter label={t('regie.vir.postponeSubmit')} error={form.error} busy={form.busy} />
      </form>
    </details>
  );
}
