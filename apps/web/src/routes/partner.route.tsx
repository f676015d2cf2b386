import { PartnerPortal } from '../features/partner/partner-portal';

/** /partner — the partner portal. */
export function PartnerRoute() {
  return <PartnerPortal />;
}
