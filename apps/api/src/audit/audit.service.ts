import { Inject, Injectable } from '@nestjs/common';
import type { AuditEntry as AuditLogEntry, AuditQuery } from '@lantern/contracts';
import type { DataSource, EntityManager } from 'typeorm';
import { shownPseudonym } from '../auth/pseudonyms';
import { DATA_SOURCE } from '../infra/infra.tokens';

export interface AuditActor {
  id: string;
  role: string;
}

export interface AuditEntry {
  action: string;
  targetType: string;
  targetId: string | null;
  reason?: string | null;
  before?: unknown;
  after?: unknown;
}

export type AuditRow = AuditLogEntry;

/**
 * The append-only record of every moderator, admin and partner action (who, what, when, why,
 * before and after). Written in the same transaction as the action, so neither exists without
 * the other; the table refuses UPDATE and DELETE.
 */
@Injectable()
export class AuditService {
  constructor(@Inject(DATA_SOURCE) private readonly dataSource: DataSource) {}

  async record(manager: EntityManager, actor: AuditActor, entry: AuditEntry): Promise<void> {
    await writeAuditRow(manager, actor, entry);
  }

  /** Newest first, 100 a page; `beforeId` (or `before`, by time alone) pages back. */
  async list(query: AuditQuery): Promise<{ items: AuditRow[] }> {
    const rows: Array<{
      id: string;
      actor_id: string | null;
      actor_pseudonym: string | null;
      actor_role: string;
      action: string;
      target_type: string;
      target_id: string | null;
      reason: string | null;
      before: unknown;
      after: unknown;
      created_at: Date;
    }> = await this.dataSource.query(
      `SELECT a.id, a.actor_id, ${shownPseudonym('m')} AS actor_pseudonym, a.actor_role, a.action, a.target_type, a.target_id, a.reason, a.before, a.after, a.created_at
         FROM audit_log a LEFT JOIN members m ON m.id = a.actor_id
        WHERE ($1::text IS NULL OR a.action = $1) AND ($2::uuid IS NULL OR a.actor_id = $2) AND ($3::uuid IS NULL OR a.target_id = $3)
          AND ($4::timestamptz IS NULL OR a.created_at < $4)
          AND ($5::text IS NULL OR (m.deleted_at IS NULL AND lower(m.pseudonym) = lower($5)))
          -- After the last entry exactly, by its stored instant (to the microsecond) and id: the
          -- entries one action writes share an instant, and an instant read back in milliseconds
          -- would skip those between.
          AND ($6::bigint IS NULL OR (a.created_at, a.id) < (SELECT l.created_at, l.id FROM audit_log l WHERE l.id = $6))
        ORDER BY a.created_at DESC, a.id DESC LIMIT 100`,
      [query.action ?? null, query.actorId ?? null, query.targetId ?? null, query.before ?? null, query.actor ?? null, query.beforeId ?? null],
    );
    return {
      items: rows.map((row) => ({
        id: String(row.id),
        actorId: row.actor_id,
        actorPseudonym: row.actor_pseudonym,
        actorRole: row.actor_role,
        action: row.action,
        targetType: row.target_type,
        targetId: row.target_id,
        reason: row.reason,
        before: row.before,
        after: row.after,
        createdAt: row.created_at.toISOString(),
      })),
    };
  }
}

/**
 * One audit row, in the caller's transaction. The service writes people's actions; the operator
 * CLI writes its own (no actor id, role 'operator'), as the role-change trigger does.
 */
export async function writeAuditRow(manager: EntityManager, actor: { id: string | null; role: string }, entry: AuditEntry): Promise<void> {
  await manager.query(
    `INSERT INTO audit_log (actor_id, actor_role, action, target_type, target_id, reason, before, after) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
    [
      actor.id,
      actor.role,
      entry.action,
      entry.targetType,
      entry.targetId,
      entry.reason ?? null,
      entry.before === undefined ? null : JSON.stringify(entry.before),
      entry.after === undefined ? null : JSON.stringify(entry.after),
    ],
  );
}
