import { describe, expect, it } from 'vitest';
import { createStoreSerializer } from './store-serializer';
import { createDefaultData, type StoreData } from './store-schema';
import { AnnotationSchema } from '../../shared/domain/annotation';
import { frozenRecord, storedRecord } from './stored-record';

function annotation(id: string, note: string): StoreData['annotations'][number] {
  const now = '2026-11-27T10:00:00.000Z';
  return frozenRecord({
    id,
    documentId: 'doc',
    kind: 'question',
    note,
    tags: ['a'],
    target: { paragraphId: 'p-1', position: { start: 0, end: 4 }, quote: { exact: 'text', prefix: '', suffix: ' more' } },
    status: 'exact',
    createdAt: now,
    updatedAt: now,
    deletedAt: null,
  });
}

describe('store serializer', () => {
  it('gives the same data as JSON.stringify', () => {
    const data = { ...createDefaultData(), annotations: [annotation('a-000001', 'one'), annotation('a-000002', 'two "quoted"\n')] };
    const serialize = createStoreSerializer();
    expect(JSON.parse(serialize(data).toString('utf8'))).toEqual(JSON.parse(JSON.stringify(data)));
  });

  it('reflects a record replaced by a new object, and every other change of the data', () => {
    const serialize = createStoreSerializer();
    const data = { ...createDefaultData(), annotations: [annotation('a-000001', 'one'), annotation('a-000002', 'two')] };
    serialize(data);
    data.annotations[1] = annotation('a-000002', 'changed');
    data.settings.textSize = 30;
    const reread = JSON.parse(serialize(data).toString('utf8')) as StoreData;
    expect(reread.annotations[1]?.note).toBe('changed');
    expect(reread.settings.textSize).toBe(30);
  });

  it('serializes an empty store', () => {
    expect(JSON.parse(createStoreSerializer()(createDefaultData()).toString('utf8'))).toEqual(createDefaultData());
  });

  it('refuses to store a new record that the store file schema would reject', () => {
    const invalid = { ...annotation('a-000001', 'one'), note: 'x'.repeat(20_001) };
    expect(() => storedRecord(AnnotationSchema, invalid)).toThrow(/Refusing to store an invalid record \(note:/);
  });

  it('refuses in-place changes of a stored record', () => {
    const record = annotation('a-000001', 'one');
    expect(() => {
      (record as { note: string }).note = 'sneaky';
    }).toThrow(TypeError);
    expect(() => {
      (record.tags as string[]).push('b');
    }).toThrow(TypeError);
  });
});
