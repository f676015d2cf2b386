import { describeTimeAgo, formatExactTime } from './forum-copy';

/** Relative time for reading, the exact moment for anyone who hovers or inspects. */
export function TimeAgo({ iso }: { iso: string }) {
  return (
    <time dateTime={iso} title={formatExactTime(iso)}>
      {describeTimeAgo(iso)}
    </time>
  );
}
