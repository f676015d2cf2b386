import type { CrisisResources } from '@lantern/contracts';
import { useCallback, useEffect, useState } from 'react';
import { io } from 'socket.io-client';
import { getAccessToken } from '../../api/access-token';
import { apiFetch } from '../../api/api-client';
import { useSession } from '../identity/use-session';

/**
 * The help waiting for this member: notices stored while they were away (fetched on load) and
 * `crisis:resources` pushed live over the socket the moment the worker notices their words.
 */
export function useCrisisResources(): { notices: CrisisResources[]; close: (noticeId: string) => void } {
  const session = useSession();
  const signedIn = session.status === 'signed-in';
  const [notices, setNotices] = useState<CrisisResources[]>([]);

  const add = useCallback((incoming: CrisisResources[]) => {
    setNotices((current) => [...current, ...incoming.filter((notice) => !current.some((known) => known.noticeId === notice.noticeId))]);
  }, []);

  useEffect(() => {
    if (!signedIn) {
      setNotices([]);
      return;
    }
    let active = true;
    apiFetch<{ items: CrisisResources[] }>('/api/v1/me/crisis-notices')
      .then((response) => active && add(response.items))
      .catch(() => undefined);
    // The token is read at every (re)connect, so a rotated access token is used after a drop.
    const socket = io({ path: '/socket.io', auth: (callback) => callback({ token: getAccessToken() }), transports: ['websocket'] });
    socket.on('crisis:resources', (notice: CrisisResources) => add([notice]));
    return () => {
      active = false;
      socket.disconnect();
    };
  }, [signedIn, add]);

  const close = useCallback((noticeId: string) => setNotices((current) => current.filter((notice) => notice.noticeId !== noticeId)), []);
  return { notices, close };
}
