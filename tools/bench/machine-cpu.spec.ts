import { cpuBetween, parseProcStat } from './machine-cpu';

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
});
