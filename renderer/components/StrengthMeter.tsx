import { useTranslation } from 'react-i18next';
import type { PassphraseStrength } from '../../shared/contract/schemas';

/** Live passphrase strength: a five-step bar plus the same information in words. */
export function StrengthMeter({ id, strength, empty }: { id: string; strength: PassphraseStrength | null; empty: boolean }) {
  const { t } = useTranslation();
  const score = strength?.score ?? 0;
  return (
    <div className="strength" id={id} aria-live="polite">
      <p className="strength__label">
        {t('strength.label')}:{' '}
        <strong>{empty || !strength ? t('strength.empty') : t(`strength.level${score}`)}</strong>
      </p>
      <div className={`strength__bar strength__bar--${empty || !strength ? 'none' : score}`} aria-hidden="true">
        {[0, 1, 2, 3, 4].map((step) => (
          <span key={step} className="strength__step" />
        ))}
      </div>
      {strength && !empty ? (
        <div className="strength__details">
          <p className={strength.acceptable ? 'strength__verdict strength__verdict--ok' : 'strength__verdict'}>
            {strength.acceptable ? t('strength.acceptable') : t('strength.notAcceptable')}{' '}
            {strength.crackTimeDisplay ? t('strength.crackTime', { time: strength.crackTimeDisplay }) : null}
          </p>
          {strength.warning ? <p className="strength__warning">{strength.warning}</p> : null}
          {strength.suggestions.length > 0 ? (
            <ul className="strength__suggestions">
              {strength.suggestions.map((suggestion) => (
                <li key={suggestion}>{suggestion}</li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}
