/**
 * Normalises iCalendar text produced by a library into what RFC 5545 and strict parsers want:
 * every component's properties before its sub-components, lines folded at 75 octets without
 * splitting a UTF-8 character, CRLF line ends and a final CRLF.
 */

interface Component {
  name: string;
  properties: string[];
  children: Component[];
}

/** Undoes folding: a line starting with a space or tab continues the previous one. */
export function unfold(text: string): string[] {
  const lines: string[] = [];
  for (const raw of text.split(/\r?\n/)) {
    if ((raw.startsWith(' ') || raw.startsWith('\t')) && lines.length) {
      lines[lines.length - 1] += raw.slice(1);
    } else if (raw !== '') {
      lines.push(raw);
    }
  }
  return lines;
}

function parse(lines: string[]): Component {
  const root: Component = { name: '', properties: [], children: [] };
  const stack: Component[] = [root];
  for (const line of lines) {
    const top = stack[stack.length - 1];
    if (line.startsWith('BEGIN:')) {
      const child: Component = { name: line.slice(6), properties: [], children: [] };
      top.children.push(child);
      stack.push(child);
    } else if (line.startsWith('END:')) {
      if (top.name !== line.slice(4) || stack.length === 1) {
        throw new Error(`iCalendar nesting broken at ${line}`);
      }
      stack.pop();
    } else {
      top.properties.push(line);
    }
  }
  if (stack.length !== 1) throw new Error('iCalendar component not closed');
  return root;
}

function emit(component: Component, out: string[]): void {
  out.push(`BEGIN:${component.name}`, ...component.properties);
  for (const child of component.children) emit(child, out);
  out.push(`END:${component.name}`);
}

const encoder = new TextEncoder();

/**
 * Folds one content line: at most 75 octets per physical line (the leading space of a
 * continuation counts), cutting only between code points.
 */
export function foldLine(line: string): string {
  if (encoder.encode(line).length <= 75) return line;
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const ch of line) {
    const size = ch.length === 1 && ch.charCodeAt(0) < 0x80 ? 1 : encoder.encode(ch).length;
    const limit = parts.length === 0 ? 75 : 74;
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += ch;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

export function normalizeICalendar(text: string): string {
  const root = parse(unfold(text));
  const out: string[] = [];
  for (const component of root.children) emit(component, out);
  return out.map(foldLine).join('\r\n') + '\r\n';
}
