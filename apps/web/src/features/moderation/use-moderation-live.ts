import type { QueueItem } from '@lantern/contracts';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { acquireSocket, releaseSocket } from '../../api/realtime-socket';
import { modKeys } from './mod-api';

/**
 * Keeps the console live: new and changed review items refresh the lists at once, and the
 * repeated alert about imminent-risk items nobody has claimed in time is kept as state (it
 * clears when an alert comes without them).
 */
export function useModerationLive(): { overdue: QueueItem[] } {
  const client = useQueryClient();
  const [overdue, setOverdue] = useState<QueueItem[]>([]);
  useEffect(() => {
    const socket = acquireSocket();
    const changed = () => void client.invalidateQueries({ queryKey: modKeys.all });
    const onOverdue = (payload: { items: QueueItem[] }) => setOverdue(payload.items);
    socket.on('moderation:flag', changed);
    socket.on('moderation:flag-updated', changed);
    socket.on('moderation:overdue', onOverdue);
    // After a reconnect the lists may have missed events.
    socket.io.on('reconnect', changed);
    return () => {
      socket.off('moderation:flag', changed);
      socket.off('moderation:flag-updated', changed);
      socket.off('moderation:overdue', onOverdue);
      socket.io.off('reconnect', changed);
      releaseSocket();
    };
  }, [client]);
  return { overdue };
}
