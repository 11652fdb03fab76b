import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import type { TargetPairingRow } from '../../../shared/contract/targets-api';
import type { Language } from '../../../shared/domain/settings';
import { parseReport } from '../../../shared/report/parse-report';
import { pairTargets } from '../../../shared/targets/pair-targets';
import { docxParts, elementAttributes } from './docx-inspect';
import { TEXT_WIDTH } from './official-layout';
import { buildTargetsDocx } from './targets-docx';

const FIXTURES = join(import.meta.dirname, '../../../shared/targets/fixtures');
const outline = (name: string) => parseReport(readFileSync(join(FIXTURES, name), 'utf8'));

/** The rows as the API gives them (no corrections; passages are not printed). */
function rows(language: Language): TargetPairingRow[] {
  const suffix = language === 'zh-CN' ? 'zh' : 'en';
  return pairTargets(outline(`work-report-2023.${suffix}.txt`), outline(`work-report-2024.${suffix}.txt`)).map(
    ({ target: { start, end, ...target }, result, ...row }) => ({
      ...row,
      target: { ...target, passage: { start, end } },
      result: result && { ...result, passage: { start: result.start, end: result.end } },
      correction: null,
    }),
  );
}

async function build(language: Language) {
  return buildTargetsDocx({
    lastYearTitle: language === 'zh-CN' ? '2023年政府工作报告' : 'Report on the Work of the Government (2023)',
    thisYearTitle: language === 'zh-CN' ? '2024年政府工作报告' : 'Report on the Work of the Government (2024)',
    rows: rows(language),
    comparisons: [],
    language,
  });
}

describe('the Targets and results table as a DOCX', () => {
  it('prints one table row per target under a header repeated on every page, the columns filling the text block', async () => {
    const docx = await build('zh-CN');
    const xml = docxParts(docx)['word/document.xml'] ?? '';
    expect(xml.match(/<w:tr[ >]/g)).toHaveLength(16);
    expect(elementAttributes(xml, 'w:tblHeader').filter((a) => a['w:val'] !== 'off' && a['w:val'] !== 'false')).toHaveLength(1);
    const widths = elementAttributes(xml, 'w:gridCol').map((a) => Number(a['w:w']));
    expect(widths).toHaveLength(6);
    expect(widths.reduce((sum, w) => sum + w, 0)).toBe(TEXT_WIDTH);
    const text = (await mammoth.extractRawText({ buffer: docx })).value;
    for (const needle of [
      '上年目标完成情况对照表',
      '序号',
      '指标',
      '目标',
      '结果',
      '评价',
      '出处',
      '目标：《2023年政府工作报告》',
      '未完成，差1.4个百分点',
      '超额完成',
    ])
      expect(text, needle).toContain(needle);
    // A livelihood project no lexicon names is named by its clause.
    expect(text).toContain('新增托育机构托位3500个');
    expect(text).not.toContain('新建中小学和幼儿园30所，');
  });

  it('reads in English with the same rows', async () => {
    const text = (await mammoth.extractRawText({ buffer: await build('en') })).value;
    for (const needle of [
      'No.',
      'Indicator',
      'Citations',
      'GDP growth',
      'around 6%',
      '6.3%',
      'Missed by 1.4 percentage points',
      'Target: II ¶1',
    ])
      expect(text, needle).toContain(needle);
    expect(text).not.toContain('(corrected)');
  });
});
