import { Unzip, UnzipInflate } from 'fflate';

/**
 * Unpacks every part of a zip in memory-light chunks and counts the bytes, stopping as soon as they
 * pass `limit`. Declared sizes in a zip can lie, so this measures what really comes out before
 * mammoth unpacks the file for real. Throws if the data is not a readable zip.
 */
export function unpackedSizeWithin(bytes: Uint8Array, limit: number): { within: boolean; bytes: number } {
  let total = 0;
  let over = false;
  const unzip = new Unzip((file) => {
    file.ondata = (error, chunk) => {
      if (error) throw error;
      total += chunk.length;
      if (total > limit && !over) {
        over = true;
        file.terminate();
      }
    };
    if (!over) file.start();
  });
  unzip.register(UnzipInflate);
  const step = 64 * 1024;
  for (let at = 0; at < bytes.length && !over; at += step) {
    unzip.push(bytes.subarray(at, Math.min(at + step, bytes.length)), at + step >= bytes.length);
  }
  return { within: !over, bytes: total };
}
