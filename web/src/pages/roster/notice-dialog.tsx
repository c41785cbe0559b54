import { useRef } from 'preact/hooks';
import { Dialog } from '../../ui/dialog.js';

/** The public notice as the service renders it, previewed in a frame and printed from there. */
export function NoticeDialog({ html, onClose }: { html: string; onClose: () => void }) {
  const frame = useRef<HTMLIFrameElement>(null);
  return (
    <Dialog title="接访日程公告" onClose={onClose} wide>
      <div class="actions">
        <button type="button" class="primary" onClick={() => frame.current?.contentWindow?.print()}>
          打印公告
        </button>
        <button type="button" onClick={onClose}>
          关闭
        </button>
      </div>
      {/* sandbox without scripts: the notice is static HTML; same origin so print() reaches it. */}
      <iframe
        ref={frame}
        class="notice-frame"
        title="公告预览"
        srcdoc={html}
        sandbox="allow-same-origin allow-modals"
      />
    </Dialog>
  );
}
