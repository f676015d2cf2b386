/** One histogram's cumulative buckets as Prometheus exposes them: [upper bound, count], ascending. */
export type Buckets = Array<[number, number]>;

/**
 * The buckets of histogram `name` in Prometheus text format, keyed by their other labels ('' when
 * there are none), e.g. `stage="queue"`.
 */
export function histogramBuckets(text: string, name: string): Map<string, Buckets> {
  const found = new Map<string, Buckets>();
  for (const [, labels, value] of text.matchAll(new RegExp(`^${name}_bucket\\{(.*)\\} (\\S+)$`, 'gm'))) {
    const le = /(?:^|,)le="([^"]+)"/.exec(labels)?.[1];
    if (le === undefined) continue;
    const key = labels
      .split(',')
      .filter((label) => !label.startsWith('le='))
      .join(',');
    const buckets = found.get(key) ?? [];
    buckets.push([le === '+Inf' ? Number.POSITIVE_INFINITY : Number(le), Number(value)]);
    found.set(key, buckets);
  }
  for (const buckets of found.values()) buckets.sort((a, b) => a[0] - b[0]);
  return found;
}

/**
 * Scrapes taken after minus scrapes taken before, summed over nodes: what was observed in between,
 * everywhere. Every scrape comes from the same code, so the bounds line up.
 */
export function bucketsBetween(before: ReadonlyArray<Map<string, Buckets>>, after: ReadonlyArray<Map<string, Buckets>>): Map<string, Buckets> {
  const total = new Map<string, Map<number, number>>();
  const add = (scrapes: ReadonlyArray<Map<string, Buckets>>, sign: 1 | -1) => {
    for (const scrape of scrapes) {
      for (const [key, buckets] of scrape) {
        const counts = total.get(key) ?? new Map<number, number>();
        for (const [le, count] of buckets) counts.set(le, (counts.get(le) ?? 0) + sign * count);
        total.set(key, counts);
      }
    }
  };
  add(after, 1);
  add(before, -1);
  return new Map([...total].map(([key, counts]) => [key, [...counts].sort((a, b) => a[0] - b[0])]));
}

/**
 * The q-quantile (0..1) of a histogram, interpolated linearly inside the bucket it falls in, as
 * Prometheus's histogram_quantile does; past the last finite bound, that bound. NaN when empty.
 */
export function histogramQuantile(buckets: Buckets, q: number): number {
  const total = buckets.at(-1)?.[1] ?? 0;
  if (total <= 0) return Number.NaN;
  const rank = q * total;
  let lower = 0;
  let below = 0;
  for (const [le, count] of buckets) {
    if (count >= rank && count > below) {
      if (le === Number.POSITIVE_INFINITY) return lower;
      return lower + (le - lower) * ((rank - below) / (count - below));
    }
    lower = le;
    below = count;
  }
  return lower;
}
