import type { MemberRole } from '../auth/auth.schema';
import type { ReactionKind } from '../forum/forum.schema';
import type { HiddenMember } from '../hides/hidden-members.schema';
import type { SafetyPlanSections } from '../safety-plan/safety-plan.schema';

/**
 * The document `GET /api/v1/me/export` answers with: everything Lantern keeps that is the
 * member's own, in a form they can read and take elsewhere (GDPR access and portability).
 * Other members appear only as ids (a post reacted to, a message reported) or as the name the
 * member saw (someone they hid): never another member's id, nor the pseudonym behind an alias.
 * Bump the format when a field changes meaning; adding fields keeps it.
 */
export const ACCOUNT_EXPORT_FORMAT = 'lantern-account-export/1' as const;

export interface ExportedCategory {
  slug: string;
  name: string;
}

export interface ExportedThread {
  id: string;
  title: string;
  category: ExportedCategory;
  contentWarning: string | null;
  /** visible, hidden (waiting for a moderator), removed or deleted. */
  status: string;
  /** The alias the member started it under, or null for their pseudonym. */
  alias: string | null;
  createdAt: string;
}

export interface ExportedPost {
  id: string;
  thread: { id: string; title: string };
  category: ExportedCategory;
  /** As written, in Markdown. */
  body: string;
  /** The alias the member wrote it under in that thread, or null for their pseudonym. */
  alias: string | null;
  status: string;
  createdAt: string;
  editedAt: string | null;
}

export interface ExportedChatMessage {
  id: string;
  room: string;
  body: string;
  status: string;
  createdAt: string;
}

export interface ExportedReaction {
  postId: string;
  kind: ReactionKind;
  createdAt: string;
}

export interface ExportedFollow {
  threadId: string;
  followedAt: string;
}

export interface ExportedReport {
  contentType: 'post' | 'message';
  contentId: string;
  reason: string;
  note: string | null;
  createdAt: string;
}

export interface ExportedWarning {
  /** The words the moderator wrote to the member. */
  message: string;
  createdAt: string;
  seenAt: string | null;
}

export interface ExportedCrisisNotice {
  createdAt: string;
  /** Whether the words were about the member themself or about someone they worried for. */
  concern: 'self' | 'concern_for_other';
  contentType: 'post' | 'message';
  contentId: string;
  closedAt: string | null;
  /** safe_now ("I'm safe right now"), dismissed, or support_requested. */
  closedHow: string | null;
  /** When the member asked for a moderator from this notice, if they did. */
  moderatorAskedAt: string | null;
}

export interface ExportedSupportRequest {
  askedAt: string;
  /** "Talk to a moderator now", or a crisis counsellor's call or chat. */
  askedFor: 'moderator' | 'counsellor';
}

export type ExportedSafetyPlan =
  | { status: 'none' }
  | { status: 'included'; updatedAt: string; sections: SafetyPlanSections }
  /** The server's key cannot open it just now: it is kept, and a later export includes it. */
  | { status: 'unreadable'; message: string };

export interface AccountExport {
  format: typeof ACCOUNT_EXPORT_FORMAT;
  exportedAt: string;
  account: {
    pseudonym: string;
    role: MemberRole;
    region: string | null;
    preferences: Record<string, unknown>;
    createdAt: string;
  };
  threads: ExportedThread[];
  posts: ExportedPost[];
  chatMessages: ExportedChatMessage[];
  reactions: ExportedReaction[];
  follows: ExportedFollow[];
  reports: ExportedReport[];
  hiddenMembers: HiddenMember[];
  moderation: {
    warnings: ExportedWarning[];
    mutedUntil: string | null;
    suspendedUntil: string | null;
  };
  crisisSupport: {
    notices: ExportedCrisisNotice[];
    requests: ExportedSupportRequest[];
  };
  safetyPlan: ExportedSafetyPlan;
}

/** `lantern-export-2025-01-31.json`: the day (UTC) the document was made. */
export function accountExportFileName(exportedAt: string): string {
  return `lantern-export-${exportedAt.slice(0, 10)}.json`;
}
