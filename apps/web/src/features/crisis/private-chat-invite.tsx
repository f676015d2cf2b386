import { Alert, Button, Group, Text } from '@mantine/core';
import type { PrivateRoomReadyEvent } from '@lantern/contracts';
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useState } from 'react';
import { browserStorage } from '../../api/browser-storage';
import { acquireSocket, releaseSocket } from '../../api/realtime-socket';
import { chatRoomPath } from '../chat/chat-paths';
import { useSession } from '../identity/use-session';

/**
 * Invitations not yet taken up, kept for this tab across page loads (room slugs only, gone when
 * the tab closes): a member who reads on elsewhere still finds the way in on the next page.
 */
const KEY = 'lantern.private-chat-invites';

function recall(): PrivateRoomReadyEvent[] {
  try {
    const parsed: unknown = JSON.parse(browserStorage('session')?.getItem(KEY) ?? '[]');
    return Array.isArray(parsed) ? parsed.filter((entry): entry is PrivateRoomReadyEvent => typeof entry?.room === 'string' && (entry.by === 'moderator' || entry.by === 'counsellor')) : [];
  } catch {
    return [];
  }
}

function remember(invites: PrivateRoomReadyEvent[]): void {
  try {
    browserStorage('session')?.setItem(KEY, JSON.stringify(invites));
  } catch {
    // Storage full or blocked: the invitation still shows on this page.
  }
}

/** Adds an invitation (a newer one for the same room replaces it), or drops the ones for a room. */
export function withInvite(invites: PrivateRoomReadyEvent[], invite: PrivateRoomReadyEvent): PrivateRoomReadyEvent[] {
  return [...invites.filter((entry) => entry.room !== invite.room), invite];
}

export function withoutRoom(invites: PrivateRoomReadyEvent[], room: string): PrivateRoomReadyEvent[] {
  return invites.filter((entry) => entry.room !== room);
}

const WORDS: Record<PrivateRoomReadyEvent['by'], string> = {
  moderator: 'A Lantern moderator has opened a private chat with you. Only the two of you can read it.',
  counsellor: 'A crisis counsellor has joined your private chat. Only you and they can read it.',
};

/**
 * Told on whatever page the member is on, the moment a moderator opens a private chat for them or
 * a counsellor joins theirs (`room:private-ready`), so nobody waits in a room list they are not
 * looking at. Taken up by opening the room, or put aside with "Later".
 */
export function PrivateChatInvite() {
  const session = useSession();
  const signedIn = session.status === 'signed-in';
  const client = useQueryClient();
  const [invites, setInvites] = useState<PrivateRoomReadyEvent[]>(recall);

  const update = useCallback((change: (current: PrivateRoomReadyEvent[]) => PrivateRoomReadyEvent[]) => {
    setInvites((current) => {
      const next = change(current);
      remember(next);
      return next;
    });
  }, []);

  useEffect(() => {
    if (!signedIn) return;
    const socket = acquireSocket();
    const onReady = (event: PrivateRoomReadyEvent) => {
      update((current) => withInvite(current, { room: event.room, by: event.by }));
      // The room list (and the crisis panel's way in) shows the room now, not on its next poll.
      void client.invalidateQueries({ queryKey: ['chat', 'rooms'] });
    };
    socket.on('room:private-ready', onReady);
    return () => {
      socket.off('room:private-ready', onReady);
      releaseSocket();
    };
  }, [signedIn, client, update]);

  // Being in the room is taking it up.
  const here = invites.find((invite) => window.location.pathname === chatRoomPath(invite.room));
  useEffect(() => {
    if (here) update((current) => withoutRoom(current, here.room));
  }, [here, update]);

  const invite = signedIn ? invites.filter((entry) => entry !== here).at(-1) : undefined;
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
