import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { po, type GetTextTranslation } from 'gettext-parser';
import type { Plugin, Rollup } from 'vite';
import type { Catalog } from '../src/i18n/catalog';

function isFuzzy(entry: GetTextTranslation): boolean {
  return (entry.comments?.flag ?? '').split(',').some((flag) => flag.trim() === 'fuzzy');
}

function isTranslated(entry: GetTextTranslation): boolean {
  return entry.msgstr.length > 0 && entry.msgstr.every((form) => form !== '');
}

/** Keeps the entries of the default context that carry a complete, non-fuzzy translation. */
export function catalogFromPo(source: Buffer | string): Catalog {
  const entries = Object.values(po.parse(source).translations[''] ?? {});
  const messages: Record<string, string[]> = {};
  for (const entry of entries) {
    if (entry.msgid !== '' && isTranslated(entry) && !isFuzzy(entry)) {
      messages[entry.msgid] = entry.msgstr;
    }
  }
  return { messages };
}

/** How `text` can be written as a JavaScript string literal in each kind of quotes. */
function literals(text: string): string[] {
  const escaped = text.replace(/\\/g, '\\\\').replace(/\n/g, '\\n');
  return ["'", '"', '`'].flatMap((quote) => [
    `${quote}${text}${quote}`,
    `${quote}${escaped.replaceAll(quote, `\\${quote}`)}${quote}`,
  ]);
}

/**
 * The part of `catalog` that `sources` (the code of the modules run before
 * the first render) may ask for: every message whose msgid is written as a
 * string literal in one of them. A message only a lazily loaded page uses is
 * left out; taking a string that is not a message is harmless.
 */
export function catalogForSources(catalog: Catalog, sources: readonly string[]): Catalog {
  const messages: Record<string, readonly string[]> = {};
  for (const [msgid, forms] of Object.entries(catalog.messages)) {
    const written = literals(msgid);
    if (sources.some((source) => written.some((literal) => source.includes(literal)))) {
      messages[msgid] = forms;
    }
  }
  return { messages };
}

/** `import '…/frontend.po?start'`: the messages of the first route only (see catalogs.ts). */
const START = '?start';
const PLACEHOLDER = '__POLYLOG_START_MESSAGES__';

/**
 * Lets the SPA `import catalog from '…/frontend.po'` and get a Catalog.
 *
 * `…/frontend.po?start` is the part of it the first route needs. In a build
 * it keeps the messages of the modules the entry imports statically (what runs
 * before the first render); lazily loaded pages load the whole catalog with
 * their code. The module graph is complete only once the chunks render, so the
 * part is written then (before the chunk's hash, which therefore follows it).
 * The dev server and the tests serve the whole catalog for both.
 */
export function poCatalog(): Plugin {
  let building = false;
  let startSources: string[] | undefined;

  /** The code of the SPA's modules that the entry imports statically, transitively. */
  function sourcesBeforeFirstRender(context: Rollup.PluginContext): string[] {
    const seen = new Set<string>();
    const pending = [...context.getModuleIds()].filter(
      (moduleId) => context.getModuleInfo(moduleId)?.isEntry,
    );
    for (let moduleId = pending.pop(); moduleId !== undefined; moduleId = pending.pop()) {
      if (seen.has(moduleId)) continue;
      seen.add(moduleId);
      pending.push(...(context.getModuleInfo(moduleId)?.importedIds ?? []));
    }
    // The messages are in the SPA's own code, not in the libraries'.
    return [...seen]
      .filter((moduleId) => !moduleId.includes('/node_modules/'))
      .flatMap((moduleId) => context.getModuleInfo(moduleId)?.code ?? []);
  }

  return {
    name: 'polylog-po-catalog',
    configResolved(config) {
      building = config.command === 'build';
    },
    buildStart() {
      startSources = undefined;
    },
    load: {
      // Only the catalogs: the other modules do not call into this plugin.
      filter: { id: /\.po(\?start)?$/ },
      async handler(id) {
        const start = id.endsWith(START);
        if (start && building) {
          return `export default { messages: ${JSON.stringify(PLACEHOLDER)} };`;
        }
        const catalog = catalogFromPo(await readFile(start ? id.slice(0, -START.length) : id));
        return `export default ${JSON.stringify(catalog)};`;
      },
    },
    renderChunk(code, chunk) {
      const id = chunk.facadeModuleId ?? '';
      if (!id.endsWith(`.po${START}`)) return null;
      startSources ??= sourcesBeforeFirstRender(this);
      const marker = new RegExp(`(["'\`])${PLACEHOLDER}\\1`);
      if (!marker.test(code)) this.error(`${id}: the placeholder of the start messages is gone`);
      const part = catalogForSources(
        catalogFromPo(readFileSync(id.slice(0, -START.length))),
        startSources,
      );
      return code.replace(marker, () => JSON.stringify(part.messages));
    },
  };
}
