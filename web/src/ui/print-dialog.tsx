import { useRef, useState } from 'preact/hooks';
import { apiText, errorText } from '../api/client.js';
import { Dialog } from './dialog.js';

/**
 * A document the service renders (a notice, a briefing, a report), previewed in a frame and
 * printed from there.
 */
export function PrintDialog(props: {
  title: string;
  /** The frame's accessible name (…预览). */
  frameTitle: string;
  printLabel?: string;
  html: string;
  onClose: () => void;
}) {
  const frame = useRef<HTMLIFrameElement>(null);
  return (
    <Dialog title={props.title} onClose={props.onClose} wide>
      <div class="actions">
        <button type="button" class="primary" onClick={() => frame.current?.contentWindow?.print()}>
          {props.printLabel ?? '打印'}
        </button>
        <button type="button" onClick={props.onClose}>
          关闭
        </button>
      </div>
      {/* sandbox without scripts: the document is static HTML; same origin so print() reaches it. */}
      <iframe
        ref={frame}
        class="notice-frame"
        title={props.frameTitle}
        srcdoc={props.html}
        sandbox="allow-same-origin allow-modals"
      />
    </Dialog>
  );
}

/**
 * A page's printable document: `open` fetches it (a failure goes to `onError`), `dialog` previews
 * it until closed (null while there is none).
 */
export function usePrintout(title: string, frameTitle: string, onError: (text: string) => void) {
  const [html, setHtml] = useState<string | null>(null);
  const open = async (path: string) => {
    try {
      setHtml(await apiText(path));
    } catch (err) {
      onError(errorText(err));
    }
  };
  const dialog = html && (
    <PrintDialog title={title} frameTitle={frameTitle} html={html} onClose={() => setHtml(null)} />
  );
  return { open, dialog };
}
