/**
 * Vite plugin: `import story from './x.ink'` gives the compiled ink JSON, and
 * `import meta from './x.ink?meta'` gives only the checked header tags, so the menu can list
 * stories without loading them. A compile error fails the build and shows in the dev
 * overlay with file and line. The compiler runs here, in Node; it never reaches the bundle.
 */
import { readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { Story } from 'inkjs/full';
import type { Plugin } from 'vite';
import { compileInk, formatInkMessage, InkCompileError } from './compileInk.ts';
import { parseHeader, StoryContractError } from './tags.ts';

export function inkPlugin(): Plugin {
  let root = process.cwd();
  return {
    name: 'online-grenzen-ink',
    enforce: 'pre',
    configResolved(config) {
      root = config.root;
    },
    load(id) {
      const [file = '', query = ''] = id.split('?');
      if (!file.endsWith('.ink')) return null;
      const shown = relative(root, file);
      const source = readFileSync(file, 'utf8');
      this.addWatchFile(file);
      try {
        const compiled = compileInk(source, shown, (name) => {
          const path = resolve(dirname(file), name);
          this.addWatchFile(path);
          return readFileSync(path, 'utf8');
        });
        for (const warning of compiled.warnings) this.warn(formatInkMessage(warning));
        if (query === 'meta') {
          const meta = parseHeader(new Story(compiled.json).globalTags ?? [], shown);
          return `export default ${JSON.stringify(meta)};`;
        }
        return `export default JSON.parse(${JSON.stringify(compiled.json)});`;
      } catch (error) {
        if (error instanceof InkCompileError) {
          const first = error.messages[0];
          this.error({
            message: `Ink: ${error.message}`,
            id: file,
            loc: {
              file: !first || first.file === shown ? file : resolve(dirname(file), first.file),
              line: first?.line ?? 1,
              column: 0,
            },
          });
        }
        if (error instanceof StoryContractError) this.error({ message: `Ink: ${error.message}`, id: file });
        throw error;
      }
    },
  };
}
