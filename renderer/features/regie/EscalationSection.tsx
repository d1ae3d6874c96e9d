import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RegieOverview } from '../../../shared/contract/regieChannels';
import { currentLevel, orderedSteps } from '../../../shared/regie/escalationLadder';
import { ESCALATION_STEPS, type EscalationStepKind } from '../../../shared/regie/regieRecords';
import { ErrorAlert } from '../../components/Alert';
import { DataTable } from '../../components/DataTable';
import { formatDate } from '../../format/dateTime';
import { parseDutchDate, toDutchDateInput } from '../../format/dutchDate';
import { useSession } from '../../state/sessionStore';
import { FormFooter, SelectInput, TextInput } from '../../components/FormFields';
import { useSubmit } from '../../api/useSubmit';
import { writeRegie } from './loadRegie';
import { useLoad } from '../../api/useLoad';
import { addEscalation, fetchFamilySignals } from './regieActions';
import { unreadableDateText } from '../../format/typedDate';
import { DateField } from '../../components/DateField';

/** The escalation ladder vrijwillig → drang → dwang, with Veilig Thuis advice and reports. */
export function EscalationSection({ familyId, overview }: { familyId: string; overview: RegieOverview }) {
  const { t, i18n } = useTranslation();
  const operatorName = useSession((s) => s.status?.operator?.name ?? '');
  const [step, setStep] = useState<EscalationStepKind>('drang');
  const [date, setDate] = useState(toDutchDateInput(overview.today));
  const [trigger, setTrigger] = useState('');
  const [decidedBy, setDecidedBy] = useState(operatorName);
  const [reasons, setReasons] = useState('');
  const [adviceForm, setAdviceForm] = useState<'naam' | 'anoniem'>('naam');
  const [problem, setProblem] = useState<string | null>(null);
  const form = useSubmit();
  const steps = orderedSteps(overview.steps);
  // A refusal of help on the timeline asks for drang or a recorded reason why not (timelineSignals).
  const { data: signals } = useLoad(() => fetchFamilySignals({ familyId }), [familyId, overview]);
  const drang = signals?.familyId === familyId ? signals.signals.drang : null;
  const prepare = (next: EscalationStepKind) => {
    setStep(next);
    setTrigger(t('regie.escalation.drangPrompt.trigger'));
  };

  const submit = form.onSubmit(async () => {
    const day = parseDutchDate(date);
    if (day === null || trigger.trim() === '' || decidedBy.trim() === '' || reasons.trim() === '') {
      setProblem(day === null && date.trim() !== '' ? unreadableDateText(date.trim()) : t('regie.escalation.required'));
      return;
    }
    setProblem(null);
    const saved = await form.settle(() => writeRegie(familyId, () => addEscalation({ familyId, step, date: day, trigger, decidedBy, reasons, anonymous: step === 'veilig_thuis_advies' && adviceForm === 'anoniem' })));
    if (saved) {
      setTrigger('');
      setReasons('');
    }
  });

  return (
    <section className="panel regie-panel" aria-labelledby="regie-escalation-title">
      <h2 id="regie-escalation-title">{t('regie.escalation.title')}</h2>
      <p>
        <strong>{t('regie.escalation.level', { level: t(`regie.escalation.steps.${currentLevel(overview.steps)}`) })}</strong>
      </p>
      <DataTable
        empty={t('regie.escalation.empty')}
        columns={[
          { header: t('regie.escalation.date'), cellClassName: 'table__nowrap' },
          { header: t('regie.escalation.step') },
          { header: t('regie.escalation.trigger'), cellDir: 'auto' },
          { header: t('regie.escalation.decidedBy'), cellDir: 'auto' },
          { header: t('regie.escalation.reasons'), cellDir: 'auto' },
        ]}
        rows={steps.map((s) => ({
          key: s.id,
          cells: [
            formatDate(s.date, i18n.language),
            s.step === 'veilig_thuis_advies' ? `${t(`regie.escalation.steps.${s.step}`)} (${t(`regie.escalation.adviceShort.${s.anonymous ? 'anoniem' : 'naam'}`)})` : t(`regie.escalation.steps.${s.step}`),
            s.trigger,
            s.decidedBy,
            s.reasons,
          ],
        }))}
      />
      {drang?.prompt ? (
        <div className="message message--info" role="region" aria-labelledby="regie-drang-title">
          <p id="regie-drang-title">
            <strong>{t('regie.escalation.drangPrompt.title', { days: drang.days })}</strong>
          </p>
          <p>{t('regie.escalation.drangPrompt.body')}</p>
          <div className="button-row">
            <button type="button" className="button" onClick={() => prepare('drang')}>
              {t('regie.escalation.drangPrompt.toDrang')}
            </button>
            <button type="button" className="button" onClick={() => prepare('vrijwillig')}>
              {t('regie.escalation.drangPrompt.whyNot')}
            </button>
          </div>
        </div>
      ) : null}
      <form className="regie-form" onSubmit={submit} noValidate aria-labelledby="regie-escalation-add">
        <h3 id="regie-escalation-add">{t('regie.escalation.addTitle')}</h3>
        <div className="field-grid">
          <SelectInput
            label={t('regie.escalation.step')}
            value={step}
            onChange={(v) => setStep(v as EscalationStepKind)}
            choices={ESCALATION_STEPS.map((s) => ({ value: s, label: t(`regie.escalation.steps.${s}`) }))}
          />
          {step === 'veilig_thuis_advies' ? (
            <SelectInput
              label={t('regie.escalation.adviceForm')}
              hint={t('regie.escalation.adviceFormHint')}
              value={adviceForm}
              onChange={(v) => setAdviceForm(v === 'anoniem' ? 'anoniem' : 'naam')}
              choices={(['naam', 'anoniem'] as const).map((v) => ({ value: v, label: t(`regie.escalation.adviceForms.${v}`) }))}
            />
          ) : null}
          <DateField label={t('regie.escalation.date')} value={date} onChange={setDate} />
          <TextInput label={t('regie.escalation.trigger')} value={trigger} onChange={setTrigger} multiline />
          <TextInput label={t('regie.escalation.decidedBy')} value={decidedBy} onChange={setDecidedBy} maxLength={200} />
          <TextInput label={t('regie.escalation.reasons')} value={reasons} onChange={setReasons} multiline maxLength={4000} />
        </div>
        {problem ? <ErrorAlert>{problem}</ErrorAlert> : null}
        <FormFooter label={t('regie.escalation.submit')} error={form.error} busy={form.busy} />
      </form>
    </section>
  );
}
