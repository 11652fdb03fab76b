import { makeFilesOnce } from './made-files';

/** Before any test: the imported files that take real tools seconds to make (see made-files.ts). */
export default async function globalSetup(): Promise<void> {
  await makeFilesOnce();
}
