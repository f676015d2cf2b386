/** Whom a crisis notice's panel speaks to: the member in crisis, in danger from someone else, or worried about someone. */
export type CrisisNoticeConcern = 'self' | 'danger' | 'concern_for_other';

/** The two columns `crisis_notices` keeps a notice's concern in (never both true: a CHECK says so). */
export interface CrisisNoticeConcernColumns {
  for_other: boolean;
  danger: boolean;
}

/** The columns to write for a notice's concern. */
export function crisisNoticeColumns(concern: CrisisNoticeConcern): CrisisNoticeConcernColumns {
  return { for_other: concern === 'concern_for_other', danger: concern === 'danger' };
}

/** A notice's concern, read back from its columns. */
export function crisisNoticeConcern(row: CrisisNoticeConcernColumns): CrisisNoticeConcern {
  return row.for_other ? 'concern_for_other' : row.danger ? 'danger' : 'self';
}
