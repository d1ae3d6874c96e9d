import { useTranslation } from 'react-i18next';
import { StatusMessage } from '../components/Alert';
import { useSession } from '../state/sessionStore';

/** Why the vault was locked, shown on the screen the user lands on afterwards. */
export function LockNotice() {
  const { t } = useTranslation();
  const notice = useSession((s) => s.notice);
  if (!notice) return null;
  return (
    <StatusMessage>
      {t(`locked.${notice.reason}`)} {t('locked.wiped')}
    </StatusMessage>
  );
}
