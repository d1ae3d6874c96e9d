import { useEffect, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { IdleWarningDialog } from './components/IdleWarningDialog';
import { LanguageSwitch } from './components/LanguageSwitch';
import { useIdleLock } from './idle/useIdleLock';
import { AboutScreen } from './screens/AboutScreen';
import { CreateScreen } from './screens/CreateScreen';
import { DirectoryScreen } from './features/directory/DirectoryScreen';
import { DossierScreen } from './features/dossier/DossierScreen';
import { FollowUpScreen } from './features/regie/FollowUpScreen';
import { SessionDigestPanel } from './features/familyPlan/SessionDigestPanel';
import { HomeScreen } from './features/home/HomeScreen';
import { MeetingEditorScreen } from './features/meetings/MeetingEditorScreen';
import { MeetingModeScreen } from './features/meetingMode/MeetingModeScreen';
import { MeetingsScreen } from './features/meetings/MeetingsScreen';
import { LogScreen } from './screens/LogScreen';
import { PrivacyScreen } from './features/privacy/PrivacyScreen';
import { ReportingScreen } from './features/reporting/ReportingScreen';
import { OperatorScreen } from './screens/OperatorScreen';
import { SettingsScreen } from './screens/SettingsScreen';
import { UnlockScreen } from './screens/UnlockScreen';
import { WelcomeScreen } from './screens/WelcomeScreen';
import { followVaultLocks, lockVault, resumeOpenVault } from './session/sessionFlow';
import { useMeetingMode } from './state/meetingModeStore';
import { useNavigation, VAULT_SCREENS, type Screen } from './state/navigationStore';
import { useSession } from './state/sessionStore';

export function App() {
  const screen = useNavigation((s) => s.screen);
  const status = useSession((s) => s.status);

  useEffect(followVaultLocks, []);
  useEffect(resumeOpenVault, []);

  const vaultOpen = status !== null && status.state !== 'locked';
  useIdleLock(vaultOpen);

  const unlocked = status?.state === 'unlocked';
  const shown: Screen = VAULT_SCREENS.includes(screen) && !unlocked ? 'welcome' : screen;

  return (
    <>
      <SkipLink />
      {unlocked ? <VaultHeader current={shown} /> : <PlainHeader />}
      <main id="main" className="main" tabIndex={-1}>
        {/* Not on the projector's screen: the digest lists families by name. */}
        {unlocked && shown !== 'meetingMode' ? <SessionDigestPanel /> : null}
        <ScreenView screen={shown} />
      </main>
      {vaultOpen ? <IdleWarningDialog /> : null}
    </>
  );
}

function ScreenView({ screen }: { screen: Screen }) {
  switch (screen) {
    case 'welcome':
      return <WelcomeScreen />;
    case 'create':
      return <CreateScreen />;
    case 'unlock':
      return <UnlockScreen />;
    case 'operator':
      return <OperatorScreen />;
    case 'home':
      return <HomeScreen />;
    case 'family':
      return <DossierScreen />;
    case 'meetings':
      return <MeetingsScreen />;
    case 'meeting':
      return <MeetingEditorScreen />;
    case 'meetingMode':
      return <MeetingModeScreen />;
    case 'directory':
      return <DirectoryScreen />;
    case 'followUp':
      return <FollowUpScreen />;
    case 'log':
      return <LogScreen />;
    case 'privacy':
      return <PrivacyScreen />;
    case 'reporting':
      return <ReportingScreen />;
    case 'settings':
      return <SettingsScreen />;
    case 'about':
      return <AboutScreen />;
  }
}

function SkipLink() {
  const { t } = useTranslation();
  return (
    <a className="skip-link" href="#main">
      {t('app.skipLink')}
    </a>
  );
}

function Brand() {
  const { t } = useTranslation();
  return (
    <div className="brand">
      <span className="brand__name">{t('app.name')}</span>
      <span className="brand__tagline">{t('app.tagline')}</span>
    </div>
  );
}

function PlainHeader() {
  return (
    <header className="app-header">
      <div className="app-header__inner">
        <Brand />
        <LanguageSwitch />
      </div>
    </header>
  );
}

function VaultHeader({ current }: { current: Screen }) {
  const { t } = useTranslation();
  const status = useSession((s) => s.status);
  const go = useNavigation((s) => s.go);
  const openAbout = useNavigation((s) => s.openAbout);
  const operator = status?.operator;
  // On the projector the menu could lead to screens that list every family: hidden until it is off.
  const projectorOn = useMeetingMode((s) => s.projector) && current === 'meetingMode';

  const navItem = (screen: Screen, label: string, onClick: () => void, active: boolean): ReactNode => (
    <li key={screen}>
      <button
        type="button"
        className="nav__link"
        aria-current={active ? 'page' : undefined}
        onClick={onClick}
      >
        {label}
      </button>
    </li>
  );

  return (
    <header className="app-header">
      <div className="app-header__inner app-header__inner--vault">
        <Brand />
        <dl className="vault-facts">
          <div>
            <dt>{t('shell.vault')}</dt>
            <dd>
              {status?.fileName}
              {status?.isDemo ? <span className="badge">{t('shell.demo')}</span> : null}
            </dd>
          </div>
          {operator ? (
            <div>
              <dt>{t('shell.operator')}</dt>
              <dd>
                {t('shell.operatorValue', {
                  name: operator.name,
                  role: operator.role,
                  organisation: operator.organisation,
                })}
                {operator.onBehalfOf ? `, ${t('accessLog.onBehalfOf', { name: operator.onBehalfOf })}` : null}
              </dd>
            </div>
          ) : null}
        </dl>
        <div className="app-header__actions">
          <LanguageSwitch />
          <button type="button" className="button button--lock" onClick={() => void lockVault('user')}>
            {t('shell.lock')}
          </button>
        </div>
      </div>
      <nav className="nav" aria-label={t('app.mainNav')}>
        {projectorOn ? (
          <p className="mm-nav-hidden">{t('meetingMode.projector.navHidden')}</p>
        ) : (
          <ul className="nav__list">
            {navItem('home', t('shell.home'), () => go('home'), current === 'home' || current === 'family')}
            {navItem('meetings', t('shell.meetings'), () => go('meetings'), current === 'meetings' || current === 'meeting' || current === 'meetingMode')}
            {navItem('directory', t('shell.directory'), () => go('directory'), current === 'directory')}
            {navItem('followUp', t('regie.followUp.nav'), () => go('followUp'), current === 'followUp')}
            {navItem('log', t('shell.log'), () => go('log'), current === 'log')}
            {navItem('privacy', t('privacy.nav'), () => go('privacy'), current === 'privacy')}
            {navItem('reporting', t('reporting.nav'), () => go('reporting'), current === 'reporting')}
            {navItem('settings', t('shell.settings'), () => go('settings'), current === 'settings')}
            {navItem('about', t('shell.about'), openAbout, current === 'about')}
          </ul>
        )}
      </nav>
    </header>
  );
}
