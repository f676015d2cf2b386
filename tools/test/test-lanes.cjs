// How `npm test` lays its parts (lint, type-check, the jest shards, the browser shards) over the
// lanes it runs side by side. A jest shard is a share of the spec files and a browser shard a share
// of the *.e2e.ts files, each of about equal time (balance(), from the seconds per file a run
// recorded); a lane runs its parts one after another. Each part has an estimate in seconds, and
// the plan gives the longest first to the lane with the least so far, as balance() does for files:
// with three lanes, four jest shards and two browser shards the lanes end within a minute or two of
// each other, where one browser lane beside two jest lanes ran twice as long as either.
const { balance } = require('./duration-sequencer.cjs');

/**
 * Parts ({ name, seconds, ... }) in `laneCount` lanes, longest first to the lane with the least
 * time so far; returns the lanes that got a part, each { seconds, parts } with its parts in the
 * order they run.
 */
function planLanes(parts, laneCount) {
  const lanes = Array.from({ length: Math.max(1, laneCount) }, () => ({ seconds: 0, parts: [] }));
  const longestFirst = [...parts].sort((a, b) => b.seconds - a.seconds || a.name.localeCompare(b.name));
  for (const part of longestFirst) {
    const lightest = lanes.reduce((least, lane) => (lane.seconds < least.seconds ? lane : least));
    lightest.seconds += part.seconds;
    lightest.parts.push(part);
  }
  return lanes.filter((lane) => lane.parts.length);
}

/** The files (paths as given) in `count` shares of about equal recorded time, each { seconds, files }, the files in name order. */
function shareFiles(files, durations, count) {
  return balance(files, durations, count).map((share) => ({ seconds: share.seconds, files: [...share.paths].sort() }));
}

/**
 * A Playwright file filter for this one file (its path from the repository root) and no other:
 * Playwright reads each argument as a regular expression over a file's absolute path, and "/…/" as
 * one without the global flag.
 */
function onlyFile(path) {
  return `/\\/${path.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}$/`;
}

module.exports = { planLanes, shareFiles, onlyFile };
