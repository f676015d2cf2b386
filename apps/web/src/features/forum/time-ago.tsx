import { describeTimeAgo, formatExactTime } from './forum-copy';

/**
 * Relative time for reading, the exact moment for anyone who hovers or inspects. What it shows
 * has already happened: on a device whose clock runs behind the server's it reads "just now",
 * never "in 1 minute".
 */
export function TimeAgo({ iso }: { iso: string }) {
  const now = Date.now();
  const then = Date.parse(iso);
  return (
    <time dateTime={iso} title={formatExactTime(iso)}>
      {describeTimeAgo(iso, Number.isNaN(then) ? now : Math.max(now, then))}
    </time>
  );
}
