import type { RegionHotlines } from '@lantern/crisis';
import { useMemo } from 'react';
import { useSession } from '../identity/use-session';
import { localHotlines } from './local-hotlines';

/** The lines for this reader's region, from the bundled directory: no request, so they work offline. */
export function useLocalHotlines(): RegionHotlines {
  const session = useSession();
  const memberRegion = session.status === 'signed-in' ? session.member.region : null;
  return useMemo(() => localHotlines(memberRegion), [memberRegion]);
}
