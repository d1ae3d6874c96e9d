export { renderPdf } from './renderPdf';
export { confidentialDocument, repeatingTable, PDF_STYLES, type ConfidentialDocumentInput } from './confidentialDocument';
export { dutchDate, dutchDateTime, amsterdamDay, EXPORT_TIME_ZONE } from './dutchDates';
