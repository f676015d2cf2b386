import { Alert, Button, Group, Text } from '@mantine/core';
import type { PrivateRoomReadyEvent } from '@lantern/contracts';
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useState } from 'react';
import { acquireSocket, releaseSocket } from '../../api/realtime-socket';
import { chatRoomPath } from '../chat/chat-paths';
import { ROOMS_QUERY_KEY } from '../chat/room-list';
import { useSession } from '../identity/use-session';
import { OUTREACH_STATUS_KEY } from './outreach-request';
import { recallInvites, rememberInvites, withInvite, withoutRoom } from './private-chat-invites';

const WORDS: Record<PrivateRoomReadyEvent['by'], string> = {
  moderator: 'A Lantern moderator has opened a private chat with you. No other member can read it.',
  counsellor: 'A crisis counsellor has joined your private chat. No other member can read it.',
};

/**
 * Told on whatever page the member is on, the moment a moderator opens a private chat for them or
 * a counsellor joins theirs (`room:private-ready`), so nobody waits in a room list they are not
 * looking at. Taken up by opening the room, or put aside with "Later".
 */
export function PrivateChatInvite() {
  const session = useSession();
  const memberId = session.status === 'signed-in' ? session.member.id : null;
  const client = useQueryClient();
  const [invites, setInvites] = useState<PrivateRoomReadyEvent[]>([]);
  // Whoever is signed in now: their own invitations, none of anyone else's.
  useEffect(() => setInvites(memberId ? recallInvites(memberId) : []), [memberId]);

  const update = useCallback(
    (change: (current: PrivateRoomReadyEvent[]) => PrivateRoomReadyEvent[]) => {
      setInvites((current) => {
        const next = change(current);
        if (memberId) rememberInvites(memberId, next);
        return next;
      });
    },
    [memberId],
  );

  useEffect(() => {
    if (!memberId) return;
    const socket = acquireSocket();
    const onReady = (event: PrivateRoomReadyEvent) => {
      update((current) => withInvite(current, { room: event.room, by: event.by }));
      // The room list and the panel's request status show it now, not on their next poll.
      void client.invalidateQueries({ queryKey: ROOMS_QUERY_KEY });
      void client.invalidateQueries({ queryKey: OUTREACH_STATUS_KEY });
    };
    socket.on('room:private-ready', onReady);
    return () => {
      socket.off('room:private-ready', onReady);
      releaseSocket();
    };
  }, [memberId, client, update]);

  // Being in the room is taking it up.
  const here = invites.find((invite) => window.location.pathname === chatRoomPath(invite.room));
  useEffect(() => {
    if (here) update((current) => withoutRoom(current, here.room));
  }, [here, update]);

  const invite = memberId ? invites.filter((entry) => entry !== here).at(-1) : undefined;
  return (
    <div aria-live="polite">
      {invite && (
        <Alert variant="light" color="lantern" mb="lg" title="Someone is here to talk with you" data-testid="private-chat-invite">
          <Text mb="sm">{WORDS[invite.by]}</Text>
          <Group gap="sm">
            <Button component="a" href={chatRoomPath(invite.room)}>
              Open your private chat
            </Button>
            <Button variant="default" onClick={() => update((current) => withoutRoom(current, invite.room))}>
              Later
            </Button>
          </Group>
        </Alert>
      )}
    </div>
  );
}
