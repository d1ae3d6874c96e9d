import { useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useSubmit } from '../../api/useSubmit';
import { CsvSyntaxError, parseCsv } from '../../../shared/directory/parseCsv';
import { PARTNER_CSV_COLUMNS, previewPartnerImport, type PartnerPreview } from '../../../shared/directory/partnerImport';
import { ErrorAlert, StatusMessage } from '../../components/Alert';
import { writeDirectory } from './directoryWrites';
import { importPartners } from './directoryActions';

/**
 * CSV import of the sociale kaart: choose a file, see every row (what will be imported, or why not),
 * then import only the valid rows. The file is read here in the window; nothing is written before
 * the user confirms.
 */
export function CsvImport() {
  const { t } = useTranslation();
  const [fileName, setFileName] = useState<string | null>(null);
  const [preview, setPreview] = useState<PartnerPreview | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const [result, setResult] = useState<string | null>(null);
  const { busy, error, setError, run } = useSubmit();

  const choose = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    setPreview(null);
    setFileError(null);
    setResult(null);
    setError(null);
    if (!file) return;
    setFileName(file.name);
    try {
      const text = await file.text();
      setPreview(previewPartnerImport(parseCsv(text)));
    } catch (e) {
      setFileError(e instanceof CsvSyntaxError ? e.message : t('directory.csv.unreadable'));
    }
  };

  const valid = preview ? preview.rows.flatMap((r) => (r.ok ? [r.value] : [])) : [];
  const invalidCount = preview ? preview.rows.filter((r) => !r.ok).length : 0;

  const confirm = async () => {
    if (valid.length === 0) return;
    await run(
      () => writeDirectory(() => importPartners({ rows: valid })),
      (done) => {
        setResult(t('directory.csv.done', { organisations: done.organisationsCreated, professionals: done.professionalsCreated }));
        setPreview(null);
      },
    );
  };

  return (
    <section className="panel" aria-labelledby="directory-csv">
      <h2 id="directory-csv">{t('directory.csv.title')}</h2>
      <p>{t('directory.csv.intro')}</p>
      <p className="field__hint">{t('directory.csv.columns', { columns: PARTNER_CSV_COLUMNS.join('; ') })}</p>
      <div className="field">
        <label className="field__label" htmlFor="directory-csv-file">
          {t('directory.csv.file')}
        </label>
        <input id="directory-csv-file" className="file-input" type="file" accept=".csv,text/csv" onChange={(e) => void choose(e)} />
      </div>
      {fileError ? <ErrorAlert>{t('directory.csv.syntax', { message: fileError })}</ErrorAlert> : null}
      {result ? <StatusMessage tone="success">{result}</StatusMessage> : null}
      {error ? <ErrorAlert>{error}</ErrorAlert> : null}
      {preview ? (
        <div className="csv-preview">
          <h3>{t('directory.csv.previewTitle', { file: fileName ?? '' })}</h3>
          {preview.fileErrors.length > 0 ? (
            <ErrorAlert>
              <ul>
                {preview.fileErrors.map((e) => (
                  <li key={e}>{e}</li>
                ))}
              </ul>
            </ErrorAlert>
          ) : (
            <p role="status">
              {t('directory.csv.summaryValid', { count: valid.length })} {invalidCount > 0 ? t('directory.csv.summaryInvalid', { count: invalidCount }) : null}
            </p>
          )}
          {preview.ignoredColumns.length > 0 ? <p className="callout">{t('directory.csv.ignored', { columns: preview.ignoredColumns.join(', ') })}</p> : null}
          {preview.rows.length > 0 ? (
            <div className="table-wrap" tabIndex={0}>
              <table className="table">
                <caption className="visually-hidden">{t('directory.csv.previewCaption')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('directory.csv.line')}</th>
                    <th scope="col">{t('directory.csv.result')}</th>
                    <th scope="col">{t('directory.organisation')}</th>
                    <th scope="col">{t('directory.type')}</th>
                    <th scope="col">{t('directory.contact')}</th>
                  </tr>
                </thead>
                <tbody>
                  {preview.rows.map((row) =>
                    row.ok ? (
                      <tr key={row.line}>
                        <td>{row.line}</td>
                        <td>
                          <span className="verdict verdict--compleet">{t('directory.csv.willImport')}</span>
                        </td>
                        <td dir="auto">{row.value.organisatie}</td>
                        <td>{t(`vocab.organisationType.${row.value.type}`)}</td>
                        <td dir="auto">{row.value.contactpersoon ? `${row.value.contactpersoon}${row.value.rol ? `, ${row.value.rol}` : ''}` : '—'}</td>
                      </tr>
                    ) : (
                      <tr key={row.line} className="table__row--error">
                        <td>{row.line}</td>
                        <td>
                          <span className="verdict verdict--geweigerd">{t('directory.csv.notImported')}</span>
                          <ul className="row-errors">
                            {row.errors.map((e) => (
                              <li key={e}>{t('directory.csv.rowError', { line: row.line, error: e })}</li>
                            ))}
                          </ul>
                        </td>
                        <td dir="auto">{row.raw.organisatie ?? ''}</td>
                        <td dir="auto">{row.raw.type ?? ''}</td>
                        <td dir="auto">{row.raw.contactpersoon ?? ''}</td>
                      </tr>
                    ),
                  )}
                </tbody>
              </table>
            </div>
          ) : null}
          <div className="button-row">
            <button type="button" className="button button--primary" disabled={valid.length === 0 || busy} onClick={() => void confirm()}>
              {t('directory.csv.confirm', { count: valid.length })}
            </button>
            <button type="button" className="button" onClick={() => setPreview(null)}>
              {t('directory.csv.cancel')}
            </button>
          </div>
        </div>
      ) : null}
    </section>
  );
}
