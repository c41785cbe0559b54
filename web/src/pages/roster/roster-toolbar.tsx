import type { Roster } from '../../api/types.js';

interface Props {
  roster: Roster | null;
  /** Office staff: they plan, publish and amend. */
  editor: boolean;
  solving: boolean;
  onGenerate: () => void;
  onResolve: () => void;
  onPublish: () => void;
  onAmend: () => void;
  onAbsences: () => void;
  onVersions: () => void;
  onExport: () => void;
  onNotice: () => void;
}

/** 排班操作: what can be done to the month's roster in its state. */
export function RosterToolbar(p: Props) {
  const { roster, editor, solving } = p;
  return (
    <div class="toolbar actions-bar" role="toolbar" aria-label="排班操作">
      {editor && !roster && (
        <button type="button" class="primary" onClick={p.onGenerate} disabled={solving}>
          生成排班
        </button>
      )}
      {editor && roster && roster.status !== 'published' && (
        <>
          <button type="button" onClick={p.onResolve} disabled={solving}>
            重新求解（保留固定）
          </button>
          <button type="button" class="primary" onClick={p.onPublish} disabled={solving}>
            发布…
          </button>
        </>
      )}
      {editor && roster && roster.status === 'published' && (
        <button type="button" onClick={p.onAmend} disabled={solving}>
          修订重排…
        </button>
      )}
      {editor && (
        <button type="button" onClick={p.onAbsences}>
          登记外出/请假…
        </button>
      )}
      {roster && (
        <>
          <button type="button" onClick={p.onVersions}>
            版本记录{roster.publishedVersion > 0 ? `（${roster.publishedVersion}）` : ''}
          </button>
          <button type="button" class="link-like" onClick={p.onExport}>
            导出 Excel
          </button>
          <button type="button" onClick={p.onNotice}>
            打印公告
          </button>
        </>
      )}
    </div>
  );
}
