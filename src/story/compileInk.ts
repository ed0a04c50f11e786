/**
 * Compiles ink source with inkjs's own compiler. Used at build time by the Vite plugin, by
 * the story tests, and (loaded on demand) for an advisor's own story in the browser.
 * Never import this from game code that is part of the main bundle.
 */
import { Compiler, CompilerOptions } from 'inkjs/full';

export interface InkMessage {
  severity: 'error' | 'warning' | 'todo';
  file: string;
  line: number | null;
  message: string;
}

export interface CompiledInk {
  /** The runtime JSON that inkjs's Story takes. */
  json: string;
  warnings: InkMessage[];
  /** Every file pulled in with INCLUDE, as the loader was asked for it. */
  includes: string[];
}

export class InkCompileError extends Error {
  constructor(readonly messages: InkMessage[]) {
    super(messages.map(formatInkMessage).join('\n'));
    this.name = 'InkCompileError';
  }
}

export function formatInkMessage(m: InkMessage): string {
  const where = m.line === null ? m.file : `${m.file}:${m.line}`;
  return `${where}: ${m.severity === 'error' ? 'fout' : m.severity === 'warning' ? 'waarschuwing' : 'TODO'}: ${m.message}`;
}

const MESSAGE = /^(?:RUNTIME )?(ERROR|WARNING|TODO):\s*(?:'([^']*)'\s*)?(?:line (\d+):\s*)?([\s\S]*)$/;

export function parseInkMessage(raw: string, defaultFile: string): InkMessage {
  const match = MESSAGE.exec(raw.trim());
  if (!match) return { severity: 'error', file: defaultFile, line: null, message: raw.trim() };
  const kind = match[1];
  return {
    severity: kind === 'ERROR' ? 'error' : kind === 'WARNING' ? 'warning' : 'todo',
    file: match[2] || defaultFile,
    line: match[3] ? Number(match[3]) : null,
    message: (match[4] ?? '').trim(),
  };
}

/**
 * @param loadInclude returns the source of an INCLUDEd file, named as in the INCLUDE line
 *   (resolved against the main file's folder by the caller).
 */
export function compileInk(
  source: string,
  fileName: string,
  loadInclude: (name: string) => string = (name) => {
    throw new Error(`INCLUDE ${name}: includes are not available here`);
  },
): CompiledInk {
  const includes: string[] = [];
  const fileHandler = {
    ResolveInkFilename: (name: string) => name,
    LoadInkFileContents: (name: string) => {
      includes.push(name);
      return loadInclude(name);
    },
  };
  const compiler = new Compiler(source, new CompilerOptions(fileName, [], false, null, fileHandler));
  let story: ReturnType<typeof compiler.Compile> | null = null;
  let thrown: unknown = null;
  try {
    story = compiler.Compile();
  } catch (error) {
    thrown = error;
  }
  const errors = compiler.errors.map((m) => parseInkMessage(m, fileName));
  const warnings = [...compiler.warnings, ...compiler.authorMessages].map((m) => parseInkMessage(m, fileName));
  if (errors.length > 0 || !story) {
    if (errors.length === 0) {
      const message = thrown instanceof Error ? thrown.message : 'compilatie mislukt';
      errors.push({ severity: 'error', file: fileName, line: null, message });
    }
    throw new InkCompileError(errors);
  }
  return { json: story.ToJson() ?? '', warnings, includes };
}
