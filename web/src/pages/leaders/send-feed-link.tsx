import { useState } from 'preact/hooks';
import { api, errorText } from '../../api/client.js';
import type { Leader, NotificationView } from '../../api/types.js';
import { CHANNEL_NAMES } from '../notifications/notify-labels.js';

/**
 * 发送订阅链接: 两办 has the leader's calendar link sent to the leader's own channel; the link is
 * made when the message goes out and never shown here.
 */
export function SendFeedLinkButton({
  leader,
  onDone,
}: {
  leader: Leader;
  onDone: (message: string, ok: boolean) => void;
}) {
  const [busy, setBusy] = useState(false);
  const send = async () => {
    if (!window.confirm(`向${leader.name}本人发送日程订阅链接？链接只发给本人，本页不显示。`))
      return;
    setBusy(true);
    try {
      const sent = await api<NotificationView>(`/leaders/${leader.id}/feed/send`, {
        method: 'POST',
      });
      onDone(
        `已安排通过${CHANNEL_NAMES[sent.channel]}向${sent.recipientName}发送日程订阅链接（链接在发送时生成，仅本人可见）。发送情况可在“提醒”页查看。`,
        true,
      );
    } catch (err) {
      onDone(errorText(err), false);
    } finally {
      setBusy(false);
    }
  };
  return (
    <button
      type="button"
      class="link-button"
      disabled={busy}
      onClick={() => void send()}
      aria-label={`向 ${leader.name} 发送订阅链接`}
    >
      发订阅链接
    </button>
  );
}
