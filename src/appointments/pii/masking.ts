/** Display masks for personal data (GB/T 35273 practice): 张*, 138****1234, 110105********1234. */

export function maskName(name: string): string {
  const chars = [...name];
  if (chars.length <= 1) return '*';
  // Only the family name (first character) stays: 张三 → 张*, 欧阳禾 → 欧**.
  return chars[0] + '*'.repeat(chars.length - 1);
}

export function maskPhone(phone: string): string {
  if (phone.length === 11) return `${phone.slice(0, 3)}****${phone.slice(7)}`;
  if (phone.length <= 4) return '*'.repeat(phone.length);
  return '*'.repeat(phone.length - 4) + phone.slice(-4);
}

export function maskIdNumber(id: string): string {
  if (id.length !== 18) return '*'.repeat(id.length);
  return `${id.slice(0, 6)}********${id.slice(14)}`;
}
