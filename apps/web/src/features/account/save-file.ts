/**
 * Hands text to the browser as a download: a Blob behind an object URL, clicked through an
 * `a[download]` that never enters the page. The URL is revoked afterwards so the member's
 * words do not stay addressable in this tab.
 */
export function saveTextFile(text: string, fileName: string, type = 'application/json'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  // Revoking at once can cancel the download in some browsers; a moment later it has started.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
