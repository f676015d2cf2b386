/**
 * SQL for an escalation (under `alias`) whose delivery failed every attempt and that nothing has
 * reached the partner since: still `created`, with a failure newer than an admin's last
 * re-delivery. The api shows it (the member's progress, the moderators' alert); the worker leaves
 * it to them rather than delivering it again by itself.
 */
export function deliveryFailed(alias: string): string {
  return `(${alias}.status = 'created' AND EXISTS (SELECT 1 FROM escalation_events v WHERE v.escalation_id = ${alias}.id AND v.status = 'delivery_failed'
            AND v.at > COALESCE((SELECT max(r.at) FROM escalation_events r WHERE r.escalation_id = ${alias}.id AND r.status = 'redelivery'), '-infinity')))`;
}
