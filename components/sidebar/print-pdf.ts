/**
 * Prints a PDF from the sidebar: the browser's PDF viewer loads it in a hidden frame of the
 * sidebar's own document (same origin: a blob URL) and prints it, so the signed copy is the PDF
 * itself, not a rendering of the page. Where the viewer cannot print from a frame, it opens in a
 * tab of its own, where the viewer's print button does it.
 */
let frame: HTMLIFrameElement | undefined;
let url: string | undefined;

export function printPdf(blob: Blob): void {
  if (url) URL.revokeObjectURL(url);
  url = URL.createObjectURL(blob);
  frame?.remove();
  const made = document.createElement('iframe');
  made.setAttribute('aria-hidden', 'true');
  made.tabIndex = -1;
  made.style.cssText = 'position:fixed;right:0;bottom:0;width:1px;height:1px;border:0;opacity:0;pointer-events:none';
  made.dataset.testid = 'document-print-frame';
  const target = url;
  made.addEventListener('load', () => {
    try {
      made.contentWindow?.focus();
      made.contentWindow?.print();
    } catch {
      window.open(target, '_blank', 'noopener');
    }
  });
  made.src = target;
  document.body.append(made);
  frame = made;
}
