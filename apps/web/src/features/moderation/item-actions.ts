import { MODERATION_ACTIONS, type MemberRole, type ModerationActionName, type QueueItemDetail } from '@lantern/contracts';

/** Words their writer deleted are never published again: no restoring, no editing (the api refuses both). */
export function isDeletedByWriter(item: Pick<QueueItemDetail, 'context'>): boolean {
  return item.context.kind !== 'none' && item.context.entries.find((entry) => entry.current)?.status === 'deleted';
}

/** Actions that change a post or message: a support request (an item about a member) has none to change. */
const CONTENT_ACTIONS = new Set<ModerationActionName>(['hide', 'restore', 'remove', 'edit']);
/**
 * Actions that reach the writer: with no writer left (they erased their account) nobody would read
 * or feel them, and a moderator, an admin or a crisis line's counsellor is never paused from the
 * queue (the api refuses it: their role is an operator's to change).
 */
const WRITER_ACTIONS = new Set<ModerationActionName>(['warn', 'mute', 'suspend']);

export type StaffRole = Exclude<MemberRole, 'member'>;

/** The writer's role when staff wrote the words (a moderator, an admin, a crisis line's counsellor); null for a member's, or nobody's. */
export function staffWriter(item: Pick<QueueItemDetail, 'authorId' | 'authorRole'>): StaffRole | null {
  return item.authorId !== null && item.authorRole !== null && item.authorRole !== 'member' ? item.authorRole : null;
}

/** The actions an item can take, so none is offered that the api would refuse, or do nothing with, for what it is. */
export function actionsFor(item: Pick<QueueItemDetail, 'contentType' | 'context' | 'authorId' | 'authorRole'>): readonly ModerationActionName[] {
  const deletedByWriter = isDeletedByWriter(item);
  return MODERATION_ACTIONS.filter((name) => {
    if ((item.authorId === null || staffWriter(item) !== null) && WRITER_ACTIONS.has(name)) return false;
    // A member who asked for a person: nothing to hide or edit, and nobody is sanctioned for asking.
    if (item.contentType === 'member') return !CONTENT_ACTIONS.has(name) && !WRITER_ACTIONS.has(name);
    if (item.contentType === 'message' && name === 'edit') return false;
    return !(deletedByWriter && (name === 'restore' || name === 'edit'));
  });
}
