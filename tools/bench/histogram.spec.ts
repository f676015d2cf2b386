import { bucketsBetween, histogramBuckets, histogramQuantile } from './histogram';

const scrape = (queue: number[], statement: number[]) =>
  [
    '# HELP lantern_chat_send_stage_seconds stages',
    '# TYPE lantern_chat_send_stage_seconds histogram',
    ...[0.001, 0.002, 0.005].map((le, i) => `lantern_chat_send_stage_seconds_bucket{le="${le}",stage="queue"} ${queue[i]}`),
    `lantern_chat_send_stage_seconds_bucket{le="+Inf",stage="queue"} ${queue[3]}`,
    ...[0.001, 0.002, 0.005].map((le, i) => `lantern_chat_send_stage_seconds_bucket{le="${le}",stage="statement"} ${statement[i]}`),
    `lantern_chat_send_stage_seconds_bucket{le="+Inf",stage="statement"} ${statement[3]}`,
    'lantern_chat_send_stage_seconds_sum{stage="queue"} 0.5',
    'lantern_chat_send_stage_seconds_count{stage="queue"} 10',
    'lantern_socket_broadcast_seconds_bucket{le="0.001"} 4',
    'lantern_socket_broadcast_seconds_bucket{le="+Inf"} 5',
  ].join('\n');

describe('Prometheus histograms read by the bench', () => {
  it('finds one histogram’s cumulative buckets by their other labels, and nothing of other metrics', () => {
    const found = histogramBuckets(scrape([1, 5, 9, 10], [0, 0, 2, 2]), 'lantern_chat_send_stage_seconds');
    expect([...found.keys()]).toEqual(['stage="queue"', 'stage="statement"']);
    expect(found.get('stage="queue"')).toEqual([
      [0.001, 1],
      [0.002, 5],
      [0.005, 9],
      [Number.POSITIVE_INFINITY, 10],
    ]);
    expect(histogramBuckets(scrape([1, 5, 9, 10], [0, 0, 2, 2]), 'lantern_socket_broadcast_seconds').get('')).toEqual([
      [0.001, 4],
      [Number.POSITIVE_INFINITY, 5],
    ]);
  });

  it('subtracts the scrape before from the one after, summed over nodes', () => {
    const read = (queue: number[]) => histogramBuckets(scrape(queue, [0, 0, 0, 0]), 'lantern_chat_send_stage_seconds');
    const between = bucketsBetween([read([1, 1, 1, 1]), read([0, 0, 0, 0])], [read([3, 5, 6, 6]), read([1, 2, 2, 2])]);
    expect(between.get('stage="queue"')).toEqual([
      [0.001, 3],
      [0.002, 6],
      [0.005, 7],
      [Number.POSITIVE_INFINITY, 7],
    ]);
  });

  it('interpolates a quantile inside its bucket, as histogram_quantile does', () => {
    const buckets: Array<[number, number]> = [
      [0.001, 0],
      [0.002, 50],
      [0.005, 90],
      [0.01, 100],
      [Number.POSITIVE_INFINITY, 100],
    ];
    expect(histogramQuantile(buckets, 0.5)).toBeCloseTo(0.002);
    expect(histogramQuantile(buckets, 0.25)).toBeCloseTo(0.0015);
    expect(histogramQuantile(buckets, 0.99)).toBeCloseTo(0.0095);
    // Past the last finite bound all we know is that bound.
    expect(histogramQuantile([[0.001, 1], [Number.POSITIVE_INFINITY, 10]], 0.99)).toBe(0.001);
    expect(histogramQuantile([[0.001, 0], [Number.POSITIVE_INFINITY, 0]], 0.5)).toBeNaN();
  });
});
