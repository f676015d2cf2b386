import { ItemPage } from '../features/moderation/item-page';
import { MOD_ITEM_PATH_PATTERN } from '../features/moderation/mod-paths';
import { StaffOnly } from '../features/moderation/staff-only';
import { readPathParam } from '../features/forum/forum-paths';
import { NotFoundRoute } from './not-found.route';
import { useCurrentPathname } from './navigation';

/** /mod/items/:id — one review item with everything needed to decide. */
export function ModItemRoute() {
  const flagId = readPathParam(MOD_ITEM_PATH_PATTERN, useCurrentPathname(), 'id');
  if (!flagId) return <NotFoundRoute />;
  return (
    <StaffOnly>
      <ItemPage key={flagId} flagId={flagId} />
    </StaffOnly>
  );
}
