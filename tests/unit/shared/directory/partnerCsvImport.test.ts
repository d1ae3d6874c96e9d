import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { CsvSyntaxError, parseCsv } from '../../../../shared/directory/parseCsv';
import { previewPartnerImport } from '../../../../shared/directory/partnerImport';

describe('CSV as Dutch spreadsheets write it', () => {
  it('reads semicolon files with a BOM, quotes, embedded separators and newlines', () => {
    const t = parseCsv('\uFEFForganisatie;type;plaats\r\n"OBS De Regenboog; locatie Noord";school;Emmen\r\n"GGD ""Drenthe""";jgz;"Assen\nCentrum"\r\n');
    expect(t.delimiter).toBe(';');
    expect(t.header).toEqual(['organisatie', 'type', 'plaats']);
    expect(t.rows).toEqual([
      { line: 2, cells: ['OBS De Regenboog; locatie Noord', 'school', 'Emmen'] },
      { line: 3, cells: ['GGD "Drenthe"', 'jgz', 'Assen\nCentrum'] },
    ]);
  });

  it('reads comma files and skips blank lines', () => {
    const t = parseCsv('organisatie,type\n\nWijkteam Emmen-Oost,wijkteam\n');
    expect(t.delimiter).toBe(',');
    expect(t.rows).toEqual([{ line: 3, cells: ['Wijkteam Emmen-Oost', 'wijkteam'] }]);
  });

  it('names the line of an unclosed quote', () => {
    expect(() => parseCsv('organisatie;type\nx;school\n"kapot;jgz\n')).toThrow(CsvSyntaxError);
    try {
      parseCsv('organisatie;type\nx;school\n"kapot;jgz\n');
    } catch (e) {
      expect((e as Error).message).toMatch(/^Regel 3:/);
    }
  });

  it('round-trips any table written with proper quoting', () => {
    const cell = fc.string({ maxLength: 12 });
    fc.assert(
      fc.property(fc.array(fc.array(cell, { minLength: 3, maxLength: 3 }), { minLength: 1, maxLength: 6 }), (rows) => {
        const quote = (c: string) => `"${c.replace(/"/g, '""')}"`;
        const text = ['a;b;c', ...rows.map((r) => r.map(quote).join(';'))].join('\r\n');
        const t = parseCsv(text);
        expect(t.rows.map((r) => r.cells)).toEqual(rows);
      }),
    );
  });
});

describe('partner import preview', () => {
  const header = 'organisatie;type;functie;plaats;telefoon;email;contactpersoon;rol;contact_telefoon;contact_email;overleggen';

  it('accepts good rows and explains every bad one with its line number', () => {
    const p = previewPartnerImport(
      parseCsv(
        [
          header,
          'CBS De Wegwijzer;school;;Emmen;0591-123456;info@wegwijzer.example;Marieke Bos;intern begeleider;;m.bos@wegwijzer.example;een_twee_drie_tje',
          ';jgz;;;;;;;;;',
          'Huisartsenpraktijk Zuid;tandarts;;;12;geen-mail;;;;;zat|koffie',
        ].join('\n'),
      ),
    );
    expect(p.fileErrors).toEqual([]);
    expect(p.rows[0]).toMatchObject({ line: 2, ok: true, value: { functie: 'signalerend', overleggen: ['een_twee_drie_tje'] } });
    expect(p.rows[1]).toMatchObject({ line: 3, ok: false });
    const third = p.rows[2];
    expect(third?.ok).toBe(false);
    if (third && !third.ok) {
      const text = third.errors.join(' | ');
      expect(text).toContain('onbekend type');
      expect(text).toContain('telefoon');
      expect(text).toContain('e-mailadres');
      expect(text).toContain('onbekend overleg');
    }
  });

  it('refuses a file without the required columns, importing nothing', () => {
    const p = previewPartnerImport(parseCsv('naam;plaats\nGGD;Assen\n'));
    expect(p.fileErrors).toEqual(['Kolom ontbreekt: organisatie, type']);
    expect(p.rows).toEqual([]);
  });

  it('keeps script-like text verbatim as data and lists unknown columns as ignored', () => {
    const p = previewPartnerImport(parseCsv('organisatie;type;opmerking\n<script>alert(1)</script>;cjg;x\n'));
    expect(p.ignoredColumns).toEqual(['opmerking']);
    expect(p.rows[0]).toMatchObject({ ok: true, value: { organisatie: '<script>alert(1)</script>', functie: 'duidend' } });
  });
});
