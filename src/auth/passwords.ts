import * as argon2 from 'argon2';

// NFC on both sides: a password typed on another keyboard or system still matches.
export const hashPassword = (password: string): Promise<string> =>
  argon2.hash(password.normalize('NFC'), { type: argon2.argon2id });

export async function verifyPassword(hash: string, password: string): Promise<boolean> {
  try {
    return await argon2.verify(hash, password.normalize('NFC'));
  } catch {
    return false;
  }
}

// Verifying against a fixed hash when the user does not exist keeps the answer time the same,
// so timing does not reveal which usernames exist.
let dummyHash: Promise<string> | undefined;
export async function burnVerification(password: string): Promise<void> {
  dummyHash ??= hashPassword('not-a-real-password');
  await verifyPassword(await dummyHash, password);
}
