import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import { BlockList, isIP } from 'node:net';

/**
 * Where webhooks, robots and SMS gateways may be called. A unit's administrator types these URLs,
 * and the service calls them from inside the network: refused are loopback (the service itself
 * and its database), link-local and the cloud metadata services (instance credentials), unless
 * NOTIFY_ALLOWED_HOSTS names the host or address. The check applies to the name as written and
 * to every address it resolves to when the connection is made, so a name that later resolves
 * elsewhere (DNS rebinding) is refused too. Private intranet addresses stay allowed: internal
 * gateways are what many offices use.
 */
const BLOCKED = new BlockList();
BLOCKED.addSubnet('0.0.0.0', 8, 'ipv4'); // "this network": reaches the local host
BLOCKED.addSubnet('127.0.0.0', 8, 'ipv4'); // loopback
BLOCKED.addSubnet('169.254.0.0', 16, 'ipv4'); // link-local; metadata at .169.254 (AWS, Huawei…), .0.23 (Tencent)
BLOCKED.addAddress('100.100.100.200', 'ipv4'); // Alibaba Cloud metadata
BLOCKED.addAddress('::', 'ipv6');
BLOCKED.addAddress('::1', 'ipv6');
BLOCKED.addSubnet('fe80::', 10, 'ipv6'); // link-local
BLOCKED.addAddress('fd00:ec2::254', 'ipv6'); // AWS metadata over IPv6

/** ::ffff:127.0.0.1 and ::ffff:7f00:1 are 127.0.0.1. */
function unmapped(address: string): string {
  const dotted = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (dotted) return dotted[1];
  const hex = /^::ffff:([0-9a-f]{1,4}):([0-9a-f]{1,4})$/i.exec(address);
  if (!hex) return address;
  const [hi, lo] = [parseInt(hex[1], 16), parseInt(hex[2], 16)];
  return [hi >> 8, hi & 255, lo >> 8, lo & 255].join('.');
}

function isBlocked(address: string): boolean {
  const a = unmapped(address);
  const family = isIP(a);
  return family !== 0 && BLOCKED.check(a, family === 4 ? 'ipv4' : 'ipv6');
}

const refusal = (host: string) =>
  `不允许的地址 ${host}：不能调用本机、链路本地地址或云服务器元数据服务（如确需调用，请在 NOTIFY_ALLOWED_HOSTS 中列出）`;

/** Every address of a host name (dns.lookup with all: true). */
export type Resolve = (
  host: string,
  callback: (err: Error | null, found: LookupAddress[]) => void,
) => void;

const systemResolve: Resolve = (host, callback) =>
  dnsLookup(host, { all: true }, (err, found) => callback(err, found ?? []));

export class OutboundPolicy {
  private readonly allowed: Set<string>;

  /** `allowed`: host names or addresses that may be called although they would be refused. */
  constructor(
    allowed: readonly string[],
    private readonly resolve: Resolve = systemResolve,
  ) {
    this.allowed = new Set(allowed.map((h) => unmapped(h.trim().toLowerCase())).filter(Boolean));
  }

  private allows(host: string): boolean {
    return this.allowed.has(unmapped(host.toLowerCase()));
  }

  /** Why the URL's host as written may not be called (zh-CN), or undefined. */
  refusalOf(url: URL): string | undefined {
    const host = url.hostname.replace(/^\[|\]$/g, '');
    if (this.allows(host)) return undefined;
    if (isBlocked(host) || host.toLowerCase() === 'localhost' || host.endsWith('.localhost')) {
      return refusal(host);
    }
    return undefined;
  }

  /** Also resolves the name; a name that cannot be resolved now is not refused for it. */
  async check(url: URL): Promise<string | undefined> {
    const written = this.refusalOf(url);
    if (written) return written;
    const host = url.hostname.replace(/^\[|\]$/g, '');
    if (this.allows(host) || isIP(host)) return undefined;
    const addresses = await new Promise<LookupAddress[]>((done) =>
      this.resolve(host, (err, found) => done(err ? [] : found)),
    );
    const bad = addresses.find((a) => isBlocked(a.address) && !this.allows(a.address));
    return bad ? refusal(`${host}（${bad.address}）`) : undefined;
  }

  /** A `lookup` for http.request: the connection is made only to addresses that passed. */
  readonly lookup = (
    hostname: string,
    options: object,
    callback: (err: Error | null, address: string | LookupAddress[], family?: number) => void,
  ): void => {
    this.resolve(hostname, (err, addresses) => {
      if (err) return callback(err, []);
      if (addresses.length === 0) return callback(new Error(`无法解析 ${hostname}`), []);
      const bad = this.allows(hostname)
        ? undefined
        : addresses.find((a) => isBlocked(a.address) && !this.allows(a.address));
      if (bad) return callback(new Error(refusal(`${hostname}（${bad.address}）`)), []);
      const all = (options as { all?: boolean }).all;
      if (all) return callback(null, addresses);
      callback(null, addresses[0].address, addresses[0].family);
    });
  };
}
