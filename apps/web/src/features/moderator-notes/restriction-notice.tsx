import { Alert, Anchor, Text } from '@mantine/core';
import type { MemberRestrictedEvent, MemberRestrictionLiftedEvent } from '@lantern/contracts';
import { useEffect, useState } from 'react';
import { acquireSocket, releaseSocket } from '../../api/realtime-socket';
import { getSessionState, updateSessionMember } from '../../api/session';
import { HELP_PATH } from '../../routes/route-paths';
import { describeTimeAgo, formatExactTime } from '../forum/forum-copy';
import { useSession } from '../identity/use-session';
import { useNow } from '../moderation/use-now';
import { currentRestriction, type RestrictionUntil } from './restriction';

const WORDS: Record<MemberRestrictedEvent['kind'], { title: string; what: string; still: string }> = {
  suspended: { title: 'Your posting is paused', what: 'your posting', still: 'You can still read everything, react, report, and delete your own posts and messages.' },
  muted: { title: 'Your chat messages are paused', what: 'your chat messages', still: 'You can still read the rooms, and post in the forum.' },
};

/**
 * The pause the signed-in member is under now, if any: from their record (`GET /me`, on sign-in and
 * reload) and live (`member:restricted`, and `member:restriction-lifted` when a moderator ends it
 * early), re-read as time passes so it ends on time.
 */
export function useCurrentRestriction(): MemberRestrictedEvent | null {
  const session = useSession();
  const member = session.status === 'signed-in' ? session.member : null;
  const memberId = member?.id ?? null;
  const [live, setLive] = useState<RestrictionUntil>({});
  const now = useNow(30_000);
  useEffect(() => {
    setLive({});
    if (!memberId) return;
    const socket = acquireSocket();
    const onRestricted = ({ kind, until }: MemberRestrictedEvent) => setLive((current) => ({ ...current, [kind]: until }));
    // A moderator ended the pause early: gone from what arrived live and from the session's record,
    // so the composers open at once rather than when the old end comes round.
    const onLifted = ({ kind }: MemberRestrictionLiftedEvent) => {
      setLive((current) => ({ ...current, [kind]: undefined }));
      const session = getSessionState();
      if (session.status !== 'signed-in') return;
      const { mutedUntil, suspendedUntil, ...member } = session.member;
      updateSessionMember({ ...member, ...(kind === 'muted' ? { suspendedUntil } : { mutedUntil }) });
    };
    socket.on('member:restricted', onRestricted);
    socket.on('member:restriction-lifted', onLifted);
    return () => {
      socket.off('member:restricted', onRestricted);
      socket.off('member:restriction-lifted', onLifted);
      releaseSocket();
    };
  }, [memberId]);
  return member ? currentRestriction({ muted: member.mutedUntil, suspended: member.suspendedUntil }, live, now) : null;
}

/**
 * Says so, on every page, while a moderator has paused the member's chat or posting, with the end
 * in the member's own time, before anything they write is refused; live when it happens. Calm, and
 * always with a way to a person: a pause is about words, never about someone's pain.
 */
export function RestrictionNotice() {
  const restriction = useCurrentRestriction();
  const words = restriction && WORDS[restriction.kind];
  return (
    <div aria-live="polite">
      {restriction && words && (
        <Alert variant="light" color="gray" mb="lg" title={words.title} role="region" aria-label={words.title} data-testid="restriction-notice">
          <Text size="sm">
            A moderator has paused {words.what} until {formatExactTime(restriction.until)} ({describeTimeAgo(restriction.until)}). {words.still} If you need
            someone now,{' '}
            <Anchor href={HELP_PATH} underline="always">
              people are there to talk to
            </Anchor>
            .
          </Text>
        </Alert>
      )}
    </div>
  );
}
