import { z } from 'zod';

/**
 * What happened to an exported file: saved where the deputy chose (Electron's save dialog),
 * cancelled in that dialog, or handed to the page as a download (web host).
 */
export const DeliverySchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('saved'), path: z.string() }),
  z.object({ kind: z.literal('cancelled') }),
  z.object({ kind: z.literal('download'), fileName: z.string(), mimeType: z.string(), base64: z.string() }),
]);
export type Delivery = z.infer<typeof DeliverySchema>;

export const DOCX_MIME_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
export const JSON_MIME_TYPE = 'application/json';
