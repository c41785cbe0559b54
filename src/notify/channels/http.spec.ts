import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { postJson } from './http.js';
import { OutboundPolicy, type Resolve } from './outbound-policy.js';

/** A name that resolves to loopback, as a rebinding DNS server would answer. */
const resolveTo =
  (address: string): Resolve =>
  (_host, callback) =>
    callback(null, [{ address, family: address.includes(':') ? 6 : 4 }]);

describe('outbound HTTP of notification channels', () => {
  let server: Server;
  let port: number;
  let received = 0;

  beforeAll(async () => {
    server = createServer((req, res) => {
      received++;
      req.resume();
      res.end('{"errcode":0}');
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(() => new Promise((r) => server.close(r)));

  const send = (url: string, policy: OutboundPolicy) => postJson(url, '{}', {}, 2000, policy);

  it.each([
    'http://127.0.0.1:1/hook',
    'http://localhost:1/hook',
    'http://[::1]:1/hook',
    'http://[::ffff:127.0.0.1]:1/hook',
    'http://2130706433:1/hook',
    'http://169.254.169.254/latest/meta-data/',
    'http://169.254.0.23/',
    'http://100.100.100.200/latest/meta-data/',
    'http://0.0.0.0:1/',
    'http://[fe80::1]/',
  ])('refuses %s as written', async (url) => {
    const policy = new OutboundPolicy([]);
    expect(policy.refusalOf(new URL(url))).toMatch(/不允许的地址/);
    await expect(send(url, policy)).rejects.toThrow(/不允许的地址/);
  });

  it('refuses a name that resolves to loopback or metadata, at save and at connection time', async () => {
    for (const address of ['127.0.0.1', '169.254.169.254', '::1']) {
      const policy = new OutboundPolicy([], resolveTo(address));
      const url = `http://hooks.example.test:${port}/hook`;
      expect(policy.refusalOf(new URL(url))).toBeUndefined();
      expect(await policy.check(new URL(url))).toMatch(/不允许的地址/);
      await expect(send(url, policy)).rejects.toThrow(/不允许的地址/);
    }
    expect(received).toBe(0);
  });

  it('calls what the allow-list names, and ordinary and intranet addresses', async () => {
    await send(`http://127.0.0.1:${port}/hook`, new OutboundPolicy(['127.0.0.1']));
    await send(
      `http://hooks.example.test:${port}/hook`,
      new OutboundPolicy(['127.0.0.1'], resolveTo('127.0.0.1')),
    );
    await send(
      `http://gateway.intranet:${port}/hook`,
      new OutboundPolicy(['gateway.intranet'], resolveTo('127.0.0.1')),
    );
    expect(received).toBe(3);
    const policy = new OutboundPolicy([], resolveTo('10.1.2.3'));
    expect(await policy.check(new URL('http://oa.intranet/hook'))).toBeUndefined();
    expect(policy.refusalOf(new URL('http://192.168.1.20/hook'))).toBeUndefined();
    expect(
      policy.refusalOf(new URL('https://qyapi.weixin.qq.com/cgi-bin/webhook/send')),
    ).toBeUndefined();
  });
});
