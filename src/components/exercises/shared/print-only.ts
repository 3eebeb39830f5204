/**
 * Prints only `target`: everything beside it and beside each of its ancestors is marked
 * `data-print-hidden` (global print rules hide those), `printClass` goes on <html> for the widget's
 * own print styles, and all of it is undone after printing.
 */
export function printOnly(target: HTMLElement, printClass: string) {
  const hidden: Element[] = [];
  for (let node: HTMLElement | null = target; node && node !== document.body; node = node.parentElement) {
    for (const sibling of node.parentElement?.children ?? []) if (sibling !== node) hidden.push(sibling);
  }
  const undo = () => {
    document.documentElement.classList.remove(printClass);
    target.removeAttribute('data-print-target');
    for (const element of hidden) element.removeAttribute('data-print-hidden');
  };
  document.documentElement.classList.add(printClass);
  target.setAttribute('data-print-target', '');
  for (const element of hidden) element.setAttribute('data-print-hidden', '');
  addEventListener('afterprint', undo, { once: true });
  window.print();
}
