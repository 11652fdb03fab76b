import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { apiContract } from '../../shared/contract/api-contract';
import { startTempCore } from '../test-support/temp-core';

const REPORT_ID = 'jiaxing-2024-work-report';
type TempCore = Awaited<ReturnType<typeof startTempCore>>;

describe('app.boot', () => {
  let core: TempCore;
  beforeEach(async () => {
    core = await startTempCore();
  });
  afterEach(async () => {
    await core.dispose();
  });
  const boot = async () => {
    const result = await core.dispatch('app.boot', {});
    if (!result.ok) throw new Error(result.error.message);
    return apiContract['app.boot'].output.parse(result.data);
  };

  it('answers in one call what the first paint needs: settings, library, the bundled report, health and notices', async () => {
    await core.dispatch('settings.update', { textSize: 22, language: 'zh-CN' });
    const data = await boot();
    expect(data.settings).toMatchObject({ textSize: 22, language: 'zh-CN' });
    expect(data.library.map((d) => d.id)).toEqual([REPORT_ID]);
    expect(data.document).toMatchObject({ id: REPORT_ID, title: 'Report on the Work of the Jiaxing Municipal Government (2024)' });
    expect(data.document?.outline.sections.length).toBeGreaterThan(3);
    expect(data.position).toBeNull();
    expect(data.health).toMatchObject({ ok: true });
    expect(data.notices).toEqual([]);
  });

  it('opens the document read last, at the paragraph where the deputy was, else the first of the library', async () => {
    const plan = await core.services.library.addDocument({
      title: 'Plan report',
      kind: 'plan-report',
      text: 'Plan report\n\nI. Review\n\nGrowth was 6%.\n\nII. Tasks\n\nBuild roads.',
    });
    expect(await boot()).toMatchObject({ document: { id: REPORT_ID }, position: null });
    const planParagraph = core.services.documents.documentText(plan.id).paragraphs.at(-1)!.id;
    const reportParagraph = core.services.documents.documentText(REPORT_ID).paragraphs[5]!.id;
    await core.dispatch('reading.setPosition', { documentId: plan.id, paragraphId: planParagraph });
    await core.dispatch('reading.setPosition', { documentId: REPORT_ID, paragraphId: reportParagraph });
    expect(await boot()).toMatchObject({ document: { id: REPORT_ID }, position: { paragraphId: reportParagraph } });

    await core.dispatch('reading.setPosition', { documentId: plan.id, paragraphId: planParagraph });
    const data = await boot();
    expect(data.library.map((d) => d.id)).toEqual([REPORT_ID, plan.id]);
    expect(data).toMatchObject({ document: { id: plan.id, title: 'Plan report' }, position: { paragraphId: planParagraph } });
  });

  it('opens nothing when the library is empty', async () => {
    await core.dispatch('library.remove', { documentId: REPORT_ID });
    expect(await boot()).toMatchObject({ library: [], document: null, position: null });
  });
});
