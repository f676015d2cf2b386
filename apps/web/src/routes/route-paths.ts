/** Paths linked from more than one place; the route table and the layout share them. */
export const HOME_PATH = '/';
export const HELP_PATH = '/help';
