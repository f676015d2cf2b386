/** How long an access token counts (a refresh token trades for a new one). */
export const ACCESS_TOKEN_TTL_SECONDS = 15 * 60;
