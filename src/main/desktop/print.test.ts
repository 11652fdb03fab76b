import { describe, expect, it } from 'vitest';
import type { OutgoingFile } from '../services/file-delivery';
import type { PrintableContents } from './print';
import { printPage, savePageAsPdf } from './print';

type PrintCall = Parameters<PrintableContents['print']>;
type PdfCall = Parameters<PrintableContents['printToPDF']>;

/** A window's contents as Electron gives them, recording what printing asked for. */
function standIn(print: { success: boolean; reason: string } = { success: true, reason: '' }) {
  const calls = { print: [] as PrintCall[], pdf: [] as PdfCall[] };
  const contents: PrintableContents = {
    getTitle: () => '关于加快推进城乡社区养老服务设施建设的议案: 草稿/1',
    print: (...args: PrintCall) => {
      calls.print.push(args);
      args[1]?.(print.success, print.reason);
    },
    printToPDF: async (...args: PdfCall) => {
      calls.pdf.push(args);
      return Buffer.from('%PDF-1.7 printed');
    },
  };
  return { contents, calls };
}

const MM_PER_INCH = 25.4;

describe('printing in the desktop app', () => {
  it('saves a PDF on A4 with the GB/T 9704 margins, the stylesheet page preferred, nothing printed in the margins', async () => {
    const { contents, calls } = standIn();
    const delivered: OutgoingFile[] = [];
    const outcome = await savePageAsPdf(
      contents,
      async (file) => (delivered.push(file), { kind: 'saved', path: `/tmp/${file.fileName}` }),
      'Deputy Desk',
    );
    const [options] = calls.pdf[0] ?? [];
    expect(options?.pageSize).toBe('A4');
    const margins = options?.margins ?? {};
    expect(
      [margins.top, margins.right, margins.bottom, margins.left].map((inch) => Math.round((inch ?? 0) * MM_PER_INCH * 100) / 100),
    ).toEqual([37, 26, 35, 28]);
    expect(options?.preferCSSPageSize).toBe(true);
    expect(options?.displayHeaderFooter).toBe(false);
    // The PDF's bytes reach the save dialog, under the page's title made safe for a file name.
    expect(delivered).toHaveLength(1);
    expect(Buffer.from(delivered[0]?.bytes ?? []).toString()).toBe('%PDF-1.7 printed');
    expect(delivered[0]?.fileName).toMatch(/^关于加快推进城乡社区养老服务设施建设的议案[^/:]*\.pdf$/);
    expect(delivered[0]?.mimeType).toBe('application/pdf');
    expect(outcome).toEqual({ kind: 'saved', path: `/tmp/${delivered[0]?.fileName}` });
  });

  it('opens the print dialog on A4 and tells a cancelled dialog from a failed print', async () => {
    const printed = standIn();
    expect(await printPage(printed.contents)).toEqual({ kind: 'printed' });
    expect(printed.calls.print[0]?.[0]).toMatchObject({ silent: false, pageSize: 'A4', printBackground: false });
    expect(await printPage(standIn({ success: false, reason: 'Print job canceled' }).contents)).toEqual({ kind: 'cancelled' });
    expect(await printPage(standIn({ success: false, reason: 'Print job failed' }).contents)).toEqual({
      kind: 'failed',
      reason: 'Print job failed',
    });
  });
});
