import { z } from 'zod';
import {
  DocumentIdSchema,
  DocumentSummarySchema,
  ReadingPositionSchema,
  ReportDocumentSchema,
} from '../domain/document';
import { NoticeSchema } from '../domain/notice';
import { LanguageSchema, SettingsSchema, TEXT_SIZE_MAX, TEXT_SIZE_MIN } from '../domain/settings';

const NoInput = z.object({}).strict();
const DocumentRef = z.object({ documentId: DocumentIdSchema }).strict();

/**
 * THE API: every method the renderer may call, with the schema its input must pass and the
 * schema of what it returns. Bound twice (Electron IPC and the web host) through one dispatch.
 */
export const apiContract = {
  'app.info': {
    input: NoInput,
    output: z.object({
      version: z.string(),
      dataFolder: z.string(),
      notices: z.array(NoticeSchema),
    }),
  },
  'app.dismissNotice': {
    input: z.object({ noticeId: z.string().min(1).max(100) }).strict(),
    output: z.null(),
  },
  'library.list': {
    input: NoInput,
    output: z.array(DocumentSummarySchema),
  },
  'document.get': {
    input: DocumentRef,
    output: ReportDocumentSchema,
  },
  'settings.get': {
    input: NoInput,
    output: SettingsSchema,
  },
  'settings.update': {
    input: z
      .object({
        language: LanguageSchema.nullable().optional(),
        textSize: z.number().int().min(TEXT_SIZE_MIN).max(TEXT_SIZE_MAX).optional(),
      })
      .strict(),
    output: SettingsSchema,
  },
  'reading.getPosition': {
    input: DocumentRef,
    output: ReadingPositionSchema.nullable(),
  },
  'reading.setPosition': {
    input: z.object({ documentId: DocumentIdSchema, paragraphId: z.string().min(1).max(200) }).strict(),
    output: ReadingPositionSchema,
  },
} as const satisfies Record<string, { input: z.ZodType; output: z.ZodType }>;

export type ApiContract = typeof apiContract;
export type ApiMethod = keyof ApiContract;
export type ApiInput<M extends ApiMethod> = z.input<ApiContract[M]['input']>;
export type ApiParsedInput<M extends ApiMethod> = z.output<ApiContract[M]['input']>;
export type ApiOutput<M extends ApiMethod> = z.output<ApiContract[M]['output']>;

export const API_METHODS = Object.keys(apiContract) as ApiMethod[];

export function isApiMethod(name: unknown): name is ApiMethod {
  return typeof name === 'string' && Object.hasOwn(apiContract, name);
}
