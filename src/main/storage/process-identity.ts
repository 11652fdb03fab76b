import { readFileSync } from 'node:fs';
import { errorCode } from '../error-code';

/**
 * Who holds a lock: a pid alone is not enough (pid 1 is always alive, a killed process can be a
 * zombie for a while, and after a reboot the pid belongs to someone else). On Linux the boot id
 * and the process start time (clock ticks since boot, /proc/<pid>/stat) name one process exactly.
 */
export interface ProcessIdentity {
  pid: number;
  bootId: string | null;
  startTicks: number | null;
}

export function ownIdentity(): ProcessIdentity {
  return { pid: process.pid, bootId: currentBootId(), startTicks: procStat(process.pid)?.startTicks ?? null };
}

/** True when the process the identity names is still running (not a zombie, not a reused pid, not from an earlier boot). */
export function isSameLiveProcess(owner: { pid: number; bootId?: string | null; startTicks?: number | null }): boolean {
  const bootId = currentBootId();
  if (owner.bootId && bootId && owner.bootId !== bootId) return false;
  const stat = procStat(owner.pid);
  if (stat) {
    if (stat.state === 'Z' || stat.state === 'X') return false;
    return typeof owner.startTicks === 'number' ? owner.startTicks === stat.startTicks : true;
  }
  if (process.platform === 'linux') return false; // no /proc entry: not running
  try {
    process.kill(owner.pid, 0);
    return true;
  } catch (error) {
    return errorCode(error) === 'EPERM';
  }
}

function currentBootId(): string | null {
  try {
    return readFileSync('/proc/sys/kernel/random/boot_id', 'utf8').trim() || null;
  } catch {
    return null;
  }
}

/** State and start time from /proc/<pid>/stat; the command name (field 2) may hold spaces and parentheses. */
function procStat(pid: number): { state: string; startTicks: number } | null {
  try {
    const text = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = text.slice(text.lastIndexOf(')') + 2).split(' ');
    // fields[0] is field 3 (state); field 22 (starttime) is fields[19].
    const startTicks = Number(fields[19]);
    return Number.isFinite(startTicks) ? { state: fields[0] ?? '', startTicks } : null;
  } catch {
    return null;
  }
}
