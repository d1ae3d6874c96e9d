// @vitest-environment jsdom
import { act, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { describe, expect, it } from 'vitest';
import { DataTable } from '../../../renderer/components/DataTable';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

function render(node: ReactNode): { html: string; host: HTMLElement; done(): void } {
  const host = document.createElement('div');
  document.body.append(host);
  const root = createRoot(host);
  act(() => root.render(node));
  return {
    html: host.innerHTML,
    host,
    done: () => {
      act(() => root.unmount());
      host.remove();
    },
  };
}

describe('DataTable', () => {
  it('writes the same markup the screens wrote by hand', () => {
    const r = render(
      <DataTable
        caption="Vernietigd"
        captionHidden
        className="extra"
        columns={[{ header: 'Kenmerk' }, { header: 'Wanneer', cellClassName: 'table__nowrap' }, { header: 'Organisatie', cellDir: 'auto' }]}
        rows={[{ key: 'a', className: 'late', cells: ['G-1', '5 mrt 2024', 'CJG Assen'] }]}
        empty="Niets"
      />,
    );
    // The wrapper scrolls a wide table by keyboard: focusable, a region named by the caption.
    const wrap = r.host.querySelector('.table-wrap')!;
    expect(wrap.getAttribute('tabindex')).toBe('0');
    expect(wrap.getAttribute('role')).toBe('region');
    const captionId = wrap.getAttribute('aria-labelledby')!;
    expect(r.host.querySelector('caption')?.id).toBe(captionId);
    expect(r.html.replace(` id="${captionId}"`, '').replace(` tabindex="0" role="region" aria-labelledby="${captionId}"`, '')).toBe(
      '<div class="table-wrap"><table class="table extra"><caption class="visually-hidden">Vernietigd</caption>' +
        '<thead><tr><th scope="col">Kenmerk</th><th scope="col">Wanneer</th><th scope="col">Organisatie</th></tr></thead>' +
        '<tbody><tr class="late"><td>G-1</td><td class="table__nowrap">5 mrt 2024</td><td dir="auto">CJG Assen</td></tr></tbody></table></div>',
    );
    r.done();
  });

  it('shows a visible caption, no caption, or the empty sentence', () => {
    const visible = render(<DataTable caption="Categorieën" columns={[{ header: 'Categorie' }]} rows={[{ key: 'x', cells: [3] }]} />);
    expect(visible.host.querySelector('caption')?.textContent).toBe('Categorieën');
    expect(visible.host.querySelector('caption')?.className).toBe('');
    visible.done();
    const none = render(<DataTable columns={[{ header: 'Gezin' }]} rows={[]} />);
    expect(none.host.querySelector('caption')).toBeNull();
    // Without a caption the wrapper is still reachable by keyboard, but no unnamed region.
    expect(none.host.querySelector('.table-wrap')?.getAttribute('role')).toBeNull();
    expect(none.host.querySelectorAll('tbody tr')).toHaveLength(0);
    none.done();
    const empty = render(<DataTable columns={[{ header: 'Gezin' }]} rows={[]} empty="Geen acties." />);
    expect(empty.html).toBe('<p>Geen acties.</p>');
    empty.done();
  });
});
