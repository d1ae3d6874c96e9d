import { useRef, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { DossierTab } from './dossierTabs';

/**
 * WAI-ARIA tabs with automatic activation: arrow keys move between tabs (wrapping), Home/End jump
 * to the first/last; only the selected tab is in the tab order, and its panel is labelled by it.
 */
export function DossierTablist({
  tabs,
  selectedId,
  onSelect,
  familyId,
}: {
  tabs: readonly DossierTab[];
  selectedId: string;
  onSelect(id: string): void;
  familyId: string;
}) {
  const { t } = useTranslation();
  const refs = useRef(new Map<string, HTMLButtonElement>());
  const selected = tabs.find((tab) => tab.id === selectedId) ?? tabs[0];
  if (!selected) return null;

  const move = (event: KeyboardEvent<HTMLDivElement>) => {
    const index = tabs.findIndex((tab) => tab.id === selected.id);
    let next: number | null = null;
    if (event.key === 'ArrowRight') next = (index + 1) % tabs.length;
    else if (event.key === 'ArrowLeft') next = (index - 1 + tabs.length) % tabs.length;
    else if (event.key === 'Home') next = 0;
    else if (event.key === 'End') next = tabs.length - 1;
    if (next === null) return;
    event.preventDefault();
    const target = tabs[next];
    if (!target) return;
    onSelect(target.id);
    refs.current.get(target.id)?.focus();
  };

  return (
    <div className="tabs">
      <div className="tabs__list" role="tablist" aria-label={t('dossier.tabsLabel')} onKeyDown={move}>
        {tabs.map((tab) => {
          const isSelected = tab.id === selected.id;
          return (
            <button
              key={tab.id}
              ref={(el) => {
                if (el) refs.current.set(tab.id, el);
                else refs.current.delete(tab.id);
              }}
              type="button"
              role="tab"
              id={`dossier-tab-${tab.id}`}
              className="tabs__tab"
              aria-selected={isSelected}
              aria-controls={`dossier-panel-${tab.id}`}
              tabIndex={isSelected ? 0 : -1}
              onClick={() => onSelect(tab.id)}
            >
              {t(tab.labelKey)}
            </button>
          );
        })}
      </div>
      <div
        className="tabs__panel"
        role="tabpanel"
        id={`dossier-panel-${selected.id}`}
        aria-labelledby={`dossier-tab-${selected.id}`}
        tabIndex={0}
      >
        {selected.render(familyId)}
      </div>
    </div>
  );
}
