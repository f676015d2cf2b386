import type { HandoffFailedEvent, QueueItem } from '@lantern/contracts';
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useState } from 'react';
import { acquireSocket, releaseSocket } from '../../api/realtime-socket';
import { modKeys } from './mod-api';

/**
 * Keeps the console live: new and changed review items refresh the lists at once, and the
 * repeated alert about imminent-risk items nobody has claimed in time is kept as state (it
 * clears when an alert comes without them). Hand-offs that failed every attempt are kept until the
 * moderator dismisses them.
 */
export function useModerationLive(): { overdue: QueueItem[]; handoffFailures: HandoffFailedEvent[]; dismissHandoffFailure: (escalationId: string) => void } {
  const client = useQueryClient();
  const [overdue, setOverdue] = useState<QueueItem[]>([]);
  const [handoffFailures, setHandoffFailures] = useState<HandoffFailedEvent[]>([]);
  useEffect(() => {
    const socket = acquireSocket();
    const changed = () => void client.invalidateQueries({ queryKey: modKeys.all });
    const onOverdue = (payload: { items: QueueItem[] }) => setOverdue(payload.items);
    const onHandoffFailed = (failure: HandoffFailedEvent) => {
      setHandoffFailures((current) => [...current.filter((entry) => entry.escalationId !== failure.escalationId), failure]);
      changed();
    };
    socket.on('moderation:flag', changed);
    socket.on('moderation:flag-updated', changed);
    socket.on('moderation:overdue', onOverdue);
    socket.on('moderation:handoff-failed', onHandoffFailed);
    // The lists read before this connection was in the moderators' room (the page's first read
    // races the first connect), or before a reconnect, may have missed events: read them again.
    socket.on('connect', changed);
    return () => {
      socket.off('moderation:flag', changed);
      socket.off('moderation:flag-updated', changed);
      socket.off('moderation:overdue', onOverdue);
      socket.off('moderation:handoff-failed', onHandoffFailed);
      socket.off('connect', changed);
      releaseSocket();
    };
  }, [client]);
  const dismissHandoffFailure = useCallback((escalationId: string) => setHandoffFailures((current) => current.filter((entry) => entry.escalationId !== escalationId)), []);
  return { overdue, handoffFailures, dismissHandoffFailure };
}
