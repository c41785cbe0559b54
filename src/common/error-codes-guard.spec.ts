import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { ERROR_CATALOGUE } from './error-catalogue.js';

const SRC = fileURLToPath(new URL('..', import.meta.url));
const CODES = new Set(Object.keys(ERROR_CATALOGUE));

/**
 * Where a code may stand as a string: as the first argument of `new AppError(…)`, and compared
 * with a `.code` (both typed by the catalogue, so the compiler rejects a code it does not list).
 * Anywhere else a code written by hand would escape the catalogue.
 */
function checked(node: ts.Node): boolean {
  const parent = node.parent;
  if (ts.isNewExpression(parent)) {
    return ts.isIdentifier(parent.expression) && parent.expression.text === 'AppError'
      ? parent.arguments?.[0] === node
      : false;
  }
  if (ts.isBinaryExpression(parent)) {
    const op = parent.operatorToken.kind;
    const other = parent.left === node ? parent.right : parent.left;
    return (
      (op === ts.SyntaxKind.EqualsEqualsEqualsToken ||
        op === ts.SyntaxKind.ExclamationEqualsEqualsToken) &&
      ts.isPropertyAccessExpression(other) &&
      other.name.text === 'code'
    );
  }
  return false;
}

/** `file:line code` for each code written outside the places the compiler checks. */
function strayCodes(file: string, text: string): string[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const visit = (node: ts.Node) => {
    if (
      (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) &&
      CODES.has(node.text) &&
      !checked(node)
    ) {
      const { line } = source.getLineAndCharacterOfPosition(node.getStart());
      found.push(`${file}:${line + 1} ${node.text}`);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.spec.ts') ? [path] : [];
  });
}

describe('error codes outside the catalogue', () => {
  it('finds a code written as a plain string, and lets the checked places pass', () => {
    const text = [
      "throw new AppError('CONFLICT', 'x');",
      "if (err.code === 'SOLVE_FAILED') return;",
      "const body = { code: 'CONFLICT' };",
      'res.json({ statusCode: 409, code: `VERSION_CONFLICT` });',
      "const notACode = 'CONFLICTS';",
    ].join('\n');
    expect(strayCodes('x.ts', text)).toEqual(['x.ts:3 CONFLICT', 'x.ts:4 VERSION_CONFLICT']);
  });

  it('finds none in src', () => {
    const stray = sources(SRC)
      .filter((path) => !path.endsWith(join('common', 'error-catalogue.ts')))
      .flatMap((path) => strayCodes(relative(SRC, path), readFileSync(path, 'utf8')));
    expect(stray).toEqual([]);
  });
});
