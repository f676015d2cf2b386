import { RoomListPage } from '../features/chat/room-list';

/** /chat — the rooms. */
export function ChatRoute() {
  return <RoomListPage />;
}
