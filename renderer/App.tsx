import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { IdleWarningDialog } from './components/IdleWarningDialog';
import { useIdleLock } from './idle/useIdleLock';
import { followVaultLocks, resumeOpenVault } from './session/sessionFlow';
import { ScreenView } from './shell/ScreenView';
import { SideNav } from './shell/SideNav';
import { TopBar } from './shell/TopBar';
import './shell/shell.css';
import { useMeetingMode } from './state/meetingModeStore';
import { useNavigation, VAULT_SCREENS, type Screen } from './state/navigationStore';
import { useSession } from './state/sessionStore';

/**
 * The workspace frame: a compact top bar, the side bar, and the screen in a pane that scrolls on
 * its own, so the frame stays put. Vergadermodus lays out its own panes inside that one; the
 * beamer view drops the frame, because everyone in the room reads it.
 */
export function App() {
  const screen = useNavigation((s) => s.screen);
  const status = useSession((s) => s.status);
  const projector = useMeetingMode((s) => s.projector);

  useEffect(followVaultLocks, []);
  useEffect(resumeOpenVault, []);

  const vaultOpen = status !== null && status.state !== 'locked';
  useIdleLock(vaultOpen);

  const unlocked = status?.state === 'unlocked';
  const shown: Screen = VAULT_SCREENS.includes(screen) && !unlocked ? 'welcome' : screen;
  const beamer = unlocked && shown === 'meetingMode' && projector;
  const modifier = beamer ? ' workspace--beamer' : unlocked && shown === 'meetingMode' ? ' workspace--meeting' : unlocked ? '' : ' workspace--plain';

  return (
    <div className={`workspace${modifier}`}>
      <SkipLink />
      {beamer ? null : <TopBar vaultOpen={unlocked} />}
      {unlocked && !beamer ? <SideNav current={shown} /> : null}
      <main id="main" className="workspace__main" tabIndex={-1}>
        <ScreenView screen={shown} />
      </main>
      {vaultOpen ? <IdleWarningDialog /> : null}
    </div>
  );
}

function SkipLink() {
  const { t } = useTranslation();
  return (
    <a className="skip-link" href="#main">
      {t('app.skipLink')}
    </a>
  );
}
