import { accountExportFileName } from '@lantern/contracts';
import { apiFetch } from '../../api/api-client';

export const ACCOUNT_EXPORT_PATH = '/api/v1/me/export';
export const ME_API_PATH = '/api/v1/me';

/** The member's data file as the server made it (text, not re-serialised), and the name to save it under. */
export interface AccountExportFile {
  fileName: string;
  text: string;
}

/** Everything the member wrote and gave can take a while to gather on a slow day; a file is worth the wait. */
const EXPORT_TIMEOUT_MS = 60_000;

export async function fetchAccountExport(): Promise<AccountExportFile> {
  const text = await apiFetch<string>(ACCOUNT_EXPORT_PATH, { readAs: 'text', timeoutMs: EXPORT_TIMEOUT_MS });
  return { fileName: accountExportFileName(new Date().toISOString()), text };
}

/** Erases the account (`DELETE /api/v1/me`): the server ends every session with it. */
/** With the current passphrase, when the account has one (asked again: a borrowed phone must not erase it). */
export const eraseAccount = (currentPassphrase?: string) => apiFetch<void>(ME_API_PATH, { method: 'DELETE', json: currentPassphrase === undefined ? {} : { currentPassphrase } });
