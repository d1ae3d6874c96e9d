// @vitest-environment jsdom
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { describe, expect, it } from 'vitest';
import { DossierTablist } from '../../../../renderer/features/dossier/DossierTablist';
import { dossierTabs, type DossierTab } from '../../../../renderer/features/dossier/dossierTabs';
import { createI18n } from '../../../../renderer/i18n';
// Every feature's texts, registered as main.tsx does before the first render.
import '../../../../renderer/shell/featureTexts';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

describe('the dossier tab registry', () => {
  it('starts with the register tabs, ends with the log, and every id is unique and usable in an element id', () => {
    const ids = dossierTabs.map((t) => t.id);
    expect(ids.slice(0, 4)).toEqual(['overzicht', 'gezin', 'betrokkenen', 'toestemming']);
    expect(ids[ids.length - 1]).toBe('logboek');
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z][a-z0-9-]*$/);
  });

  it('every tab has a label in Dutch and in English', () => {
    for (const language of ['nl', 'en'] as const) {
      const i18n = createI18n(language);
      for (const tab of dossierTabs) {
        expect(i18n.exists(tab.labelKey), `${language}: ${tab.labelKey}`).toBe(true);
        expect(i18n.t(tab.labelKey)).not.toBe(tab.labelKey);
      }
    }
  });
});

describe('the tablist (WAI-ARIA tabs)', () => {
  const tabs: DossierTab[] = ['een', 'twee', 'drie'].map((id) => ({ id, labelKey: id, render: (familyId) => <p>{`${id} ${familyId}`}</p> }));

  async function render(selectedId: string) {
    const container = document.createElement('div');
    document.body.append(container);
    const root = createRoot(container);
    const selected: string[] = [];
    await act(async () => root.render(<DossierTablist tabs={tabs} selectedId={selectedId} onSelect={(id) => selected.push(id)} familyId="f1" />));
    return { container, selected, root };
  }

  const key = (target: Element, k: string) => act(async () => void target.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true })));

  it('only the selected tab is in the Tab order, and its panel is labelled by it', async () => {
    const { container, root } = await render('twee');
    const buttons = [...container.querySelectorAll('[role=tab]')];
    expect(buttons.map((b) => b.getAttribute('tabindex'))).toEqual(['-1', '0', '-1']);
    expect(buttons[1]?.getAttribute('aria-selected')).toBe('true');
    const panel = container.querySelector('[role=tabpanel]');
    expect(panel?.getAttribute('aria-labelledby')).toBe(buttons[1]?.id);
    expect(buttons[1]?.getAttribute('aria-controls')).toBe(panel?.id);
    expect(panel?.textContent).toBe('twee f1');
    await act(async () => root.unmount());
  });

  it('arrow keys wrap, Home and End jump', async () => {
    const { container, selected, root } = await render('drie');
    const selectedTab = container.querySelector('[aria-selected=true]')!;
    await key(selectedTab, 'ArrowRight');
    await key(selectedTab, 'ArrowLeft');
    await key(selectedTab, 'Home');
    await key(selectedTab, 'End');
    await key(selectedTab, 'a');
    expect(selected).toEqual(['een', 'twee', 'een', 'drie']);
    await act(async () => root.unmount());
  });
});
