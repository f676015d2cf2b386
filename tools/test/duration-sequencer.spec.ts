// The split npm test gives its jest shards: every file in exactly one, about equal time.
import { join } from 'node:path';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const DurationSequencer = require('./duration-sequencer.cjs') as {
  new (options: { contexts: unknown[]; globalConfig: unknown }): { shard(tests: { path: string }[], options: { shardIndex: number; shardCount: number }): { path: string }[] };
  balance(paths: string[], durations: Record<string, number>, shardCount: number): { seconds: number; paths: Set<string> }[];
};

const { balance } = DurationSequencer;

describe('duration-sequencer', () => {
  it('puts each file in one shard, the slow ones apart, and the shards near equal time', () => {
    const durations = { 'a.spec.ts': 80, 'b.spec.ts': 70, 'c.spec.ts': 30, 'd.spec.ts': 25, 'e.spec.ts': 20, 'f.spec.ts': 5, 'g.spec.ts': 1 };
    const shards = balance(Object.keys(durations), durations, 2);
    const seen = shards.flatMap((shard) => [...shard.paths]).sort();
    expect(seen).toEqual(Object.keys(durations).sort());
    const withA = shards.find((shard) => shard.paths.has('a.spec.ts'))!;
    expect(withA.paths.has('b.spec.ts')).toBe(false);
    // 231 s in all: 111 and 120 (half by count, or a and b together, would be 150 and more).
    expect(shards.map((shard) => shard.seconds).sort((x, y) => x - y)).toEqual([111, 120]);
  });

  it('counts a file it has no time for as the median, so new files spread out too', () => {
    // The median is 3 s: the two new files count 3 s each and go beside c and b, not beside a.
    const durations = { 'a.spec.ts': 10, 'b.spec.ts': 2, 'c.spec.ts': 3 };
    const shards = balance(['a.spec.ts', 'b.spec.ts', 'c.spec.ts', 'new-1.spec.ts', 'new-2.spec.ts'], durations, 2);
    expect(shards.map((shard) => shard.seconds).sort((x, y) => x - y)).toEqual([10, 11]);
    const withA = shards.find((shard) => shard.paths.has('a.spec.ts'))!;
    expect(withA.paths.size).toBe(1);
  });

  it('gives jest the tests of the shard asked for, by path from the repository root', () => {
    const root = join(__dirname, '..', '..');
    const sequencer = new DurationSequencer({ contexts: [], globalConfig: {} });
    const tests = ['apps/api/src/outbox/moderation-pipeline.spec.ts', 'apps/api/test/faults/outages.spec.ts', 'libs/moderation/src/policy.spec.ts'].map((path) => ({ path: join(root, path) }));
    const first = sequencer.shard(tests, { shardIndex: 1, shardCount: 2 });
    const second = sequencer.shard(tests, { shardIndex: 2, shardCount: 2 });
    expect(first.length + second.length).toBe(3);
    expect(first.filter((test) => second.includes(test))).toEqual([]);
    // The two slowest files of the suite (tools/test/jest-durations.json) never share a shard.
    const pipelineFirst = first.some((test) => test.path.endsWith('moderation-pipeline.spec.ts'));
    const outagesFirst = first.some((test) => test.path.endsWith('outages.spec.ts'));
    expect(pipelineFirst).not.toBe(outagesFirst);
  });
});
