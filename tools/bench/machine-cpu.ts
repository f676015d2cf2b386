import { readFileSync } from 'node:fs';

/** The machine's CPU time so far, all cores together, in the kernel's ticks. */
export interface CpuTicks {
  busy: number;
  total: number;
}

/**
 * The first line of Linux's /proc/stat ("cpu  user nice system idle iowait irq softirq steal
 * ..."): user, nice, system, irq and softirq are busy. Idle and iowait are not, nor is steal (the
 * hypervisor running someone else). Guest time is already inside user and nice.
 */
export function parseProcStat(text: string): CpuTicks | undefined {
  const line = text.split('\n').find((row) => row.startsWith('cpu '));
  if (!line) return undefined;
  const fields = line.trim().split(/\s+/).slice(1, 9).map(Number);
  if (fields.length < 4 || fields.some((n) => !Number.isFinite(n))) return undefined;
  const [user, nice, system, , , irq = 0, softirq = 0] = fields;
  return { busy: user + nice + system + irq + softirq, total: fields.reduce((sum, n) => sum + n, 0) };
}

/** This machine's CPU ticks now; undefined where there is no /proc/stat (not Linux). */
export function machineCpu(): CpuTicks | undefined {
  try {
    return parseProcStat(readFileSync('/proc/stat', 'utf8'));
  } catch {
    return undefined;
  }
}

/**
 * What the whole machine spent between two readings: the share of all cores busy, and the CPU
 * time (ms, every process together: servers, database, Redis, the load generator) per message sent.
 */
export function cpuBetween(before: CpuTicks, after: CpuTicks, seconds: number, cores: number, sent: number): { busyShare: number; cpuMsPerSend: number } | undefined {
  const total = after.total - before.total;
  if (total <= 0 || sent <= 0 || seconds <= 0) return undefined;
  const busyShare = (after.busy - before.busy) / total;
  return { busyShare: Math.round(busyShare * 100) / 100, cpuMsPerSend: Math.round(((busyShare * cores * seconds * 1000) / sent) * 100) / 100 };
}
