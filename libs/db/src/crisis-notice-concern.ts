import type { EntityManager } from 'typeorm';

/** Whom a crisis notice's panel speaks to: the member in crisis, in danger from someone else, or worried about someone. */
export type CrisisNoticeConcern = 'self' | 'danger' | 'concern_for_other';

/**
 * The columns `crisis_notices` keeps a notice's concern in (never two of them true: CHECKs say so).
 * `danger_beside`: a notice for the member themself whose words also tell of someone else hurting
 * or threatening them.
 */
export interface CrisisNoticeConcernColumns {
  for_other: boolean;
  danger: boolean;
  danger_beside: boolean;
}

/** The columns to write for a notice's concern; danger told beside the member's own crisis is kept only on a notice for them. */
export function crisisNoticeColumns(concern: CrisisNoticeConcern, dangerBeside = false): CrisisNoticeConcernColumns {
  return { for_other: concern === 'concern_for_other', danger: concern === 'danger', danger_beside: concern === 'self' && dangerBeside };
}

/** A notice's concern, read back from its columns. */
export function crisisNoticeConcern(row: Pick<CrisisNoticeConcernColumns, 'for_other' | 'danger'>): CrisisNoticeConcern {
  return row.for_other ? 'concern_for_other' : row.danger ? 'danger' : 'self';
}

/**
 * Whether the notice's words tell of someone else hurting or threatening the member, as their
 * concern or beside their own crisis: no crisis line calls a phone someone else may answer then.
 */
export function crisisNoticeInDanger(row: Pick<CrisisNoticeConcernColumns, 'danger' | 'danger_beside'>): boolean {
  return row.danger || row.danger_beside;
}

/**
 * The same rule in SQL, over the member `member` names (a column such as `e.member_id`, or a
 * parameter): one of their open notices tells of someone hurting or threatening them.
 */
export function memberInDangerSql(member: string): string {
  return `EXISTS (SELECT 1 FROM crisis_notices n WHERE n.member_id = ${member} AND n.closed_at IS NULL AND (n.danger OR n.danger_beside))`;
}

/** Whether one of the member's open notices tells of someone hurting or threatening them (crisisNoticeInDanger), in the caller's transaction. */
export async function memberInDanger(manager: Pick<EntityManager, 'query'>, memberId: string): Promise<boolean> {
  const [row] = (await manager.query(`SELECT ${memberInDangerSql('$1::uuid')} AS in_danger`, [memberId])) as Array<{ in_danger: boolean }>;
  return row?.in_danger === true;
}
