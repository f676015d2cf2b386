import type { ReportNoteJob } from '@lantern/contracts';
import { holdNamedMembers, openSupportRequest } from '@lantern/db';
import { noticeOf, reporterInCrisis, type ReporterCrisis } from '@lantern/moderation';
import type { DataSource } from 'typeorm';
import { followUpCrisis } from './crisis-follow-up';

export type ReportNoteOutcome = 'reporter-in-crisis' | 'nothing-for-the-reporter' | 'already-read' | 'superseded' | 'gone';

/** Each kind of report's table and the column naming what was reported. */
const REPORT_TABLES = {
  post: { table: 'post_reports', content: 'post_id' },
  message: { table: 'message_reports', content: 'message_id' },
} as const;

interface ReportRow {
  note: string | null;
  reporter_id: string | null;
  content_id: string;
  note_checked_at: Date | null;
}

/**
 * Reads a report's note for the REPORTER's own crisis ("I feel the same and want to die"). When it
 * says so, the reporter is shown their crisis lines (a crisis notice, delivered live by the api as
 * an author's is) and put on top of the moderators' queue as a member item (reason
 * `crisis_in_report_note`). Nothing else changes: the reported content, its review item and the
 * reporter's standing are untouched, since crisis is not abuse and a report is not a confession.
 *
 * Idempotent: `note_checked_at` is set in the same transaction, under the report row's lock, so a
 * job run again (a stalled job, a re-relayed outbox row) finds the note read and writes nothing.
 */
export async function checkReportNote(dataSource: DataSource, job: ReportNoteJob): Promise<ReportNoteOutcome> {
  const { table, content } = REPORT_TABLES[job.reportKind];
  const select = `SELECT note, reporter_id, ${content} AS content_id, note_checked_at FROM ${table} WHERE id = $1`;
  const [read]: ReportRow[] = await dataSource.query(select, [job.reportId]);
  // A report deleted meanwhile (its content removed) leaves nothing to read: the job simply completes.
  if (!read) return 'gone';
  if (read.note_checked_at !== null) return 'already-read';
  if (read.note === null || read.reporter_id === null) return 'gone';
  // CPU work outside the transaction: no row is locked while the classifier runs.
  const crisis = reporterInCrisis(read.note);
  return dataSource.transaction(async (manager): Promise<ReportNoteOutcome> => {
    // The reporter's account first, as every write naming a member does: an erasure under way
    // (which unlinks their reports and deletes their notices) finishes before the report is read
    // again below, which then names nobody; one that starts now waits, and removes what this writes.
    const live = await holdNamedMembers(manager, { sql: `SELECT reporter_id FROM ${table} WHERE id = $1`, parameters: [job.reportId] });
    const [current]: ReportRow[] = await manager.query(`${select} FOR NO KEY UPDATE`, [job.reportId]);
    if (!current) return 'gone';
    if (current.note_checked_at !== null) return 'already-read';
    // A later report replaced the note: its own job reads the new words.
    if (current.note !== read.note) return 'superseded';
    await manager.query(`UPDATE ${table} SET note_checked_at = now() WHERE id = $1`, [job.reportId]);
    if (current.reporter_id === null || !live.has(current.reporter_id)) return 'gone';
    if (!crisis) return 'nothing-for-the-reporter';
    await tellReporter(manager, { memberId: current.reporter_id, contentType: job.reportKind, contentId: current.content_id }, crisis);
    return 'reporter-in-crisis';
  });
}

async function tellReporter(
  manager: Parameters<typeof openSupportRequest>[0],
  at: { memberId: string; contentType: ReportNoteJob['reportKind']; contentId: string },
  crisis: ReporterCrisis,
): Promise<void> {
  // The notice names the reported content (a notice is always about some words), with the
  // reporter as its member, and speaks to them about themself (their crisis, or their danger from
  // someone else: "reporting him, he's my ex and says he'll kill me if I leave"). A human
  // too: the member item says only that they wrote it in a report's note, never which report
  // (reporters stay unnamed on the reported item).
  await followUpCrisis(manager, {
    memberId: at.memberId,
    notice: { contentType: at.contentType, contentId: at.contentId, ...noticeOf(crisis.categories) },
    risk: crisis.risk,
    reason: 'crisis_in_report_note',
  });
}
