import { NoticeSchema } from '../../shared/domain/notice';
import type { Store } from '../storage/store';
import { BIN_KEPT_DAYS, type BinService } from './bin-service';

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * At start: documents removed more than BIN_KEPT_DAYS ago are deleted for good (their texts freed),
 * and a notice names them. Answers how many went.
 */
export async function purgeExpiredWithNotice(store: Store, bin: BinService, clock: () => Date): Promise<number> {
  const cutoff = clock().getTime() - BIN_KEPT_DAYS * DAY_MS;
  const due = store.data.documents
    .filter((d) => d.removedAt !== null && Date.parse(d.removedAt) < cutoff)
    .map((d) => d.title.slice(0, 300));
  if (due.length === 0) return 0;
  const purged = await bin.purgeExpired();
  if (purged.documents === 0) return 0;
  const at = clock().toISOString();
  await store.addNotices([
    NoticeSchema.parse({
      id: `bin-purged-${clock().getTime()}`,
      kind: 'bin-purged',
      path: '',
      reason: `removed more than ${BIN_KEPT_DAYS} days ago`,
      titles: due.slice(0, 200),
      at,
    }),
  ]);
  return purged.documents;
}
