import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { DocumentIdSchema, DocumentKindSchema, type DocumentKind } from '../../shared/domain/document';

/** A report shipped under `resources/reports/`, put into the library on first start. */
export interface BundledReport {
  id: string;
  kind: DocumentKind;
  text: string;
}

const CatalogueSchema = z.array(z.object({ id: DocumentIdSchema, file: z.string().regex(/^[\w.-]+$/), kind: DocumentKindSchema }));

/** Reads `reports/catalogue.json` and each report it lists from the resources folder. */
export async function loadBundledReports(resourcesDir: string): Promise<BundledReport[]> {
  const folder = join(resourcesDir, 'reports');
  const catalogue = CatalogueSchema.parse(JSON.parse(await readFile(join(folder, 'catalogue.json'), 'utf8')));
  return Promise.all(
    catalogue.map(async ({ id, file, kind }) => ({
      id,
      kind,
      text: (await readFile(join(folder, file), 'utf8')).replace(/^\uFEFF/, ''),
    })),
  );
}
