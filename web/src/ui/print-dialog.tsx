import { useRef } from 'preact/hooks';
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
