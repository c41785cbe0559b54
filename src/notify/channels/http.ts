/** POSTs JSON; a non-2xx answer (or a robot's errcode ≠ 0) is an error with the status in it. */
export async function postJson(
  url: string,
  body: string,
  headers: Record<string, string>,
  timeoutMs: number,
  robotErrcode = false,
): Promise<void> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json; charset=utf-8', ...headers },
    body,
    signal: AbortSignal.timeout(timeoutMs),
  });
  const text = await res.text();
  if (!res.ok) throw new Error(`HTTP ${res.status}: ${text.slice(0, 200)}`);
  if (robotErrcode) {
    let code: unknown;
    try {
      code = (JSON.parse(text) as { errcode?: unknown }).errcode;
    } catch {
      throw new Error(`robot answered non-JSON: ${text.slice(0, 200)}`);
    }
    if (code !== 0) throw new Error(`robot errcode ${String(code)}: ${text.slice(0, 200)}`);
  }
}
