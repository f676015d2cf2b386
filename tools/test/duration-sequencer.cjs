// Jest's test sequencer with a shard() that balances time rather than file counts, so `npm test`
// can run jest in several processes in its lanes beside the browser tests (tools/test/test-lanes.cjs)
// and know how long each takes. Jest's own shard() splits by a hash of each path: two of the
// slowest integration files (a minute and more each) landing in one shard would leave the other idle.
// Durations come from tools/test/jest-durations.json (seconds per file, from a run's report:
// `node tools/test/jest-durations.mjs` rewrites it); a file not in it counts as the median.
const { readFileSync } = require('node:fs');
const { join, relative } = require('node:path');
const Sequencer = require('@jest/test-sequencer').default;

const root = join(__dirname, '..', '..');

function knownDurations() {
  try {
    return JSON.parse(readFileSync(join(__dirname, 'jest-durations.json'), 'utf8'));
  } catch {
    return {};
  }
}

/** Longest first, each to the shard with the least time so far: a greedy split, close to even. */
function balance(paths, durations, shardCount) {
  const known = Object.values(durations).sort((a, b) => a - b);
  const median = known.length ? known[Math.floor(known.length / 2)] : 1;
  const cost = (path) => durations[path] ?? median;
  const shards = Array.from({ length: shardCount }, () => ({ seconds: 0, paths: new Set() }));
  const byCost = [...paths].sort((a, b) => cost(b) - cost(a) || a.localeCompare(b));
  for (const path of byCost) {
    const lightest = shards.reduce((least, shard) => (shard.seconds < least.seconds ? shard : least));
    lightest.seconds += cost(path);
    lightest.paths.add(path);
  }
  return shards;
}

class DurationSequencer extends Sequencer {
  shard(tests, { shardIndex, shardCount }) {
    const name = (test) => relative(root, test.path).split('\\').join('/');
    const shards = balance(tests.map(name), knownDurations(), shardCount);
    const mine = shards[shardIndex - 1].paths;
    return tests.filter((test) => mine.has(name(test)));
  }
}

module.exports = DurationSequencer;
module.exports.balance = balance;
