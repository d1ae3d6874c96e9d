/** The PDFKit document pdfmake renders into (node build); only what renderPdf patches is typed. */
declare module 'pdfmake/js/PDFDocument' {
  interface PdfmakeDocumentPrototype {
    font(this: PdfmakeDocumentInstance, src: unknown, ...rest: unknown[]): unknown;
  }
  interface PdfmakeDocumentInstance {
    _registeredFonts: Record<string, unknown>;
    registerFont(name: string, src: Buffer): unknown;
  }
  const PDFDocument: { prototype: PdfmakeDocumentPrototype };
  export default PDFDocument;
}
