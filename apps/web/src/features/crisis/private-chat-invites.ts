import type { PrivateRoomReadyEvent } from '@lantern/contracts';
import { browserStorage } from '../../api/browser-storage';

/**
 * Invitations not yet taken up, kept for this tab across page loads (room slugs only, gone when
 * the tab closes), per member and forgotten at sign-out, so someone else signing in on a shared
 * device is never told of another member's private chat.
 */
const keyFor = (memberId: string) => `lantern.private-chat-invites.${memberId}`;

export function recallInvites(memberId: string): PrivateRoomReadyEvent[] {
  try {
    const parsed: unknown = JSON.parse(browserStorage('session')?.getItem(keyFor(memberId)) ?? '[]');
    return Array.isArray(parsed) ? parsed.filter((entry): entry is PrivateRoomReadyEvent => typeof entry?.room === 'string' && (entry.by === 'moderator' || entry.by === 'counsellor')) : [];
  } catch {
    return [];
  }
}

export function rememberInvites(memberId: string, invites: PrivateRoomReadyEvent[]): void {
  try {
    browserStorage('session')?.setItem(keyFor(memberId), JSON.stringify(invites));
  } catch {
    // Storage full or blocked: the invitation still shows on this page.
  }
}

/** At sign-out (registered in main.tsx with the other things that leave with the member). */
export function forgetPrivateChatInvites(memberId: string): void {
  try {
    browserStorage('session')?.removeItem(keyFor(memberId));
  } catch {
    // Nothing stored, or storage blocked.
  }
}

/** Adds an invitation (a newer one for the same room replaces it), or drops the ones for a room. */
export function withInvite(invites: PrivateRoomReadyEvent[], invite: PrivateRoomReadyEvent): PrivateRoomReadyEvent[] {
  return [...invites.filter((entry) => entry.room !== invite.room), invite];
}

export function withoutRoom(invites: PrivateRoomReadyEvent[], room: string): PrivateRoomReadyEvent[] {
  return invites.filter((entry) => entry.room !== room);
}
