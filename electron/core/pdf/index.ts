export { renderPdf } from './renderPdf';
export { confidentialDocument, repeatingTable, PDF_STYLES, type ConfidentialDocumentInput } from './confidentialDocument';
export { dutchDate, dutchDateTime } from './dutchDates';
