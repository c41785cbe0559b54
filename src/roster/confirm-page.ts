/** The small page behind a reminder's confirmation link: no script, no data but the duty's time. */
const escape = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

export function chineseDay(date: string): string {
  const [y, m, d] = date.split('-').map(Number);
  return `${y}年${m}月${d}日`;
}

/**
 * `duty` null: the link is refused (the same page whatever the reason). `action` set: the form
 * whose button confirms; `done`: confirmed.
 */
export function confirmPage(
  duty: string | null,
  action: string | null,
  token: string | null,
  done = false,
): string {
  const body =
    duty === null
      ? '<p>确认链接无效、已使用或已过期。如需确认或调整，请联系两办。</p>'
      : done
        ? `<p>已确认出席：${escape(duty)}接访。谢谢！</p>`
        : `<p>请确认出席：${escape(duty)}接访。</p>
<form method="post" action="${escape(action ?? '')}">
<input type="hidden" name="t" value="${escape(token ?? '')}">
<button type="submit">确认出席</button>
</form>`;
  return `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex"><title>确认出席</title></head>
<body>${body}</body></html>
`;
}
