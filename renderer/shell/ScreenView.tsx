import { AboutScreen } from '../screens/AboutScreen';
import { CreateScreen } from '../screens/CreateScreen';
import { LogScreen } from '../screens/LogScreen';
import { OperatorScreen } from '../screens/OperatorScreen';
import { SettingsScreen } from '../screens/SettingsScreen';
import { UnlockScreen } from '../screens/UnlockScreen';
import { WelcomeScreen } from '../screens/WelcomeScreen';
import { DirectoryScreen } from '../features/directory/DirectoryScreen';
import { DossierScreen } from '../features/dossier/DossierScreen';
import { HomeScreen } from '../features/home/HomeScreen';
import { MeetingEditorScreen } from '../features/meetings/MeetingEditorScreen';
import { MeetingModeScreen } from '../features/meetingMode/MeetingModeScreen';
import { MeetingsScreen } from '../features/meetings/MeetingsScreen';
import { PrivacyScreen } from '../features/privacy/PrivacyScreen';
import { FollowUpScreen } from '../features/regie/FollowUpScreen';
import { ReportingScreen } from '../features/reporting/ReportingScreen';
import type { Screen } from '../state/navigationStore';
import { dossierTabGroups } from './dossierTabs';

/** Every screen of the app, composed here so no feature has to import another feature's screen. */
export function ScreenView({ screen }: { screen: Screen }) {
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
      return <DossierScreen tabs={dossierTabGroups} />;
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
