import { useTranslation } from 'react-i18next';
import { useNavigation, type Screen } from '../state/navigationStore';
import { NavIcon } from './navIcons';
import { navEntries } from './navEntries';
import { useSideNavPreference } from './sideNavPreference';

/**
 * The main navigation as a side bar that never wraps. Collapsed it shows icons only (each keeps its
 * name for screen readers and as a tooltip); in Vergadermodus it is always collapsed, so the agenda
 * and the case get the width.
 */
export function SideNav({ current }: { current: Screen }) {
  const { t } = useTranslation();
  const go = useNavigation((s) => s.go);
  const openAbout = useNavigation((s) => s.openAbout);
  const preference = useSideNavPreference((s) => s.collapsed);
  const toggle = useSideNavPreference((s) => s.toggle);
  const inMeeting = current === 'meetingMode';
  const collapsed = inMeeting || preference;

  return (
    <nav className={collapsed ? 'sidenav sidenav--collapsed' : 'sidenav'} aria-label={t('app.mainNav')}>
      <ul className="sidenav__list">
        {navEntries.map((entry) => {
          const label = t(entry.labelKey);
          return (
            <li key={entry.screen}>
              <button
                type="button"
                className="sidenav__link"
                aria-current={entry.activeOn.includes(current) ? 'page' : undefined}
                title={collapsed ? label : undefined}
                onClick={() => (entry.screen === 'about' ? openAbout() : go(entry.screen))}
              >
                <NavIcon name={entry.icon} />
                <span className={collapsed ? 'visually-hidden' : 'sidenav__label'}>{label}</span>
              </button>
            </li>
          );
        })}
      </ul>
      {inMeeting ? null : (
        <button type="button" className="sidenav__toggle" onClick={toggle} title={collapsed ? t('shell.expandNav') : undefined}>
          <NavIcon name={collapsed ? 'expand' : 'collapse'} />
          <span className={collapsed ? 'visually-hidden' : 'sidenav__label'}>{collapsed ? t('shell.expandNav') : t('shell.collapseNav')}</span>
        </button>
      )}
    </nav>
  );
}
