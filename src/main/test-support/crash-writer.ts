// Child process of crash-safety.test.ts: acknowledged writes in a loop through the real store,
// until it is killed. Prints "ack <n>" only once write n is durably on disk.
import { startCore } from '../api/start-core';

const [folder, resourcesDir, firstArg, draftId] = process.argv.slice(2);
if (!folder || !resourcesDir || !firstArg || !draftId) throw new Error('usage: crash-writer <folder> <resources> <first> <draftId>');

const core = await startCore({ dataFolder: folder, resourcesDir, version: 'crash-test' });
const documentId = 'jiaxing-2024-work-report';
for (let n = Number(firstArg); ; n++) {
  if (n % 2 === 1) {
    const start = (n * 37) % 70_000;
    await core.services.annotation
      .create({ documentId, start, end: start + 20, kind: 'question', note: `ack-${n}`, tags: [] })
      .catch(async () => {
        // A range of white space only: annotate the start of the report instead.
        await core.services.annotation.create({ documentId, start: 0, end: 20, kind: 'question', note: `ack-${n}`, tags: [] });
      });
  } else {
    await core.services.draft.update({ draftId, change: { title: `title-${n}`, reasons: `reasons written at step ${n}` } });
  }
  process.stdout.write(`ack ${n}\n`);
}
