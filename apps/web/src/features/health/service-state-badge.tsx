import type { DisplayedServiceState } from './service-state';
import classes from './service-state-badge.module.css';

const GLYPHS: Record<DisplayedServiceState, string> = { up: '✓', down: '✕', unknown: '?' };

export interface ServiceStateBadgeProps {
  state: DisplayedServiceState;
  testId: string;
}

/** The word carries the meaning; colour and glyph only repeat it for a quicker glance. */
export function ServiceStateBadge({ state, testId }: ServiceStateBadgeProps) {
  return (
    <span className={classes.badge} data-state={state}>
      <span aria-hidden="true">{GLYPHS[state]}</span>
      <span data-testid={testId}>{state}</span>
    </span>
  );
}
