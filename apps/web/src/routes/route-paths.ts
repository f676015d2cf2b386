/** Paths linked from more than one place; the route table and the layout share them. */
export const HOME_PATH = '/';
export const HELP_PATH = '/help';
export const WELCOME_PATH = '/welcome';
export const SIGN_IN_PATH = '/sign-in';
export const ACCOUNT_PATH = '/account';
export const SAFETY_PLAN_PATH = '/safety-plan';
export const REPLIES_PATH = '/replies';
export const PARTNER_PATH = '/partner';
