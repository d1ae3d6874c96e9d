import { useRef, type KeyboardEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * One part of the dossier: its label is a translation key, its content renders for a family id and
 * reads the loaded dossier from `useDossier` or fetches what it needs itself.
 */
export interface DossierTabPart {
  /** Stable, url-safe id; also used for the element ids of the tab and its panel. */
  id: string;
  labelKey: string;
  render(familyId: string): ReactNode;
}

/** A tab of the dossier's one row; with more than one part, the parts get a row of their own. */
export interface DossierTabGroup {
  id: string;
  labelKey: string;
  parts: readonly DossierTabPart[];
}

/** The group a part belongs to (the first group when the id is unknown, e.g. from an older session). */
export function groupOfPart(groups: readonly DossierTabGroup[], partId: string): { group: DossierTabGroup; part: DossierTabPart } | null {
  for (const group of groups) {
    const part = group.parts.find((p) => p.id === partId) ?? (group.id === partId ? group.parts[0] : undefined);
    if (part) return { group, part };
  }
  const group = groups[0];
  const part = group?.parts[0];
  return group && part ? { group, part } : null;
}

/**
 * The dossier's tabs in two levels, each a WAI-ARIA tablist with automatic activation: arrow keys
 * move between tabs (wrapping), Home/End jump to the first/last; only the selected tab is in the
 * tab order. Choosing a group opens the part last chosen in it (its first part at first).
 */
export function DossierTablist({
  groups,
  selectedId,
  onSelect,
  familyId,
}: {
  groups: readonly DossierTabGroup[];
  selectedId: string;
  onSelect(partId: string): void;
  familyId: string;
}) {
  const { t } = useTranslation();
  const lastPart = useRef(new Map<string, string>());
  const found = groupOfPart(groups, selectedId);
  if (!found) return null;
  const { group, part } = found;
  lastPart.current.set(group.id, part.id);

  const openGroup = (id: string) => {
    const target = groups.find((g) => g.id === id);
    if (!target) return;
    const remembered = lastPart.current.get(id);
    onSelect(target.parts.some((p) => p.id === remembered) && remembered ? remembered : (target.parts[0]?.id ?? id));
  };

  const grouped = group.parts.length > 1;
  const panel = (
    <div className="tabs__panel" role="tabpanel" id={`dossier-panel-${part.id}`} aria-labelledby={`dossier-tab-${grouped ? part.id : group.id}`} tabIndex={0}>
      {part.render(familyId)}
    </div>
  );

  return (
    <div className="tabs">
      <Tablist
        label={t('dossier.tabsLabel')}
        idPrefix="dossier-tab"
        items={groups.map((g) => ({ id: g.id, label: t(g.labelKey), controls: grouped && g.id === group.id ? `dossier-group-${g.id}` : `dossier-panel-${part.id}` }))}
        selectedId={group.id}
        onSelect={openGroup}
        className="tabs__list"
      />
      {grouped ? (
        <div className="tabs__group" id={`dossier-group-${group.id}`} role="tabpanel" aria-labelledby={`dossier-tab-${group.id}`}>
          <Tablist
            label={t('dossier.partsLabel', { group: t(group.labelKey) })}
            idPrefix="dossier-tab"
            items={group.parts.map((p) => ({ id: p.id, label: t(p.labelKey), controls: `dossier-panel-${p.id}` }))}
            selectedId={part.id}
            onSelect={onSelect}
            className="tabs__list tabs__list--parts"
          />
          {panel}
        </div>
      ) : (
        panel
      )}
    </div>
  );
}

function Tablist({
  label,
  idPrefix,
  items,
  selectedId,
  onSelect,
  className,
}: {
  label: string;
  idPrefix: string;
  items: readonly { id: string; label: string; controls: string }[];
  selectedId: string;
  onSelect(id: string): void;
  className: string;
}) {
  const refs = useRef(new Map<string, HTMLButtonElement>());
  const move = (event: KeyboardEvent<HTMLDivElement>) => {
    const index = items.findIndex((item) => item.id === selectedId);
    let next: number | null = null;
    if (event.key === 'ArrowRight') next = (index + 1) % items.length;
    else if (event.key === 'ArrowLeft') next = (index - 1 + items.length) % items.length;
    else if (event.key === 'Home') next = 0;
    else if (event.key === 'End') next = items.length - 1;
    if (next === null) return;
    event.preventDefault();
    event.stopPropagation();
    const target = items[next];
    if (!target) return;
    onSelect(target.id);
    refs.current.get(target.id)?.focus();
  };
  return (
    <div className={className} role="tablist" aria-label={label} onKeyDown={move}>
      {items.map((item) => {
        const isSelected = item.id === selectedId;
        return (
          <button
            key={item.id}
            ref={(el) => {
              if (el) refs.current.set(item.id, el);
              else refs.current.delete(item.id);
            }}
            type="button"
            role="tab"
            id={`${idPrefix}-${item.id}`}
            className="tabs__tab"
            aria-selected={isSelected}
            aria-controls={item.controls}
            tabIndex={isSelected ? 0 : -1}
            onClick={() => onSelect(item.id)}
          >
            {item.label}
          </button>
        );
      })}
    </div>
  );
}
