import type { ApiOutput } from '../../shared/contract/api-contract';
import type { Delivery } from '../../shared/domain/delivery';

export type DeliveryOutcome = { kind: 'saved'; path: string } | { kind: 'downloaded'; fileName: string } | { kind: 'cancelled' };
export type ExportOutcome =
  DeliveryOutcome | { kind: 'refused'; problems: Extract<ApiOutput<'draft.exportDocx'>, { problems: unknown }>['problems'] };

/** Finishes a DOCX export of a draft: the file delivered, or what stopped the main side from making it. */
export function completeExport(result: ApiOutput<'draft.exportDocx'>): ExportOutcome {
  return 'problems' in result ? { kind: 'refused', problems: result.problems } : completeDelivery(result);
}

/**
 * Finishes an export: Electron already saved the file (or the deputy cancelled its dialog); the web
 * host hands the bytes over, and the page downloads them through a temporary link.
 */
export function completeDelivery(delivery: Delivery): DeliveryOutcome {
  if (delivery.kind !== 'download') return delivery;
  const binary = atob(delivery.base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  const url = URL.createObjectURL(new Blob([bytes], { type: delivery.mimeType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = delivery.fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 30_000);
  return { kind: 'downloaded', fileName: delivery.fileName };
}
