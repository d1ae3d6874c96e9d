import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { runSave } from '../../autosave/runSave';
import { FormFooter, TextInput } from '../../components/FormFields';
import { useSubmit } from '../../api/useSubmit';
import { parseDutchDate } from '../../format/dutchDate';
import { reloadTimeline } from './loadTimeline';
import { handleStagnation } from './timelineActions';

/**
 * Marking a reported stagnation handled: the alternative that was considered (who, what, when).
 * Core refuses without all three and says what is missing; that sentence shows here.
 */
export function StagnationHandlingForm({ familyId, eventId, title, onDone }: { familyId: string; eventId: string; title: string; onDone(): void }) {
  const { t } = useTranslation();
  const [who, setWho] = useState('');
  const [what, setWhat] = useState('');
  const [when, setWhen] = useState('');
  const form = useSubmit();

  const submit = form.onSubmit(async () => {
    const day = when.trim() === '' ? '' : parseDutchDate(when);
    if (form.rejects({ when: day === null ? t('timeline.signals.alternativeWhenInvalid', { value: when.trim() }) : null }) || day === null) return;
    await form.settle(
      () => runSave(() => handleStagnation({ eventId, who, what, when: day })),
      () => {
        void reloadTimeline(familyId);
        onDone();
      },
    );
  });

  return (
    <form className="regie-form tl-handle" onSubmit={submit} noValidate aria-label={title}>
      <p>
        <strong>{title}</strong>
      </p>
      <p className="muted">{t('timeline.signals.handleIntro')}</p>
      <TextInput label={t('timeline.signals.alternativeWho')} value={who} onChange={setWho} maxLength={200} />
      <TextInput label={t('timeline.signals.alternativeWhat')} value={what} onChange={setWhat} multiline />
      <TextInput
        label={t('timeline.signals.alternativeWhen')}
        hint={t('timeline.signals.alternativeWhenHint')}
        value={when}
        onChange={setWhen}
        inputMode="numeric"
        maxLength={10}
        error={form.fieldErrors.when ?? null}
      />
      <FormFooter label={t('timeline.signals.handleSubmit')} error={form.error} busy={form.busy} />
      <div className="button-row">
        <button type="button" className="button" onClick={onDone}>
          {t('timeline.signals.cancel')}
        </button>
      </div>
    </form>
  );
}
