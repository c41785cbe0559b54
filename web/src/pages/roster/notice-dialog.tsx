import { PrintDialog } from '../../ui/print-dialog.js';

/** The public notice as the service renders it, previewed and printed. */
export function NoticeDialog({ html, onClose }: { html: string; onClose: () => void }) {
  return (
    <PrintDialog
      title="接访日程公告"
      frameTitle="公告预览"
      printLabel="打印公告"
      html={html}
      onClose={onClose}
    />
  );
}
