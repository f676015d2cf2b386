/** Where the moderators' console lives; links and the route table share these. */
export const MOD_PATH = '/mod';
export const MOD_ITEM_PATH_PATTERN = '/mod/items/:id';
export const MOD_AUDIT_PATH = '/mod/audit';
export const MOD_MEMBER_PATH_PATTERN = '/mod/members/:id';

export function modItemPath(flagId: string): string {
  return `/mod/items/${encodeURIComponent(flagId)}`;
}

export function modMemberPath(memberId: string): string {
  return `/mod/members/${encodeURIComponent(memberId)}`;
}
