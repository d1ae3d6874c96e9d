import { useTranslation } from 'react-i18next';
import { TextInput } from './FormFields';

/**
 * The one date field of a form with a submit button: typed the Dutch way (dd-mm-jjjj), checked with
 * `typedDate` (renderer/format/typedDate) for what the date is for. Autosaved dates use AutosaveDate,
 * which reads and checks the same way.
 */
export function DateField({
  label,
  value,
  onChange,
  error,
  hint,
}: {
  label: string;
  value: string;
  onChange(value: string): void;
  error?: string | null;
  /** Replaces the format hint (it should still name dd-mm-jjjj). */
  hint?: string;
}) {
  const { t } = useTranslation();
  return <TextInput label={label} hint={hint ?? t('date.hint')} value={value} onChange={onChange} error={error} inputMode="numeric" maxLength={10} />;
}
