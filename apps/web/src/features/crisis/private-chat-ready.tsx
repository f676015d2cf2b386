import { Button, Group, Text } from '@mantine/core';
import { chatRoomPath } from '../chat/chat-paths';
import { useRooms } from '../chat/room-list';

/** The api names a moderator's room for a support request `support-<item id>` (ModerationService.openSupportRoom). */
const SUPPORT_ROOM_PREFIX = 'support-';

/**
 * The member's open private room with a moderator (`support-…`, opened from their support
 * request), from the room list (refreshed at once when a moderator opens one, see
 * PrivateChatInvite). A counsellor's room comes with the request's own status instead.
 */
export function useModeratorRoom() {
  const rooms = useRooms();
  return rooms.data?.items.find((room) => room.private && !room.locked && room.slug.startsWith(SUPPORT_ROOM_PREFIX));
}

export function PrivateChatReady({ slug }: { slug: string }) {
  return (
    <Group gap="sm">
      <Text>Your private conversation is ready.</Text>
      <Button component="a" href={chatRoomPath(slug)}>
        Open your private chat
      </Button>
    </Group>
  );
}
