import { crisisNoticeReach, type CrisisResources } from '@lantern/contracts';

/** How far each crisis notice a socket was sent had come (crisisNoticeReach), by notice id. */
export type CrisisSent = Record<string, number>;

/**
 * Sends a crisis notice to one socket, unless it was sent this notice as far as it has come now or
 * further. A notice written as the tab connects comes both in the connection's read of open notices
 * and in its live push: it is sent once. One whose concern changed comes again, as what it is now.
 * And a connection's read made before a change but answered after its live push is not sent: it
 * would put the older concern back on the tab's panel.
 */
export function pushCrisis(socket: { data: { crisisSent?: CrisisSent }; emit(event: 'crisis:resources', notice: CrisisResources): unknown }, notice: CrisisResources): void {
  const reach = crisisNoticeReach(notice);
  const sent = (socket.data.crisisSent ??= {});
  if ((sent[notice.noticeId] ?? -1) >= reach) return;
  sent[notice.noticeId] = reach;
  socket.emit('crisis:resources', notice);
}
