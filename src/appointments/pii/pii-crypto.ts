import { createCipheriv, createDecipheriv, createHmac, randomBytes } from 'node:crypto';

const VERSION = 'v1';

/**
 * AES-256-GCM for names, phones and ID numbers at rest; HMAC-SHA256 of the ID number (separate key)
 * for duplicate and repeat detection. Ciphertext format: v1:<iv>:<tag>:<data>, base64url parts.
 */
export class PiiCrypto {
  private readonly encKey: Buffer;
  private readonly hmacKey: Buffer;

  constructor(encryptionKey: Buffer, hmacKey: Buffer) {
    if (encryptionKey.length !== 32 || hmacKey.length !== 32) {
      throw new Error('personal-data keys must be 32 bytes');
    }
    this.encKey = encryptionKey;
    this.hmacKey = hmacKey;
  }

  encrypt(plain: string): string {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.encKey, iv);
    const data = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
    const tag = cipher.getAuthTag();
    return [VERSION, iv, tag, data]
      .map((p) => (typeof p === 'string' ? p : p.toString('base64url')))
      .join(':');
  }

  /** Throws when the ciphertext was altered or written with another key. */
  decrypt(stored: string): string {
    const [version, iv, tag, data] = stored.split(':');
    if (version !== VERSION || !iv || !tag || data === undefined) {
      throw new Error('unknown ciphertext format');
    }
    const decipher = createDecipheriv('aes-256-gcm', this.encKey, Buffer.from(iv, 'base64url'));
    decipher.setAuthTag(Buffer.from(tag, 'base64url'));
    return Buffer.concat([
      decipher.update(Buffer.from(data, 'base64url')),
      decipher.final(),
    ]).toString('utf8');
  }

  /** Keyed hash of a normalised ID number: equal numbers give equal hashes, nothing else leaks. */
  hmacIdNumber(idNumber: string): string {
    return createHmac('sha256', this.hmacKey).update(idNumber).digest('hex');
  }
}
