import type { APIRequestContext } from '@playwright/test';
import { expect } from '@playwright/test';

/** The operator accounts tools/e2e/serve.mjs creates with the CLI (never self-registered). */
export const OPERATORS = {
  moderator: { pseudonym: 'e2e-moderator', passphrase: 'e2e moderator passphrase for tests' },
  admin: { pseudonym: 'e2e-admin', passphrase: 'e2e admin passphrase for tests' },
  counsellor: { pseudonym: 'e2e-counsellor', passphrase: 'e2e counsellor passphrase for tests' },
} as const;

export interface Grant {
  accessToken: string;
  refreshToken: string;
  member: { id: string; pseudonym: string; role?: string };
}

/** Signs an operator in through the real api. */
export async function operatorGrant(request: APIRequestContext, role: keyof typeof OPERATORS): Promise<Grant> {
  const response = await request.post('/api/v1/auth/login', { data: OPERATORS[role] });
  expect(response.status(), await response.text()).toBe(200);
  return (await response.json()) as Grant;
}
