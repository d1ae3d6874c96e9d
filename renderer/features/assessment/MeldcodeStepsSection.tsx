import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { calendarDayOf, formatCalendarDay } from '../../../shared/domain/calendarDate';
import type { Observer } from '../../../shared/instrument/assessmentRecords';
import type { Evaluation } from '../../../shared/instrument/evaluateAssessment';
import { MELDCODE_STEP_KINDS, meldcodeProgress, meldcodePromptNeeded, meldcodeTriggers, type MeldcodeStepKind } from '../../../shared/instrument/meldcodeSteps';
import { useLoad } from '../../api/useLoad';
import { useSubmit } from '../../api/useSubmit';
import { ErrorAlert } from '../../components/Alert';
import { FormFooter, SelectInput, TextInput } from '../../components/FormFields';
import { formatDate } from '../../format/dateTime';
import { parseDutchDate, toDutchDateInput } from '../../format/dutchDate';
import { listMeldcodeSteps, saveMeldcodeStep } from './assessmentActions';
import { unreadableDateText } from '../../format/typedDate';

/**
 * The Meldcode's steps before the afwegingskader, per professional: consultation with a colleague
 * or advice from Veilig Thuis (possibly anonymous), and the conversation with parent and child (who
 * leads it, when, what came out). When the melden-norm, a positive Kindcheck or accumulation fires
 * and someone at the table has not walked these steps, a prompt says so above the trail.
 */
export function MeldcodeStepsSection({ familyId, evaluation, speaker }: { familyId: string; evaluation: Evaluation; speaker: Observer }) {
  const { t, i18n } = useTranslation();
  const [reloads, setReloads] = useState(0);
  const { data: steps, error } = useLoad(() => listMeldcodeSteps(familyId), [familyId, reloads]);
  const triggers = meldcodeTriggers(evaluation);
  const progress = meldcodeProgress(steps ?? [], evaluation.trails.map((tr) => tr.professional));
  const prompt = steps !== undefined && meldcodePromptNeeded(triggers, progress);

  return (
    <section className="meldcode" aria-labelledby="meldcode-title">
      <h4 id="meldcode-title">{t('assessment.meldcode.title')}</h4>
      <p className="muted">{t('assessment.meldcode.intro')}</p>
      {error ? <ErrorAlert>{error}</ErrorAlert> : null}
      {prompt ? (
        <div className="message message--info meldcode__prompt" role="status">
          <p>{t('assessment.meldcode.prompt', { why: triggers.map((tr) => t(`assessment.meldcode.triggers.${tr}`)).join(', ') })}</p>
          <ul>
            {progress
              .filter((p) => p.missing.length > 0)
              .map((p) => (
                <li key={p.key} dir="auto">
                  {t('assessment.meldcode.missing', {
                    name: p.professional.name,
                    discipline: p.professional.discipline,
                    what: p.missing.map((m) => t(`assessment.meldcode.missingParts.${m}`)).join(', '),
                  })}
                </li>
              ))}
          </ul>
        </div>
      ) : null}
      {steps !== undefined && steps.length === 0 ? <p>{t('assessment.meldcode.empty')}</p> : null}
      {progress
        .filter((p) => p.steps.length > 0)
        .map((p) => (
          <article key={p.key} className="trail">
            <h5 dir="auto">
              {p.professional.name} ({p.professional.discipline})
            </h5>
            <ul>
              {p.steps.map((s) => (
                <li key={`${s.step}-${s.date}-${s.outcome}`} dir="auto">
                  <strong>{t(`assessment.meldcode.steps.${s.step}`)}</strong>, {formatDate(s.date, i18n.language)}
                  {s.step === 'advies_veilig_thuis' ? ` (${s.anonymous ? t('assessment.meldcode.anonymous') : t('assessment.meldcode.named')})` : ''}
                  {s.step === 'gesprek_ouder_kind' ? `, ${t('assessment.meldcode.ledBy', { name: s.ledBy })}` : ''}
                  {s.withWhom ? `, ${s.withWhom}` : ''}: {s.outcome}
                </li>
              ))}
            </ul>
          </article>
        ))}
      <MeldcodeStepForm familyId={familyId} speaker={speaker} onSaved={() => setReloads((n) => n + 1)} />
    </section>
  );
}

