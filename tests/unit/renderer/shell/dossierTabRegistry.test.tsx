// @vitest-environment jsdom
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { describe, expect, it } from 'vitest';
import { DossierTablist, groupOfPart, type DossierTabGroup } from '../../../../renderer/features/dossier/DossierTablist';
import { dossierTabGroups } from '../../../../renderer/shell/dossierTabs';
import { createI18n } from '../../../../renderer/i18n';
// Every feature's texts, registered as main.tsx does before the first render.
import '../../../../renderer/shell/featureTexts';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

describe('the dossier tab registry', () => {
  it('has seven groups in the order of a case conference, starting with Overzicht and ending with the log', () => {
    expect(dossierTabGroups.map((g) => g.id)).toEqual(['overzicht', 'gezin-en-betrokkenen', 'risicotaxatie', 'tijdlijn', 'besluiten-en-plan', 'delen', 'logboek']);
  });

  it('keeps every part id that other screens open by, each once and usable in an element id', () => {
    const parts = dossierTabGroups.flatMap((g) => g.parts.map((p) => p.id));
    for (const id of ['overzicht', 'gezin', 'betrokkenen', 'toestemming', 'risicotaxatie', 'tijdlijn', 'besluiten', 'gezinsplan', 'logboek']) expect(parts).toContain(id);
    const ids = [...parts, ...dossierTabGroups.filter((g) => g.parts.length > 1).map((g) => g.id)];
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z][a-z0-9-]*$/);
  });

  it('every group and part has a label in Dutch and in English', () => {
    for (const language of ['nl', 'en'] as const) {
      const i18n = createI18n(language);
      for (const key of dossierTabGroups.flatMap((g) => [g.labelKey, ...g.parts.map((p) => p.labelKey)])) {
        expect(i18n.exists(key), `${language}: ${key}`).toBe(true);
        expect(i18n.t(key)).not.toBe(key);
      }
    }
  });

  it('finds the group of a part, and falls back to the first part for an unknown id', () => {
    expect(groupOfPart(dossierTabGroups, 'gezinsplan')?.group.id).toBe('besluiten-en-plan');
    expect(groupOfPart(dossierTabGroups, 'delen')?.part.id).toBe('toestemming');
    expect(groupOfPart(dossierTabGroups, 'bestaat-niet')?.part.id).toBe('overzicht');
  });
});

describe('the tablists (WAI-ARIA tabs, two levels)', () => {
  const part = (id: string) => ({ id, labelKey: id, render: (familyId: string) => <p>{`${id} ${familyId}`}</p> });
  const groups: DossierTabGroup[] = [
    { id: 'een', labelKey: 'een', parts: [part('een')] },
    { id: 'twee', labelKey: 'twee', parts: [part('twee-a'), part('twee-b')] },
    { id: 'drie', labelKey: 'drie', parts: [part('drie')] },
  ];

  async function render(selectedId: string) {
    const container = document.createElement('div');
    document.body.append(container);
    const root = createRoot(container);
    const selected: string[] = [];
    await act(async () => root.render(<DossierTablist groups={groups} selectedId={selectedId} onSelect={(id) => selected.push(id)} familyId="f1" />));
    return { container, selected, root };
  }

  const key = (target: Element, k: string) => act(async () => void target.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true })));

  it('only the selected tab of each row is in the Tab order, and the panel is labelled by the tab that shows it', async () => {
    const { container, root } = await render('drie');
    const buttons = [...container.querySelectorAll('[role=tab]')];
    expect(buttons.map((b) => b.getAttribute('tabindex'))).toEqual(['-1', '-1', '0']);
    const panel = container.querySelector('[role=tabpanel]');
    expect(panel?.getAttribute('aria-labelledby')).toBe(buttons[2]?.id);
    expect(buttons[2]?.getAttribute('aria-controls')).toBe(panel?.id);
    expect(panel?.textContent).toBe('drie f1');
    await act(async () => root.unmount());
  });

  it('a group with parts shows them as a second row; the part shown is selected there', async () => {
    const { container, root } = await render('twee-b');
    const lists = [...container.querySelectorAll('[role=tablist]')];
    expect(lists).toHaveLength(2);
    const parts = [...lists[1]!.querySelectorAll('[role=tab]')];
    expect(parts.map((b) => b.textContent)).toEqual(['twee-a', 'twee-b']);
    expect(parts.map((b) => b.getAttribute('aria-selected'))).toEqual(['false', 'true']);
    expect(container.querySelector('[role=tabpanel] [role=tabpanel]')?.textContent).toBe('twee-b f1');
    await act(async () => root.unmount());
  });

  it('arrow keys wrap, Home and End jump; a group opens at its first part', async () => {
    const { container, selected, root } = await render('drie');
    const selectedTab = container.querySelector('[aria-selected=true]')!;
    await key(selectedTab, 'ArrowRight');
    await key(selectedTab, 'ArrowLeft');
    await key(selectedTab, 'Home');
    await key(selectedTab, 'End');
    await key(selectedTab, 'a');
    expect(selected).toEqual(['een', 'twee-a', 'een', 'drie']);
    await act(async () => root.unmount());
  });

  it('arrow keys in the parts row move between the parts only', async () => {
    const { container, selected, root } = await render('twee-a');
    const partTab = container.querySelectorAll('[role=tablist]')[1]!.querySelector('[aria-selected=true]')!;
    await key(partTab, 'ArrowRight');
    await key(partTab, 'ArrowLeft');
    expect(selected).toEqual(['twee-b', 'twee-b']);
    await act(async () => root.unmount());
  });
});
