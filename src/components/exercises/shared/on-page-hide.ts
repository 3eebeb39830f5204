/**
 * Calls `flush` when the page is hidden or left (tab switch, close, navigation), so unsaved edits
 * are written before the browser may discard the page. Returns a function that stops listening.
 */
export function onPageHide(flush: () => void): () => void {
  const left = () => flush();
  const hidden = () => document.visibilityState === 'hidden' && flush();
  addEventListener('pagehide', left);
  document.addEventListener('visibilitychange', hidden);
  return () => {
    removeEventListener('pagehide', left);
    document.removeEventListener('visibilitychange', hidden);
  };
}
