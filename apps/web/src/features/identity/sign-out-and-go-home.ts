import type { QueryClient } from '@tanstack/react-query';
import { signOut } from '../../api/session';
import { navigate } from '../../routes/navigation';
import { HOME_PATH } from '../../routes/route-paths';

/**
 * Every way of leaving ends the same: the session is forgotten (and ended on the server), nothing
 * fetched as this member lingers for the next person at the device, and home says what happened.
 */
export async function signOutAndGoHome(queryClient: QueryClient, notice: string): Promise<void> {
  await signOut();
  queryClient.clear();
  navigate(HOME_PATH, { notice });
}
