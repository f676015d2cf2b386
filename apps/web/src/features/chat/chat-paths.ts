/** Where the chat pages live; links and the route table share these. */
export const CHAT_PATH = '/chat';
export const CHAT_ROOM_PATH_PATTERN = '/chat/:slug';

export function chatRoomPath(slug: string): string {
  return `/chat/${encodeURIComponent(slug)}`;
}
