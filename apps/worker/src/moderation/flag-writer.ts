import type { ContentType } from '@lantern/contracts';
import { riskRank, type Classification, type PolicyDecision, type RiskTier } from '@lantern/moderation';
import type { EntityManager } from 'typeorm';

export interface FlagInput {
  contentType: ContentType;
  contentId: string;
  version: number;
  authorId: string | null;
  result: Classification;
  decision: PolicyDecision;
}

interface OpenFlag {
  id: string;
  kind: string;
  priority: number;
  risk: RiskTier;
  categories: string[];
  score: number;
  due_at: Date;
}

/**
 * Opens the content's review item, or merges this signal into the open one: the highest kind (crisis, abuse, report: by its own rank, not the priority),
 * the most urgent priority, risk and due time win, categories accumulate. Runs inside the caller's
 * transaction, after the result row made this job's work unique.
 */
export async function recordFlag(manager: EntityManager, input: FlagInput): Promise<string> {
  const { decision, result } = input;
  if (!decision.flag || decision.kind === null || decision.dueInMinutes === null) throw new Error('recordFlag needs a decision that flags');
  const dueAt = new Date(Date.now() + decision.dueInMinutes * 60_000);
  const score = Math.max(0, ...Object.values(result.scores));
  const existing: OpenFlag[] = await manager.query(
    `SELECT id, kind, priority, risk, categories, score, due_at FROM flags
      WHERE content_type = $1 AND content_id = $2 AND status <> 'resolved' FOR UPDATE`,
    [input.contentType, input.contentId],
  );
  let flagId: string;
  if (existing[0]) {
    const open = existing[0];
    const risk = riskRank(result.risk) > riskRank(open.risk) ? result.risk : open.risk;
    const categories = [...new Set([...open.categories, ...result.categories])];
    await manager.query(
      `UPDATE flags SET kind = $2, priority = $3, risk = $4, categories = $5, score = $6, due_at = $7, version = version + 1, updated_at = now() WHERE id = $1`,
      [open.id, kindRank(decision.kind) > kindRank(open.kind) ? decision.kind : open.kind, Math.max(open.priority, decision.priority), risk, categories, Math.max(open.score, score), dueAt < open.due_at ? dueAt : open.due_at],
    );
    flagId = open.id;
  } else {
    const [created]: Array<{ id: string }> = await manager.query(
      `INSERT INTO flags (content_type, content_id, author_id, kind, priority, risk, categories, score, due_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
       ON CONFLICT (content_type, content_id) WHERE status <> 'resolved' DO NOTHING RETURNING id`,
      [input.contentType, input.contentId, input.authorId, decision.kind, decision.priority, result.risk, [...result.categories], score, dueAt],
    );
    // A member's report opened the item between our look and our insert: merge on the retry.
    if (!created) throw new Error(`a review item for ${input.contentType} ${input.contentId} appeared meanwhile; retrying to merge`);
    flagId = created.id;
  }
  // Offsets and the signal that fired, not the words: the content row keeps the words.
  const evidence = result.evidence.map((span) => ({ start: span.start, end: span.end, category: span.category, signal: span.signal }));
  await manager.query(
    `INSERT INTO flag_signals (flag_id, source, content_version, risk, categories, evidence)
     VALUES ($1, 'classifier', $2, $3, $4, $5) ON CONFLICT DO NOTHING`,
    [flagId, input.version, result.risk, [...result.categories], JSON.stringify(evidence)],
  );
  return flagId;
}

/**
 * An item's kind only rises, by its own rank: a crisis stays one, abuse stays abuse, whatever the
 * priority of what joins it (a second opinion's report outranks severe abuse by nothing, yet a
 * moderator-opened crisis review has a low priority).
 */
const KIND_RANK: Readonly<Record<string, number>> = { report: 0, harm: 1, crisis: 2 };
function kindRank(kind: string): number {
  return KIND_RANK[kind] ?? 0;
}
