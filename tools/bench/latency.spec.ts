import { medianRound, percentile, summarise } from './latency';

describe('latency percentiles (nearest rank)', () => {
  it('picks the value that p% of samples do not exceed', () => {
    const sorted = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(percentile(sorted, 50)).toBe(50);
    expect(percentile(sorted, 95)).toBe(95);
    expect(percentile(sorted, 99)).toBe(99);
    expect(percentile(sorted, 100)).toBe(100);
  });

  it('handles tiny and unsorted samples', () => {
    expect(percentile([7], 99)).toBe(7);
    expect(Number.isNaN(percentile([], 50))).toBe(true);
    expect(summarise([30, 10, 20])).toEqual({ count: 3, p50: 20, p95: 30, p99: 30, max: 30 });
  });

  it('medianRound picks the whole round with the median p99, the lower one of an even count', () => {
    const round = (p99: number, p50: number) => ({ latency: { count: 1, p50, p95: p99, p99, max: p99 }, name: `${p50}/${p99}` });
    expect(medianRound([round(30, 3), round(10, 1), round(20, 2)]).name).toBe('2/20');
    expect(medianRound([round(40, 4), round(10, 1), round(30, 3), round(20, 2)]).name).toBe('2/20');
    expect(medianRound([round(5, 5)]).name).toBe('5/5');
    expect(() => medianRound([])).toThrow();
  });
});
