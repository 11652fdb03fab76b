import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SpeechCardSchema } from '../../shared/speech/speech-card';
import { startTempCore } from '../test-support/temp-core';
import { recordCollection } from './record-collection';

type TempCore = Awaited<ReturnType<typeof startTempCore>>;

describe('recordCollection', () => {
  let core: TempCore;
  beforeEach(async () => {
    core = await startTempCore();
  });
  afterEach(async () => {
    await core.dispose();
  });
  const cards = () =>
    recordCollection(core.store, {
      schema: SpeechCardSchema,
      records: (data) => data.speechCards,
      isRemoved: (c) => c.deletedAt !== null,
      notFound: 'speech.notFound',
      noRemoved: 'speech.noRemoved',
    });
  const titles = () => core.store.data.speechCards.map((c) => c.title);

  it('finds a record only in the state asked for, and names what is missing', async () => {
    const card = await core.services.speech.create({ title: 'First', language: 'en' });
    expect(cards().find(card.id, false).title).toBe('First');
    expect(() => cards().find(card.id, true)).toThrow(expect.objectContaining({ code: 'NOT_FOUND', key: 'speech.noRemoved' }));
    expect(() => cards().find('s-nothing', false)).toThrow(expect.objectContaining({ code: 'NOT_FOUND', key: 'speech.notFound' }));
  });

  it('puts the changed record in the place of the old one, frozen (the old one unchanged)', async () => {
    for (const title of ['First', 'Second', 'Third']) await core.services.speech.create({ title, language: 'en' });
    const second = core.store.data.speechCards[1]!;
    const changed = await cards().replace(second.id, false, (c) => ({ ...c, title: 'Second, revised' }));
    expect(titles()).toEqual(['First', 'Second, revised', 'Third']);
    expect(Object.isFrozen(changed)).toBe(true);
    expect(second.title).toBe('Second');
  });

  it('changes nothing when the change is refused or the new record is invalid', async () => {
    const card = await core.services.speech.create({ title: 'First', language: 'en' });
    const refusal = new Error('refused');
    await expect(
      cards().replace(card.id, false, () => {
        throw refusal;
      }),
    ).rejects.toBe(refusal);
    await expect(cards().replace(card.id, false, (c) => ({ ...c, minutes: -1 }))).rejects.toThrow(/invalid record/);
    expect(core.store.data.speechCards).toEqual([card]);
  });
});
