import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSubmit } from '../api/useSubmit';
import { ErrorAlert } from '../components/Alert';
import { ScreenHeading } from '../components/ScreenHeading';
import { TextField } from '../components/TextField';
import { applyStatus, lockVault } from '../session/sessionFlow';
import { setOperator } from './vaultActions';

type FieldName = 'name' | 'organisation' | 'role';

/** "Namens" (on whose behalf) may stay empty: most people work for themselves. */
const ON_BEHALF_OF_MAX = 200;

export function OperatorScreen() {
  const { t } = useTranslation();
  const [values, setValues] = useState<Record<FieldName, string>>({ name: '', organisation: '', role: '' });
  const [onBehalfOf, setOnBehalfOf] = useState('');
  const [missing, setMissing] = useState<FieldName[]>([]);
  const { busy, error, setError, run, onSubmit } = useSubmit();
  const refs = {
    name: useRef<HTMLInputElement>(null),
    organisation: useRef<HTMLInputElement>(null),
    role: useRef<HTMLInputElement>(null),
  };

  const submit = onSubmit(async () => {
    const empty = (Object.keys(values) as FieldName[]).filter((k) => values[k].trim() === '');
    setMissing(empty);
    setError(null);
    if (empty.length > 0) {
      refs[empty[0] as FieldName].current?.focus();
      return;
    }
    const behalf = onBehalfOf.trim();
    await run(() => setOperator(behalf === '' ? values : { ...values, onBehalfOf: behalf }), applyStatus);
  });

  const field = (name: FieldName, autoComplete: string, hint?: string) => (
    <TextField
      label={t(`operator.${name}`)}
      hint={hint}
      autoComplete={autoComplete}
      value={values[name]}
      onChange={(e) => setValues({ ...values, [name]: e.target.value })}
      error={missing.includes(name) ? t('form.required') : null}
      inputRef={refs[name]}
      maxLength={name === 'organisation' ? 160 : 120}
    />
  );

  return (
    <div className="screen screen--narrow">
      <ScreenHeading>{t('operator.title')}</ScreenHeading>
      <p>{t('operator.intro')}</p>
      <form className="form" onSubmit={submit} noValidate>
        {field('name', 'name')}
        {field('organisation', 'organization')}
        {field('role', 'organization-title', t('operator.roleHint'))}
        <TextField
          label={t('operator.onBehalfOf')}
          hint={t('operator.onBehalfOfHint')}
          autoComplete="off"
          value={onBehalfOf}
          onChange={(e) => setOnBehalfOf(e.target.value)}
          maxLength={ON_BEHALF_OF_MAX}
        />
        {error ? <ErrorAlert>{error}</ErrorAlert> : null}
        <div className="button-row">
          <button type="submit" className="button button--primary" disabled={busy}>
            {t('operator.submit')}
          </button>
          <button type="button" className="button" onClick={() => void lockVault('user')} disabled={busy}>
            {t('operator.cancel')}
          </button>
        </div>
      </form>
    </div>
  );
}
