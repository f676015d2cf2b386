import { QueuePage } from '../features/moderation/queue-page';
import { StaffOnly } from '../features/moderation/staff-only';

/** /mod — the moderators' queue. */
export function ModRoute() {
  return (
    <StaffOnly>
      <QueuePage />
    </StaffOnly>
  );
}
