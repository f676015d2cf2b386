import { readPathParam } from '../features/forum/forum-paths';
import { MemberPage } from '../features/moderation/member-page';
import { MOD_MEMBER_PATH_PATTERN } from '../features/moderation/mod-paths';
import { StaffOnly } from '../features/moderation/staff-only';
import { NotFoundRoute } from './not-found.route';
import { useCurrentPathname } from './navigation';

/** /mod/members/:id — a member's record, reached by their name. */
export function ModMemberRoute() {
  const memberId = readPathParam(MOD_MEMBER_PATH_PATTERN, useCurrentPathname(), 'id');
  if (!memberId) return <NotFoundRoute />;
  return (
    <StaffOnly>
      <MemberPage key={memberId} memberId={memberId} />
    </StaffOnly>
  );
}
