import { useEffect, useState } from 'preact/hooks';
import { api, errorText } from '../../api/client.js';
import type { FeedLink, FeedSummary } from '../../api/types.js';
import { feedOf, linkState, SCOPE_NAMES } from './feeds.js';
import { useSigned } from '../../auth.js';
import { formatDateTime } from '../../labels.js';
import { Alert, Loading } from '../../ui/common.js';
import { Dialog } from '../../ui/dialog.js';
import { InputField } from '../../ui/form.js';
import { DataTable } from '../../ui/table.js';

/** 订阅: calendar links (webcal + QR code) to the user's own duties; rotate or revoke them. */
export function FeedsPage() {
  const { me, unit } = useSigned();
  const feed = feedOf(me, unit.id);
  const [links, setLinks] = useState<FeedSummary[] | null>(null);
  const [fresh, setFresh] = useState<FeedLink | null>(null);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ kind: 'success' | 'error'; text: string } | null>(null);
  const [confirmRevoke, setConfirmRevoke] = useState(false);
  const [refresh, setRefresh] = useState(0);

  useEffect(() => {
    api<FeedSummary[]>(`/feeds?unitId=${unit.id}`)
      .then((all) => setLinks(all.filter((l) => l.scope === feed?.scope)))
      .catch((err: unknown) => setMessage({ kind: 'error', text: errorText(err) }));
  }, [refresh]);

  if (!feed) return <Alert kind="warning">您的账号没有可订阅的日程。</Alert>;
  const active = (links ?? []).filter((l) => !l.revokedAt);

  const run = async (action: () => Promise<FeedLink | void>, done: string) => {
    setBusy(true);
    setMessage(null);
    try {
      const link = await action();
      setFresh(link ?? null);
      setMessage({ kind: 'success', text: done });
    } catch (err) {
      setMessage({ kind: 'error', text: errorText(err) });
    } finally {
      setBusy(false);
      setRefresh((n) => n + 1);
    }
  };
  const issue = () => run(() => api<FeedLink>(feed.path), '已生成新的订阅链接。');
  const rotate = () =>
    run(
      () => api<FeedLink>(`${feed.path}/rotate`, { method: 'POST' }),
      '已更换订阅链接：旧链接已失效，请用新链接重新订阅。',
    );
  const revokeAll = () => {
    setConfirmRevoke(false);
    return run(
      () => api<void>(feed.path, { method: 'DELETE' }),
      '已撤销全部订阅链接，日历应用将不再更新。',
    );
  };
  const revokeOne = (l: FeedSummary) =>
    run(() => api<void>(`/feeds/${l.id}`, { method: 'DELETE' }), `已撤销链接 ${l.hint}…。`);

  return (
    <section class="page" aria-labelledby="page-title">
      <div class="page-head">
        <h1 id="page-title">日历订阅</h1>
      </div>
      <p>
        订阅「{SCOPE_NAMES[feed.scope]}」后，手机或电脑的日历应用会自动显示并更新已发布的接访安排。
        订阅链接相当于密码，请勿转发；如已泄露，请更换或撤销。
      </p>
      <div class="toolbar">
        <button type="button" class="primary" disabled={busy} onClick={issue}>
          获取订阅链接
        </button>
        <button type="button" disabled={busy || active.length === 0} onClick={rotate}>
          更换链接（旧链接失效）
        </button>
        <button
          type="button"
          class="danger"
          disabled={busy || active.length === 0}
          onClick={() => setConfirmRevoke(true)}
        >
          全部撤销…
        </button>
      </div>
      {message && (
        <Alert kind={message.kind} onDismiss={() => setMessage(null)}>
          {message.text}
        </Alert>
      )}
      {fresh && <FreshLink link={fresh} />}
      <h2>我的订阅链接</h2>
      {!links && <Loading />}
      {links && links.length === 0 && <p>还没有订阅链接。点击“获取订阅链接”生成。</p>}
      {links && links.length > 0 && <LinksTable links={links} busy={busy} onRevoke={revokeOne} />}
      {confirmRevoke && (
        <RevokeAllDialog onRevoke={revokeAll} onClose={() => setConfirmRevoke(false)} />
      )}
    </section>
  );
}

/** A new link, shown once: the service keeps only its hash. */
function FreshLink({ link }: { link: FeedLink }) {
  const [copied, setCopied] = useState(false);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(link.url);
      setCopied(true);
    } catch {
      // No clipboard permission: the address is selectable in the field.
    }
  };
  return (
    <div class="feed-link" aria-labelledby="fresh-title">
      <h2 id="fresh-title">新的订阅链接</h2>
      <img
        class="feed-qr"
        src={link.qrPngDataUrl}
        width={200}
        height={200}
        alt="订阅二维码：用手机相机扫描即可订阅"
      />
      <div class="feed-link-text">
        <InputField
          label="订阅地址（复制到日历应用的“添加订阅日历”）"
          readOnly
          value={link.url}
          onFocus={(e) => e.currentTarget.select()}
          class="feed-url"
        />
        <div class="actions">
          <button type="button" onClick={copy}>
            {copied ? '已复制' : '复制地址'}
          </button>
          <a class="button-link" href={link.webcalUrl}>
            在日历应用中打开（webcal）
          </a>
        </div>
        <p class="muted small">此链接只显示这一次，请立即订阅或妥善保存。</p>
      </div>
    </div>
  );
}

/** The user's links, the revoked ones greyed with why; an active one can be revoked alone. */
function LinksTable(props: {
  links: FeedSummary[];
  busy: boolean;
  onRevoke: (link: FeedSummary) => void;
}) {
  return (
    <DataTable columns={['链接识别码', '生成时间', '最近使用', '状态', '操作']}>
      {props.links.map((l) => (
        <tr key={l.id} class={l.revokedAt ? 'inactive' : ''}>
          <th scope="row">{l.hint}…</th>
          <td>{formatDateTime(l.createdAt)}</td>
          <td>{l.lastUsedAt ? formatDateTime(l.lastUsedAt) : '尚未使用'}</td>
          <td>{linkState(l)}</td>
          <td>
            {!l.revokedAt && (
              <button
                type="button"
                class="link-button danger"
                aria-label={`撤销链接 ${l.hint}`}
                disabled={props.busy}
                onClick={() => props.onRevoke(l)}
              >
                撤销
              </button>
            )}
          </td>
        </tr>
      ))}
    </DataTable>
  );
}

function RevokeAllDialog(props: { onRevoke: () => void; onClose: () => void }) {
  return (
    <Dialog title="撤销全部订阅链接" onClose={props.onClose}>
      <p>撤销后，已订阅的日历应用将不再收到更新（显示为链接失效）。确定撤销？</p>
      <div class="actions">
        <button type="button" class="primary" onClick={props.onRevoke}>
          确定撤销
        </button>
        <button type="button" onClick={props.onClose}>
          取消
        </button>
      </div>
    </Dialog>
  );
}
