import { Badge, Group, Paper, Stack, Text, Title } from '@mantine/core';
import type { RoomSummary, RoomUpdatedEvent } from '@lantern/contracts';
import { useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { apiFetch } from '../../api/api-client';
import { acquireSocket, releaseSocket } from '../../api/realtime-socket';
import { ForumLink } from '../forum/forum-link';
import { MembersOnly } from '../forum/members-only';
import { EmptyState, ErrorState, LoadingState } from '../forum/query-states';
import { useSession } from '../identity/use-session';
import { chatRoomPath } from './chat-paths';
import { isAfter } from './message-log';
import { recallReadMark } from './read-marks';

export const ROOMS_QUERY_KEY = ['chat', 'rooms'];

/** One room's summary changed (its settings, live or as a moderator saved them): every view of the list follows. */
export function patchRoomSummary(client: QueryClient, slug: string, change: Partial<RoomSummary>): void {
  client.setQueryData<{ items: RoomSummary[] }>(ROOMS_QUERY_KEY, (current) =>
    current ? { ...current, items: current.items.map((summary) => (summary.slug === slug ? { ...summary, ...change } : summary)) } : current,
  );
}

/**
 * The rooms as they are now: a lock or a new pace arrives live (`room:updated`, sent to everyone
 * who may open the room, in it or not), so nobody walks into a room just locked or misses it
 * reopening while waiting for the next poll; what changed while the connection was away is read
 * again when it is back. The poll stays for the online counts.
 */
export function useRooms() {
  const client = useQueryClient();
  useEffect(() => {
    const socket = acquireSocket();
    const onRoomUpdated = ({ room, locked, slowModeSeconds }: RoomUpdatedEvent) => patchRoomSummary(client, room, { locked, slowModeSeconds });
    const onConnect = () => void client.invalidateQueries({ queryKey: ROOMS_QUERY_KEY });
    socket.on('room:updated', onRoomUpdated);
    socket.on('connect', onConnect);
    return () => {
      socket.off('room:updated', onRoomUpdated);
      socket.off('connect', onConnect);
      releaseSocket();
    };
  }, [client]);
  return useQuery({
    queryKey: ROOMS_QUERY_KEY,
    queryFn: ({ signal }) => apiFetch<{ items: RoomSummary[] }>('/api/v1/rooms', { signal }),
    refetchInterval: 15_000,
  });
}

/**
 * Whether someone said something in the room since this member last read it in this browser (the
 * read mark its page keeps). A room never opened here has no mark, and is not marked: as on the
 * room's page, there is nothing to say it is new against.
 */
function saidSinceRead(memberId: string, room: Pick<RoomSummary, 'slug' | 'latest'>): boolean {
  if (!room.latest) return false;
  const mark = recallReadMark(memberId, room.slug);
  return mark !== null && (mark.readTo === null || isAfter(room.latest, mark.readTo));
}

function RoomList() {
  const rooms = useRooms();
  const session = useSession();
  const memberId = session.status === 'signed-in' ? session.member.id : null;
  if (rooms.isPending) return <LoadingState label="Loading the rooms…" />;
  if (rooms.isError) return <ErrorState title="We couldn't load the rooms" error={rooms.error} onRetry={() => void rooms.refetch()} />;
  if (rooms.data.items.length === 0) {
    return (
      <EmptyState>
        <Text>No rooms are open right now.</Text>
      </EmptyState>
    );
  }
  return (
    <ul aria-label="Rooms" style={{ listStyle: 'none', padding: 0, margin: 0, display: 'grid', gap: 'var(--mantine-spacing-sm)' }}>
      {rooms.data.items.map((room) => (
        <li key={room.slug}>
          <Paper withBorder p="md" radius="md">
            <Stack gap={4}>
              <Group gap="xs" wrap="wrap">
                <ForumLink href={chatRoomPath(room.slug)} fw={600} fz="lg">
                  {room.name}
                </ForumLink>
                {memberId && saidSinceRead(memberId, room) && <Badge>new messages</Badge>}
                {room.online !== null && (
                  <Badge variant="light" color="gray">
                    {room.online} online
                  </Badge>
                )}
                {/* Who else is in it, from the reader's side, is the room's description below. */}
                {room.private && <Badge>private</Badge>}
                {room.locked && <Badge color="gray">locked</Badge>}
                {room.slowModeSeconds > 0 && <Badge variant="outline">slow mode</Badge>}
              </Group>
              <Text size="sm">{room.description}</Text>
            </Stack>
          </Paper>
        </li>
      ))}
    </ul>
  );
}

/** /chat — the rooms, with how many people are in each right now. */
export function RoomListPage() {
  return (
    <Stack gap="md">
      <Title order={1}>Chat rooms</Title>
      <Text>Live rooms for when a thread feels too slow. Be kind; moderators are around.</Text>
      <MembersOnly>
        <RoomList />
      </MembersOnly>
    </Stack>
  );
}
