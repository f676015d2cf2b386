import { AuditPage } from '../features/moderation/audit-page';
import { StaffOnly } from '../features/moderation/staff-only';

/** /mod/audit — the audit log. */
export function ModAuditRoute() {
  return (
    <StaffOnly>
      <AuditPage />
    </StaffOnly>
  );
}
