import type { ModeratorNote } from '@lantern/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { apiFetch } from '../../api/api-client';
import { acquireSocket, releaseSocket } from '../../api/realtime-socket';
import { useSession } from '../identity/use-session';

export const moderatorNotesQueryKey = ['me', 'moderator-notes'] as const;

type NoteList = { items: ModeratorNote[] };

/** A note that arrived live, put first in the list (once: a socket that reconnects may hear it again). */
export function withNote(current: NoteList | undefined, note: ModeratorNote): NoteList | undefined {
  if (!current) return current;
  return current.items.some((item) => item.id === note.id) ? current : { ...current, items: [note, ...current.items] };
}

/** The note as the server now has it, in its place. */
export function withUpdated(current: NoteList | undefined, note: ModeratorNote): NoteList | undefined {
  return current && { ...current, items: current.items.map((item) => (item.id === note.id ? note : item)) };
}

/**
 * The signed-in member's notes from the moderators, newest first; a new one arrives live
 * (`member:moderator-note`). Partners have none to read.
 */
export function useModeratorNotes() {
  const session = useSession();
  const memberId = session.status === 'signed-in' && session.member.role !== 'partner' ? session.member.id : null;
  const client = useQueryClient();
  const query = useQuery({
    queryKey: [...moderatorNotesQueryKey, memberId],
    queryFn: ({ signal }) => apiFetch<NoteList>('/api/v1/me/moderator-notes', { signal }),
    enabled: memberId !== null,
  });
  useEffect(() => {
    if (!memberId) return;
    const socket = acquireSocket();
    const onNote = (note: ModeratorNote) => client.setQueryData<NoteList>([...moderatorNotesQueryKey, memberId], (current) => withNote(current, note));
    // A note sent while the connection was down is not replayed unless the session was recovered:
    // read them again. (A new name closes the member's connections as it writes the note to them.)
    // The first connection is not a reconnection: the list was just read.
    let reconnecting = socket.connected;
    const onConnect = () => {
      if (reconnecting && !socket.recovered) void client.invalidateQueries({ queryKey: [...moderatorNotesQueryKey, memberId] });
      reconnecting = true;
    };
    socket.on('member:moderator-note', onNote);
    socket.on('connect', onConnect);
    return () => {
      socket.off('member:moderator-note', onNote);
      socket.off('connect', onConnect);
      releaseSocket();
    };
  }, [memberId, client]);
  return { ...query, memberId };
}

/** "I've read it": the server keeps when, and every view of the list follows. */
export function useMarkNoteSeen(memberId: string | null) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => apiFetch<ModeratorNote>(`/api/v1/me/moderator-notes/${encodeURIComponent(id)}/seen`, { method: 'POST' }),
    onSuccess: (note) => client.setQueryData<NoteList>([...moderatorNotesQueryKey, memberId], (current) => withUpdated(current, note)),
  });
}
