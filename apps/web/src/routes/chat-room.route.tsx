import { CHAT_ROOM_PATH_PATTERN } from '../features/chat/chat-paths';
import { RoomPage } from '../features/chat/room-page';
import { readPathParam } from '../features/forum/forum-paths';
import { useCurrentPathname } from './navigation';
import { NotFoundRoute } from './not-found.route';

/** /chat/:slug — one live room. */
export function ChatRoomRoute() {
  const slug = readPathParam(CHAT_ROOM_PATH_PATTERN, useCurrentPathname(), 'slug');
  if (!slug) return <NotFoundRoute />;
  return <RoomPage slug={slug} />;
}
