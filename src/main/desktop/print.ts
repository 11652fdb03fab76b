/**
 * Printing in the desktop app: the system print dialog, or a PDF saved where the deputy chooses, of
 * what the window shows, on the official page. The page itself says what prints (the print stylesheet
 * of the renderer: a draft's sheet, its co-signers page, the voting summary) and, through `@page`,
 * A4 with the GB/T 9704 margins; the options here ask for the same page, so a printer driver's default
 * (Letter, 10 mm) never wins. Thin over Electron: `PrintableContents` is the part of the window's contents (ElectronPort) used.
 */
import type { PageContents, PrintToPDFOptions, WebContentsPrintOptions } from '../electron/electron-port';
import type { Delivery } from '../../shared/domain/delivery';
import { safeFileName, type FileDelivery } from '../services/file-delivery';

export type PrintableContents = Pick<PageContents, 'print' | 'printToPDF' | 'getTitle'>;

const inches = (mm: number) => mm / 25.4;

/** GB/T 9704: top 37 mm, right 26 mm, bottom 35 mm, left 28 mm, in Electron's inches. */
export const OFFICIAL_MARGINS_INCHES = { top: inches(37), right: inches(26), bottom: inches(35), left: inches(28) } as const;

export const OFFICIAL_PDF_OPTIONS: PrintToPDFOptions = {
  pageSize: 'A4',
  margins: OFFICIAL_MARGINS_INCHES,
  // The stylesheet's @page (the same A4 and margins) decides, as in a browser's print.
  preferCSSPageSize: true,
  printBackground: false,
  displayHeaderFooter: false, // no URL, date or title printed in the margins
  generateTaggedPDF: true,
};

export const OFFICIAL_PRINT_OPTIONS: WebContentsPrintOptions = { silent: false, printBackground: false, pageSize: 'A4' };

export type PrintOutcome = { kind: 'printed' } | { kind: 'cancelled' } | { kind: 'failed'; reason: string };

/** Opens the system print dialog; resolves with what came of it. */
export function printPage(contents: PrintableContents): Promise<PrintOutcome> {
  return new Promise((resolve) => {
    contents.print(OFFICIAL_PRINT_OPTIONS, (success, failureReason) => {
      if (success) resolve({ kind: 'printed' });
      else if (/cancel/i.test(failureReason)) resolve({ kind: 'cancelled' });
      else resolve({ kind: 'failed', reason: failureReason });
    });
  });
}

/** Prints the page to a PDF and hands it to `deliver` (the save dialog), named after the window's title. */
export async function savePageAsPdf(contents: PrintableContents, deliver: FileDelivery, fallbackName: string): Promise<Delivery> {
  const bytes = await contents.printToPDF(OFFICIAL_PDF_OPTIONS);
  return deliver({ fileName: safeFileName(contents.getTitle(), fallbackName, 'pdf'), mimeType: 'application/pdf', bytes });
}
