import { crisisNoticeReach, type CrisisResources } from '@lantern/contracts';
import { useCallback, useEffect, useState } from 'react';
import { apiFetch } from '../../api/api-client';
import { acquireSocket, releaseSocket } from '../../api/realtime-socket';
import { useSession } from '../identity/use-session';

/**
 * The help waiting for this member: notices stored while they were away (fetched on load) and
 * `crisis:resources` pushed live over the socket the moment the worker notices their words, or a
 * notice's concern changes.
 */
export function useCrisisResources(): { notices: CrisisResources[]; close: (noticeId: string) => void } {
  const session = useSession();
  // Crisis-line partners are staff, not members: the api answers them 403, so don't ask.
  const signedIn = session.status === 'signed-in' && session.member.role !== 'partner';
  const [notices, setNotices] = useState<CrisisResources[]>([]);

  const add = useCallback((incoming: CrisisResources[], pushed = false) => setNotices((current) => mergeNotices(current, incoming, pushed)), []);

  useEffect(() => {
    if (!signedIn) {
      setNotices([]);
      return;
    }
    let active = true;
    apiFetch<{ items: CrisisResources[] }>('/api/v1/me/crisis-notices')
      .then((response) => active && add(response.items))
      .catch(() => undefined);
    const socket = acquireSocket();
    const onNotice = (notice: CrisisResources) => add([notice], true);
    socket.on('crisis:resources', onNotice);
    return () => {
      active = false;
      socket.off('crisis:resources', onNotice);
      releaseSocket();
    };
  }, [signedIn, add]);

  const close = useCallback((noticeId: string) => setNotices((current) => current.filter((notice) => notice.noticeId !== noticeId)), []);
  return { notices, close };
}

/**
 * The notices shown once `incoming` is known. The list read on load adds what is not known yet; a
 * notice pushed live is the notice as it is now (words for a friend edited into the member's own
 * crisis, danger told beside it) and takes the place of the one shown. Not the other way round: a
 * list read before the change, answered after the push, would put the old concern back. Nor a push
 * of a concern that has come less far than the one shown (crisisNoticeReach), however it got here.
 */
export function mergeNotices(current: CrisisResources[], incoming: CrisisResources[], pushed: boolean): CrisisResources[] {
  const newer = (known: CrisisResources) => incoming.find((notice) => notice.noticeId === known.noticeId && crisisNoticeReach(notice) >= crisisNoticeReach(known));
  return [
    ...(pushed ? current.map((known) => newer(known) ?? known) : current),
    ...incoming.filter((notice) => !current.some((known) => known.noticeId === notice.noticeId)),
  ];
}
