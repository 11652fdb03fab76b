/** pdf.js's worker code, which ships without type declarations; only its message handler is used. */
declare module 'pdfjs-dist/legacy/build/pdf.worker.mjs' {
  export const WorkerMessageHandler: unknown;
}
