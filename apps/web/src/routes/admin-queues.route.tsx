import { QueuesAdmin } from '../features/admin/queues-admin';

/** /admin/queues — the queue dashboard. */
export function AdminQueuesRoute() {
  return <QueuesAdmin />;
}
