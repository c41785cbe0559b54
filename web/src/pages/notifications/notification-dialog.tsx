import { useEffect, useState } from 'preact/hooks';
import { api, errorText } from '../../api/client.js';
import type { NotificationDetail } from '../../api/types.js';
import { formatDateTime } from '../../labels.js';
import { Alert, Loading } from '../../ui/common.js';
import { Dialog } from '../../ui/dialog.js';
import { CHANNEL_NAMES, NOTIFY_STATUS_NAMES, RULE_NAMES } from './notify-labels.js';
import { DataTable } from '../../ui/table.js';

const DELIVERY_NAMES: Record<string, string> = { sending: '发送中', sent: '成功', failed: '失败' };

/** One notification: its text and every delivery attempt with its error. */
export function NotificationDialog({ id, onClose }: { id: string; onClose: () => void }) {
  const [n, setN] = useState<NotificationDetail | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    api<NotificationDetail>(`/notifications/${id}`)
      .then(setN)
      .catch((err: unknown) => setError(errorText(err)));
  }, [id]);
  return (
    <Dialog title="通知详情" onClose={onClose} wide>
      {error && <Alert kind="error">{error}</Alert>}
      {!n && !error && <Loading />}
      {n && (
        <>
          <dl class="detail-list">
            <dt>类型</dt>
            <dd>{RULE_NAMES[n.rule] ?? n.rule}</dd>
            <dt>收件人</dt>
            <dd>
              {n.recipientName}（{CHANNEL_NAMES[n.channel] ?? n.channel}）
            </dd>
            <dt>状态</dt>
            <dd>
              {NOTIFY_STATUS_NAMES[n.status] ?? n.status}
              {n.cancelReason ? `：${n.cancelReason}` : ''}
            </dd>
            <dt>标题</dt>
            <dd>{n.subject}</dd>
            <dt>正文</dt>
            <dd class="pre">{n.body}</dd>
          </dl>
          <h3>发送记录</h3>
          {n.deliveries.length === 0 ? (
            <p>还没有发送记录。</p>
          ) : (
            <DataTable columns={['第几次', '渠道', '开始时间', '结果', '错误']}>
              {n.deliveries.map((d) => (
                <tr key={d.id}>
                  <td>{d.attempt}</td>
                  <td>{CHANNEL_NAMES[d.channel as keyof typeof CHANNEL_NAMES] ?? d.channel}</td>
                  <td>{formatDateTime(d.startedAt)}</td>
                  <td>{DELIVERY_NAMES[d.status] ?? d.status}</td>
                  <td>{d.error ?? '—'}</td>
                </tr>
              ))}
            </DataTable>
          )}
        </>
      )}
    </Dialog>
  );
}
