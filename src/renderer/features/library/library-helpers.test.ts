import { describe, expect, it } from 'vitest';
import { guessDocumentKind } from './document-kind';
import { demoteHeading, listCorrections, NO_CORRECTIONS, promoteParagraph, revertCorrection } from './heading-corrections';
import { bytesToBase64 } from '../../app/base64';
import { checkImportFile, exceedsWebHostLimit, fileExtension, MAX_IMPORT_BYTES } from '../../app/import-file';

describe('import files', () => {
  it('refuses files over 50 MB before reading them', () => {
    expect(checkImportFile({ size: MAX_IMPORT_BYTES })).toBe('ok');
    expect(checkImportFile({ size: MAX_IMPORT_BYTES + 1 })).toBe('tooLarge');
  });
  it('knows when a file will not pass the web host’s 10 MB requests', () => {
    expect(exceedsWebHostLimit({ size: 1024 * 1024 })).toBe(false);
    expect(exceedsWebHostLimit({ size: 8 * 1024 * 1024 })).toBe(true);
  });
  it('encodes bytes as base64 in chunks', () => {
    expect(bytesToBase64(new TextEncoder().encode('Deputy Desk'))).toBe('RGVwdXR5IERlc2s=');
    const bytes = new Uint8Array(100_000).map((_, i) => i % 256);
    expect(atob(bytesToBase64(bytes)).length).toBe(100_000);
    expect(fileExtension('Report.DOCX')).toBe('docx');
    expect(fileExtension('README')).toBe('');
  });
});

describe('heading corrections', () => {
  it('promotes, demotes and reverts without duplicates', () => {
    let o = promoteParagraph(NO_CORRECTIONS, 'Spending', 2);
    o = promoteParagraph(o, 'Spending', 1);
    expect(o.promote).toEqual([{ text: 'Spending', level: 1 }]);
    o = demoteHeading(o, 'Spending');
    expect(o).toEqual({ promote: [], demote: ['Spending'] });
    o = promoteParagraph(demoteHeading(o, 'Other'), 'Third', 2);
    expect(listCorrections(o)).toEqual([
      { type: 'promote', text: 'Third', level: 2 },
      { type: 'demote', text: 'Spending' },
      { type: 'demote', text: 'Other' },
    ]);
    expect(revertCorrection(o, { type: 'demote', text: 'Spending' }).demote).toEqual(['Other']);
  });

  it('promoting a demoted heading back to its own level removes the correction (the two are inverses)', () => {
    const demoted = demoteHeading(NO_CORRECTIONS, '2024年主要目标');
    expect(promoteParagraph(demoted, '二、2024年主要目标', 1)).toEqual(NO_CORRECTIONS);
    expect(promoteParagraph(demoteHeading(NO_CORRECTIONS, 'Expand consumption'), '2. Expand consumption', 2)).toEqual(NO_CORRECTIONS);
    // At another level it stays a correction.
    expect(promoteParagraph(demoted, '二、2024年主要目标', 2)).toEqual({ promote: [{ text: '二、2024年主要目标', level: 2 }], demote: [] });
  });
});

describe('document kinds and the start document', () => {
  it('guesses a kind from the title', () => {
    expect(guessDocumentKind('Report on the Work of the Jiaxing Municipal Government(2024)')).toBe('work-report');
    expect(guessDocumentKind('Report on the Budget 2024')).toBe('budget-report');
    expect(guessDocumentKind('关于2024年国民经济和社会发展计划的报告')).toBe('plan-report');
    expect(guessDocumentKind('Notes')).toBe('other');
  });
  // Which document opens on start (read last, else the first) is app.boot's: src/main/services/app-service.test.ts.
});
