import type { Screen } from '../state/navigationStore';
import type { NavIconName } from './navIcons';

/**
 * The main navigation, in the order of a chair's day: one entry per screen, with the screens it
 * stays marked on (a family belongs under Start, a meeting under Overleggen).
 */
export interface NavEntry {
  screen: Screen;
  labelKey: string;
  icon: NavIconName;
  activeOn: readonly Screen[];
}

export const navEntries: readonly NavEntry[] = [
  { screen: 'home', labelKey: 'shell.home', icon: 'home', activeOn: ['home', 'family'] },
  { screen: 'meetings', labelKey: 'shell.meetings', icon: 'meetings', activeOn: ['meetings', 'meeting', 'meetingMode'] },
  { screen: 'followUp', labelKey: 'regie.followUp.nav', icon: 'followUp', activeOn: ['followUp'] },
  { screen: 'directory', labelKey: 'shell.directory', icon: 'directory', activeOn: ['directory'] },
  { screen: 'reporting', labelKey: 'reporting.nav', icon: 'reporting', activeOn: ['reporting'] },
  { screen: 'privacy', labelKey: 'privacy.nav', icon: 'privacy', activeOn: ['privacy'] },
  { screen: 'log', labelKey: 'shell.log', icon: 'log', activeOn: ['log'] },
  { screen: 'settings', labelKey: 'shell.settings', icon: 'settings', activeOn: ['settings'] },
  { screen: 'about', labelKey: 'shell.about', icon: 'about', activeOn: ['about'] },
];
