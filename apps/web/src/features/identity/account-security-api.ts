import type { ChangePassphraseRequest } from '@lantern/contracts';
import { apiFetch } from '../../api/api-client';
import { parseSessionGrant, type SessionGrant } from '../../api/session-grant';

export async function changePassphrase(input: ChangePassphraseRequest): Promise<SessionGrant> {
  return parseSessionGrant(await apiFetch<unknown>('/api/v1/me/passphrase', { method: 'PUT', json: input }));
}

export const replaceRecoveryCode = (currentPassphrase: string | undefined) =>
  apiFetch<{ recoveryCode: string }>('/api/v1/me/recovery-code', { method: 'POST', json: currentPassphrase ? { currentPassphrase } : {} });

export const endAllSessions = () => apiFetch<void>('/api/v1/me/sessions', { method: 'DELETE' });
