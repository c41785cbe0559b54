import { startTestApp, type TestApp } from './support/test-app.js';

/**
 * Webhooks, robots and SMS gateways are URLs a unit's administrator types and the service calls
 * from inside the network: loopback, link-local and metadata targets are refused (400 naming the
 * field) unless NOTIFY_ALLOWED_HOSTS names them.
 */
describe('notification channel targets', () => {
  let t: TestApp;
  let allowing: TestApp;
  let unitId: string;

  beforeAll(async () => {
    t = await startTestApp();
    allowing = await startTestApp({ env: { NOTIFY_ALLOWED_HOSTS: '127.0.0.1, gw.local' } });
    [{ id: unitId }] = await t.dataSource.query("SELECT id FROM unit WHERE code = 'QR'");
  });
  afterAll(async () => {
    await allowing.close();
    await t.close();
  });

  const put = async (app: TestApp, channels: Record<string, unknown>) =>
    app.http
      .put(`/api/v1/units/${unitId}/notify-settings`)
      .set(await app.auth('admin'))
      .send({ channels });

  it.each([
    ['webhook', 'http://169.254.169.254/latest/meta-data/iam/'],
    ['webhook', 'http://100.100.100.200/latest/meta-data/'],
    ['wecom', 'http://127.0.0.1:8080/cgi-bin/webhook/send'],
    ['dingtalk', 'http://[::1]/robot/send'],
    ['webhook', 'http://localhost:5432/'],
    ['webhook', 'http://[::ffff:169.254.169.254]/'],
  ])('refuses a %s at %s', async (kind, url) => {
    const res = await put(t, { [kind]: { url } });
    expect(res.status).toBe(400);
    expect(res.body.field).toBe(`channels.${kind}.url`);
    expect(res.body.message).toMatch(/不允许的地址.*NOTIFY_ALLOWED_HOSTS/);
  });

  it('refuses an SMS gateway on loopback', async () => {
    const res = await put(t, { sms: { url: 'http://127.0.0.1:9000/send', template: '{text}' } });
    expect(res.status).toBe(400);
    expect(res.body.field).toBe('channels.sms.url');
  });

  it('accepts ordinary and intranet targets, and what the allow-list names', async () => {
    await put(t, {
      wecom: { url: 'https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=x' },
      webhook: { url: 'http://10.20.30.40/hooks/roster' },
    }).then((r) => expect(r.status).toBe(200));
    await put(allowing, { webhook: { url: 'http://127.0.0.1:8080/hook' } }).then((r) =>
      expect(r.status).toBe(200),
    );
    const still = await put(allowing, { webhook: { url: 'http://169.254.169.254/' } });
    expect(still.status).toBe(400);
  });
});
