// Child process of the lock tests: tries to take a data folder's lock like a second Deputy Desk,
// prints "locked" or "refused <message>", then holds the lock for the given milliseconds.
import { lockDataFolder } from '../storage/folder-lock';

const [folder, holdArg] = process.argv.slice(2);
if (!folder) throw new Error('usage: lock-probe <folder> [holdMs]');
try {
  const lock = await lockDataFolder(folder);
  process.stdout.write('locked\n');
  await new Promise((resolve) => setTimeout(resolve, Number(holdArg ?? 0)));
  await lock.release();
} catch (error) {
  process.stdout.write(`refused ${(error as Error).name}: ${(error as Error).message}\n`);
}
