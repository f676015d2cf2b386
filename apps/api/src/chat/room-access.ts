/**
 * SQL: whether a room is open to a viewer (`room` the rooms alias, `memberId` and `role` the
 * placeholders holding the viewer's): a private room to the people in it; the peer rooms to
 * members and moderators, never to a crisis line's counsellors, who are there for their cases'
 * private rooms, not to read members' conversations with each other. The one rule for every read
 * of a room or its messages (chat, reports, hides).
 */
export function roomOpenTo(room: string, memberId: string, role: string): string {
  return `((NOT ${room}.private AND ${role} <> 'partner') OR EXISTS (SELECT 1 FROM room_members rm WHERE rm.room_id = ${room}.id AND rm.member_id = ${memberId}))`;
}
