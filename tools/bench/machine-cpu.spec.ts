import { cpuBetween, parseProcessStat, processCpu, parseProcStat, processGroup, processSharesBetween, type ProcessTicks } from './machine-cpu';

describe('machine CPU from /proc/stat', () => {
  it('counts user, nice, system and interrupts as busy; idle, iowait and steal as not', () => {
    const text = 'cpu  100 5 50 800 40 3 2 0 0 0\ncpu0 50 2 25 400 20 1 1 0 0 0\nintr 1 2 3\n';
    expect(parseProcStat(text)).toEqual({ busy: 160, total: 1000 });
    expect(parseProcStat('cpu  100 5 50 800 40 3 2 70 0 0\n')).toEqual({ busy: 160, total: 1070 });
  });

  it('answers nothing for a file it cannot read', () => {
    expect(parseProcStat('')).toBeUndefined();
    expect(parseProcStat('cpu  a b c d')).toBeUndefined();
  });

  it('gives the busy share and the CPU time per message sent between two readings', () => {
    // Two cores, 10 s, 3 of every 4 ticks busy: 15 CPU-seconds over 1,500 messages is 10 ms each.
    const figures = cpuBetween({ busy: 1000, total: 2000 }, { busy: 2500, total: 4000 }, 10, 2, 1500);
    expect(figures).toEqual({ busyShare: 0.75, cpuMsPerSend: 10 });
    expect(cpuBetween({ busy: 1, total: 2 }, { busy: 1, total: 2 }, 10, 2, 5)).toBeUndefined();
    expect(cpuBetween({ busy: 1, total: 2 }, { busy: 3, total: 6 }, 10, 2, 0)).toBeUndefined();
  });

  it("reads a process's ticks after its name, whatever the name holds", () => {
    // pid (comm) state ppid pgrp session tty tpgid flags minflt cminflt majflt cmajflt utime stime …
    const line = '4242 (node) R 1 4242 4242 0 -1 4194304 900 0 0 0 370 45 0 0 20 0 11 0 5000 1000000 20000';
    expect(parseProcessStat(line)).toEqual({ comm: 'node', ticks: 415, startTime: 5000 });
    expect(parseProcessStat('77 (a) b (c)) S 1 77 77 0 -1 0 0 0 0 0 12 3 0 0 20 0 1 0 900 0 0')).toEqual({ comm: 'a) b (c)', ticks: 15, startTime: 900 });
    expect(parseProcessStat('77 (node) S 1')).toBeUndefined();
    expect(parseProcessStat('')).toBeUndefined();
  });

  it('names each process by the part of the bench it is', () => {
    expect(processGroup(10, 'node', '/usr/bin/node /work/x/dist/tools/bench/bench.js --only chat ', 10)).toBe('load generator');
    expect(processGroup(11, 'node', '/usr/bin/node /work/x/dist/apps/api/src/main.js ', 10)).toBe('api');
    expect(processGroup(12, 'node', '/usr/bin/node /work/x/dist/apps/worker/src/main.js ', 10)).toBe('worker');
    expect(processGroup(13, 'node', '/usr/bin/node /work/x/dist/tools/bench/bare-chat-server.js ', 10)).toBe('bare server');
    expect(processGroup(14, 'postgres', 'postgres: 15/main: postgres lantern_bench 127.0.0.1(5050) idle ', 10)).toBe('PostgreSQL');
    expect(processGroup(15, 'redis-server', '/usr/bin/redis-server 127.0.0.1:6379 ', 10)).toBe('Redis');
    expect(processGroup(16, 'chromium', '/usr/lib/chromium/chromium ', 10)).toBe('other');
  });

  it("gives each part's share of one core between two readings, the busiest first", () => {
    const at = (entries: Array<[string, ProcessTicks]>) => new Map(entries);
    const before = at([
      ['1@10', { group: 'api', ticks: 1000 }],
      ['2@20', { group: 'PostgreSQL', ticks: 50 }],
      ['3@30', { group: 'PostgreSQL', ticks: 70 }],
      ['4@40', { group: 'Redis', ticks: 10 }],
      ['6@60', { group: 'other', ticks: 500 }],
    ]);
    const after = at([
      ['1@10', { group: 'api', ticks: 1090 }], // 90 ticks
      ['2@20', { group: 'PostgreSQL', ticks: 70 }], // 20
      ['3@30', { group: 'PostgreSQL', ticks: 90 }], // 20
      ['5@50', { group: 'PostgreSQL', ticks: 4 }], // born in between: all 4
      ['6@70', { group: 'PostgreSQL', ticks: 6 }], // pid 6 reused by a new process: all 6, not 6 - 500
      ['4@40', { group: 'Redis', ticks: 10 }], // idle: not listed
      // pid 7 ended in between: not counted
    ]);
    // Two cores over 200 ticks of the machine: 100 ticks are one whole core.
    const machine = { before: { busy: 0, total: 1000 }, after: { busy: 150, total: 1200 } };
    const shares = processSharesBetween(before, after, machine, 2);
    expect(shares).toEqual({ api: 90, PostgreSQL: 50 });
    expect(Object.keys(shares)).toEqual(['api', 'PostgreSQL']);
    expect(processSharesBetween(before, after, { before: machine.before, after: machine.before }, 2)).toEqual({});
  });

  it('reads every process on this machine, this one as the load generator', () => {
    const found = processCpu();
    if (!found) throw new Error('this test runs on Linux, as the bench does');
    let spin = 0;
    for (let i = 0; i < 2e7; i++) spin += i;
    const later = processCpu() as Map<string, ProcessTicks>;
    expect(spin).toBeGreaterThan(0);
    const self = [...found.keys()].find((key) => key.startsWith(`${process.pid}@`)) as string;
    expect(found.get(self)?.group).toBe('load generator');
    expect(later.get(self)?.ticks).toBeGreaterThanOrEqual(found.get(self)?.ticks ?? Number.POSITIVE_INFINITY);
    expect(found.size).toBeGreaterThan(1);
  });
});