function MeldcodeStepForm({ familyId, speaker, onSaved }: { familyId: string; speaker: Observer; onSaved: () => void }) {
  const { t } = useTranslation();
  const [name, setName] = useState<string | null>(null);
  const [discipline, setDiscipline] = useState<string | null>(null);
  const [step, setStep] = useState<MeldcodeStepKind>('collegiaal_consult');
  const [date, setDate] = useState(toDutchDateInput(formatCalendarDay(calendarDayOf(new Date()))));
  const [withWhom, setWithWhom] = useState('');
  const [ledBy, setLedBy] = useState('');
  const [anonymous, setAnonymous] = useState(false);
  const [outcome, setOutcome] = useState('');
  const form = useSubmit();
  // Follows the speaker of the assessment until the user types someone else here.
  const professional = { name: name ?? speaker.name, discipline: discipline ?? speaker.discipline };

  const submit = form.onSubmit(async () => {
    const day = parseDutchDate(date);
    const rejected = form.rejects({
      professional: professional.name.trim() === '' || professional.discipline.trim() === '' ? t('assessment.meldcode.professionalRequired') : null,
      date: day === null ? unreadableDateText(date.trim()) : null,
      ledBy: step === 'gesprek_ouder_kind' && ledBy.trim() === '' ? t('assessment.meldcode.ledByRequired') : null,
      outcome: outcome.trim() === '' ? t('assessment.meldcode.outcomeRequired') : null,
    });
    if (rejected || day === null) return;
    const ok = await form.settle(() =>
      saveMeldcodeStep({
        familyId,
        professional,
        step,
        date: day,
        anonymous: step === 'advies_veilig_thuis' && anonymous,
        withWhom,
        ledBy: step === 'gesprek_ouder_kind' ? ledBy : '',
        outcome,
      }),
    );
    if (ok) {
      setWithWhom('');
      setLedBy('');
      setAnonymous(false);
      setOutcome('');
      onSaved();
    }
  });

  return (
    <form className="meldcode__form" onSubmit={submit} noValidate aria-labelledby="meldcode-add-title">
      <h5 id="meldcode-add-title">{t('assessment.meldcode.addTitle')}</h5>
      <div className="field-grid">
        <TextInput label={t('assessment.meldcode.professional')} value={professional.name} onChange={setName} error={form.fieldErrors.professional} maxLength={160} />
        <TextInput label={t('assessment.meldcode.discipline')} value={professional.discipline} onChange={setDiscipline} maxLength={120} />
        <SelectInput
          label={t('assessment.meldcode.step')}
          value={step}
          onChange={(v) => setStep(v as MeldcodeStepKind)}
          choices={MELDCODE_STEP_KINDS.map((k) => ({ value: k, label: t(`assessment.meldcode.steps.${k}`) }))}
        />
        <TextInput label={t('assessment.meldcode.date')} value={date} onChange={setDate} error={form.fieldErrors.date} inputMode="numeric" maxLength={10} />
        <TextInput label={t('assessment.meldcode.withWhom')} value={withWhom} onChange={setWithWhom} maxLength={200} />
        {step === 'gesprek_ouder_kind' ? (
          <TextInput label={t('assessment.meldcode.ledByLabel')} value={ledBy} onChange={setLedBy} error={form.fieldErrors.ledBy} maxLength={160} />
        ) : null}
      </div>
      {step === 'advies_veilig_thuis' ? (
        <div className="checkbox">
          <input type="checkbox" id={`meldcode-anonymous-${familyId}`} checked={anonymous} onChange={(e) => setAnonymous(e.target.checked)} />
          <label htmlFor={`meldcode-anonymous-${familyId}`}>{t('assessment.meldcode.anonymousLabel')}</label>
        </div>
      ) : null}
      <TextInput label={t('assessment.meldcode.outcome')} value={outcome} onChange={setOutcome} error={form.fieldErrors.outcome} multiline maxLength={4000} />
      <FormFooter label={t('assessment.meldcode.submit')} error={form.error} busy={form.busy} />
    </form>
  );
}
