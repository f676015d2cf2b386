/**
 * Puts text on the clipboard; false when the browser will not (no permission, not a secure
 * context, the document lost focus), so the caller can offer another way, such as selecting it.
 */
export async function copyToClipboard(text: string): Promise<boolean> {
  try {
    if (typeof navigator === 'undefined' || !navigator.clipboard) return false;
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}
