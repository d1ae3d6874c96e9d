import { describe, expect, it } from 'vitest';
import { confidentialDocument, repeatingTable } from '../../../../electron/core/pdf/confidentialDocument';
import { renderPdf } from '../../../../electron/core/pdf/renderPdf';
import { flat, pdfOpens, pdfText } from '../support/pdfText';

describe('the confidential document frame', () => {
  it('puts "Vertrouwelijk" and "pagina x van y" on every page and repeats table headers', async () => {
    const rows = Array.from({ length: 120 }, (_, i) => [`Regel ${i + 1}`, `Afspraak met familie Jansen-de Vries ${i + 1}`]);
    const pdf = await renderPdf(
      confidentialDocument({
        title: 'Proefdocument',
        subtitle: 'maandag 2 maart 2026',
        content: [repeatingTable([80, '*'], ['Nummer', 'Omschrijving'], rows)],
      }),
    );
    const pages = pdfText(pdf).split('\f').filter((p) => p.trim() !== '');
    expect(pages.length).toBeGreaterThan(1);
    pages.forEach((page, i) => {
      const text = flat(page);
      expect(text).toContain('Vertrouwelijk');
      expect(text).toContain(`pagina ${i + 1} van ${pages.length}`);
      expect(text).toContain('Nummer Omschrijving');
    });
    expect(flat(pdfText(pdf))).toContain('Afspraak met familie Jansen-de Vries 120');
    // Dutch diacritics survive (embedded Roboto, not a standard font).
    const accents = await renderPdf(confidentialDocument({ title: 'Geëxporteerd: één, twee', content: ['Zoë café, officieel afgeflakt'] }));
    expect(pdfText(accents)).toContain('Geëxporteerd: één, twee');
    // No ligatures (layout tables hidden for speed): "fi"/"fl" extract letter for letter.
    expect(pdfText(accents)).toContain('Zoë café, officieel afgeflakt');
  });

  it('with a password the PDF does not open without it, and opens with it', async () => {
    const pdf = await renderPdf(confidentialDocument({ title: 'Beveiligd', content: ['Geheime inhoud'], password: 'tulpenbol-2026' }));
    expect(pdfOpens(pdf)).toBe(false);
    expect(pdfOpens(pdf, 'verkeerd-wachtwoord')).toBe(false);
    expect(pdfText(pdf, 'tulpenbol-2026')).toContain('Geheime inhoud');
    // AES, not RC4: the encryption dictionary names the AES-256 handler.
    expect(Buffer.from(pdf).toString('latin1')).toMatch(/\/AESV3/);
  });
});
