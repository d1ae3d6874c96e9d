import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from '../components/LanguageSwitch';
import { useNavigation } from '../state/navigationStore';
import { useSession } from '../state/sessionStore';

/**
 * Who works in this vault, and the language, behind one button in the top bar: a disclosure, not an
 * ARIA menu, because it holds a description and a group of toggles besides commands. Escape or a
 * click elsewhere closes it and returns focus to the button.
 */
export function OperatorMenu() {
  const { t } = useTranslation();
  const operator = useSession((s) => s.status?.operator);
  const openAbout = useNavigation((s) => s.openAbout);
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const button = useRef<HTMLButtonElement>(null);
  const panel = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!open) return;
    panel.current?.querySelector<HTMLElement>('button')?.focus();
    const outside = (event: MouseEvent) => {
      const target = event.target as Node;
      if (!panel.current?.contains(target) && !button.current?.contains(target)) setOpen(false);
    };
    document.addEventListener('mousedown', outside);
    return () => document.removeEventListener('mousedown', outside);
  }, [open]);

  const close = () => {
    setOpen(false);
    button.current?.focus();
  };

  return (
    <div
      className="topbar-menu"
      onKeyDown={(event) => {
        if (event.key === 'Escape' && open) {
          event.preventDefault();
          close();
        }
      }}
    >
      <button ref={button} type="button" className="topbar__button" aria-expanded={open} aria-controls={panelId} onClick={() => setOpen(!open)}>
        <span className="visually-hidden">{t('shell.menu')}: </span>
        <span dir="auto">{operator ? operator.name : t('shell.noOperator')}</span>
        <span aria-hidden="true"> ▾</span>
      </button>
      <div ref={panel} id={panelId} className="topbar-menu__panel" hidden={!open}>
        {operator ? (
          <p className="topbar-menu__operator">
            <span className="topbar-menu__caption">{t('shell.operator')}</span>
            <span dir="auto">
              {t('shell.operatorValue', { name: operator.name, role: operator.role, organisation: operator.organisation })}
              {operator.onBehalfOf ? `, ${t('accessLog.onBehalfOf', { name: operator.onBehalfOf })}` : null}
            </span>
          </p>
        ) : null}
        <LanguageSwitch />
        <button
          type="button"
          className="link-button"
          onClick={() => {
            setOpen(false);
            openAbout();
          }}
        >
          {t('shell.about')}
        </button>
      </div>
    </div>
  );
}
