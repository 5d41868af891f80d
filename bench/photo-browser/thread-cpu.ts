// CPU time of Chromium's renderer threads, read from Linux's /proc, for
// photo-coach-browser.bench.ts: on a shared machine wall-clock time mostly measures the
// neighbours, but the CPU time a thread used is its own. Node-side only.
import { readdirSync, readFileSync } from 'node:fs';

/** Which renderer threads to sum: the page's main threads, or the dedicated Workers. */
export type ThreadKind = 'main' | 'worker';

/** Clock ticks per second of /proc's utime and stime (USER_HZ, 100 on Linux). */
const TICKS_PER_SECOND = 100;

/**
 * CPU milliseconds (user + system) used so far by each renderer thread of the kind, by thread
 * id; empty when /proc is not there (not Linux). From `schedstat` (nanoseconds) where the
 * kernel has it, else from `stat` (10-ms ticks).
 */
export function threadCpu(kind: ThreadKind): Map<number, number> {
  return readThreads(kind, 0);
}

/**
 * Milliseconds each renderer thread of the kind has so far spent ready to run but waiting for
 * a core (the run queue, `schedstat`'s second field); empty where that is not available.
 * Wall time ≈ CPU time + this wait (+ time blocked): on a busy machine, a thread the scheduler
 * serves later waits longer with the same CPU time.
 */
export function threadWait(kind: ThreadKind): Map<number, number> {
  return readThreads(kind, 1);
}

function readThreads(kind: ThreadKind, field: 0 | 1): Map<number, number> {
  const out = new Map<number, number>();
  let pids: string[];
  try {
    pids = readdirSync('/proc').filter((p) => /^\d+$/.test(p));
  } catch {
    return out;
  }
  for (const pid of pids) {
    try {
      if (!readFileSync(`/proc/${pid}/cmdline`, 'latin1').includes('--type=renderer')) continue;
      for (const tid of readdirSync(`/proc/${pid}/task`)) {
        const stat = readFileSync(`/proc/${pid}/task/${tid}/stat`, 'latin1');
        // The name is in parentheses and may hold spaces: fields are counted after it.
        const name = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
        const isWorker = name.startsWith('DedicatedWorker');
        if (kind === 'worker' ? !isWorker : tid !== pid) continue;
        let sched: string[] | undefined;
        try {
          sched = readFileSync(`/proc/${pid}/task/${tid}/schedstat`, 'latin1').trim().split(' ');
        } catch {
          sched = undefined;
        }
        if (sched && sched.length >= 2) {
          out.set(Number(tid), Number(sched[field]) / 1e6);
        } else if (field === 0) {
          const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
          const ticks = Number(fields[11]) + Number(fields[12]);
          out.set(Number(tid), (ticks * 1000) / TICKS_PER_SECOND);
        }
      }
    } catch {
      // The process or thread ended while being read.
    }
  }
  return out;
}

/** CPU milliseconds used between two readings by the threads present in both. */
export function cpuBetween(before: Map<number, number>, after: Map<number, number>): number {
  let ms = 0;
  for (const [tid, t] of after) {
    const t0 = before.get(tid);
    if (t0 !== undefined) ms += t - t0;
  }
  return ms;
}
