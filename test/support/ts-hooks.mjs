/**
 * Node module hooks that run the TypeScript sources the way Jest does (ts-jest with
 * isolatedModules: one file at a time through TypeScript's transpileModule), decorator metadata
 * included: Nest needs it, and tsx (esbuild) does not emit it. Used by tests that start the
 * service in its own process (test/support/service-process.ts).
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { fileURLToPath, URL } from 'node:url';
import ts from 'typescript';

const compilerOptions = {
  module: ts.ModuleKind.ESNext,
  target: ts.ScriptTarget.ES2022,
  experimentalDecorators: true,
  emitDecoratorMetadata: true,
  esModuleInterop: true,
  inlineSourceMap: true,
};

/** Sources import './x.js' as Node's ESM resolution requires; the file on disk is x.ts. */
export async function resolve(specifier, context, next) {
  const parent = context.parentURL;
  if (parent?.endsWith('.ts') && /^\.{1,2}\/.*\.js$/.test(specifier)) {
    const js = new URL(specifier, parent);
    const source = new URL(js.href.replace(/\.js$/, '.ts'));
    if (!existsSync(fileURLToPath(js)) && existsSync(fileURLToPath(source))) {
      return { url: source.href, shortCircuit: true };
    }
  }
  return next(specifier, context);
}

export async function load(url, context, next) {
  if (!url.startsWith('file:') || !url.endsWith('.ts')) return next(url, context);
  const fileName = fileURLToPath(url);
  const { outputText } = ts.transpileModule(await readFile(fileName, 'utf8'), {
    fileName,
    compilerOptions,
  });
  return { format: 'module', source: outputText, shortCircuit: true };
}
