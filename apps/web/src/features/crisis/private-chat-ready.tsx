import { Button, Group, Text } from '@mantine/core';
import { chatRoomPath } from '../chat/chat-paths';
import { useRooms } from '../chat/room-list';

/** The member's open private room (a counsellor's or a moderator's), from the room list it polls. */
export function usePrivateRoom(wanted = true) {
  const rooms = useRooms();
  return wanted ? rooms.data?.items.find((room) => room.private && !room.locked) : undefined;
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
