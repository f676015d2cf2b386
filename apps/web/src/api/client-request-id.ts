/**
 * An id the client picks for something it may have to send twice (a chat message's `clientMsgId`,
 * a draft's `clientPostId`), so the server stores it once. `randomUUID` exists only in secure
 * contexts (https, localhost); a page served otherwise must still let people write.
 */
export function newClientRequestId(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (byte) => byte.toString(16).padStart(2, '0')).join('');
}
