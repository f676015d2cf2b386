import { readdirSync, readFileSync } from 'node:fs';

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

/** Who a process is, for the per-process figures of a chat round. */
export type ProcessGroup = 'api' | 'worker' | 'bare server' | 'load generator' | 'PostgreSQL' | 'Redis' | 'other';

/** One process's CPU time so far (user and system, in the kernel's ticks, as /proc/stat counts them). */
export interface ProcessTicks {
  group: ProcessGroup;
  ticks: number;
}

/**
 * A process's comm and CPU ticks from its /proc/<pid>/stat line. The comm sits in parentheses and
 * may itself hold spaces and parentheses, so the fields are read after the last ")": state is the
 * first of them, utime the twelfth and stime the thirteenth (fields 14 and 15 of proc(5)), and
 * starttime the twentieth (field 22: when the process began, which tells a reused pid apart).
 */
export function parseProcessStat(text: string): { comm: string; ticks: number; startTime: number } | undefined {
  const open = text.indexOf('(');
  const close = text.lastIndexOf(')');
  if (open < 0 || close < open) return undefined;
  const fields = text.slice(close + 1).trim().split(/\s+/);
  const utime = Number(fields[11]);
  const stime = Number(fields[12]);
  const startTime = Number(fields[19]);
  if (!Number.isFinite(utime) || !Number.isFinite(stime) || !Number.isFinite(startTime)) return undefined;
  return { comm: text.slice(open + 1, close), ticks: utime + stime, startTime };
}

/**
 * Which part of the bench a process is: the load generator is this process; api, worker and the
 * bare servers are known by the built script they run; PostgreSQL's backends and Redis by name.
 */
export function processGroup(pid: number, comm: string, cmdline: string, self: number): ProcessGroup {
  if (pid === self) return 'load generator';
  if (cmdline.includes('/apps/api/')) return 'api';
  if (cmdline.includes('/apps/worker/')) return 'worker';
  if (cmdline.includes('bare-chat-server')) return 'bare server';
  if (comm === 'postgres' || cmdline.startsWith('postgres')) return 'PostgreSQL';
  if (comm.startsWith('redis-server')) return 'Redis';
  return 'other';
}

/**
 * Every process's CPU ticks now, by pid and start time ("4242@81234": a pid reused by a new process
 * is another key); undefined where there is no /proc (not Linux).
 */
export function processCpu(self = process.pid): Map<string, ProcessTicks> | undefined {
  let pids: number[];
  try {
    pids = readdirSync('/proc').filter((name) => /^\d+$/.test(name)).map(Number);
  } catch {
    return undefined;
  }
  const found = new Map<string, ProcessTicks>();
  for (const pid of pids) {
    try {
      const stat = parseProcessStat(readFileSync(`/proc/${pid}/stat`, 'utf8'));
      if (!stat) continue;
      const cmdline = readFileSync(`/proc/${pid}/cmdline`, 'utf8').replaceAll('\0', ' ');
      found.set(`${pid}@${stat.startTime}`, { group: processGroup(pid, stat.comm, cmdline, self), ticks: stat.ticks });
    } catch {
      // Gone between the listing and the read.
    }
  }
  return found;
}

/**
 * Each group's share of one core between two readings, in percent (100 is a whole core), out of
 * the machine's ticks meanwhile (`machine`: /proc/stat's total, all cores together). A process
 * born in between counts all its ticks; one that ended in between is missing (PostgreSQL's
 * backends live as long as their connections, which the servers keep in pools).
 */
export function processSharesBetween(before: ReadonlyMap<string, ProcessTicks>, after: ReadonlyMap<string, ProcessTicks>, machine: { before: CpuTicks; after: CpuTicks }, cores: number): Partial<Record<ProcessGroup, number>> {
  const total = machine.after.total - machine.before.total;
  if (total <= 0) return {};
  const ticks: Partial<Record<ProcessGroup, number>> = {};
  for (const [key, now] of after) {
    const spent = now.ticks - (before.get(key)?.ticks ?? 0);
    if (spent > 0) ticks[now.group] = (ticks[now.group] ?? 0) + spent;
  }
  const shares = Object.entries(ticks)
    .map(([group, spent]) => [group, Math.round((spent / total) * cores * 100)] as const)
    .sort(([, a], [, b]) => b - a);
  return Object.fromEntries(shares);
}
