import { formatCopy, SAFE_MESSAGING_COPY } from '@lantern/crisis';

const COPY = SAFE_MESSAGING_COPY.safetyPlan;

/** "Saved at 14:02" today, "Saved on 3 Dec at 14:02" another day, in the reader's own date style. */
export function savedStateText(updatedAt: string | null, now: Date = new Date(), locale?: string): string {
  if (updatedAt === null) return COPY.notSavedYet;
  const saved = new Date(updatedAt);
  const time = new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(saved);
  if (saved.toDateString() === now.toDateString()) return formatCopy(COPY.savedAt, { time });
  const date = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short' }).format(saved);
  return formatCopy(COPY.savedOn, { date, time });
}
