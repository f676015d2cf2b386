import { EscalationsAdmin } from '../features/admin/escalations-admin';

/** /admin/escalations — partner hand-offs and failed deliveries. */
export function AdminEscalationsRoute() {
  return <EscalationsAdmin />;
}
