import iconv from 'iconv-lite';

/**
 * Text files as Chinese Excel and WPS save them: a BOM decides (UTF-8, UTF-16); otherwise strict
 * UTF-8, and when that fails GB18030 (a superset of GBK and GB2312).
 */
export function decodeText(buf: Buffer): { text: string; encoding: string } {
  if (buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) {
    return {
      text: new TextDecoder('utf-8', { fatal: true }).decode(buf.subarray(3)),
      encoding: 'utf-8-bom',
    };
  }
  if (buf[0] === 0xff && buf[1] === 0xfe)
    return { text: iconv.decode(buf.subarray(2), 'utf-16le'), encoding: 'utf-16le' };
  if (buf[0] === 0xfe && buf[1] === 0xff)
    return { text: iconv.decode(buf.subarray(2), 'utf-16be'), encoding: 'utf-16be' };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(buf), encoding: 'utf-8' };
  } catch {
    return { text: iconv.decode(buf, 'gb18030'), encoding: 'gb18030' };
  }
}
