// The TextMate grammar injected into VS Code's Markdown grammar (package.json `contributes.grammars`,
// built to dist/dpia-blocks.tmLanguage.json by esbuild.config.mjs): the body of a ```risk, ```measure …
// block is embedded YAML, as VS Code's own grammar does for ```yaml and the front matter. So the
// block is highlighted as YAML, Ctrl+/ comments with `#`, and VS Code's Markdown snippets ("Insert
// bold text" …) are not offered inside blocks: VS Code picks snippets by the language at the cursor.
// No `vscode` import: the build calls it. The integration test embedded-yaml.test.ts and the UI
// check (ui-typing.mjs) check what it does in VS Code.
import { BLOCK_KINDS } from '../core/model/document';

/** The grammar's scope name (package.json `contributes.grammars[].scopeName`). */
export const FENCE_GRAMMAR_SCOPE = 'markdown.dpia.blocks';
/** The scope of a block's body, mapped to the `yaml` language in package.json `embeddedLanguages`. */
export const FENCE_EMBEDDED_SCOPE = 'meta.embedded.block.dpia';

/** The injection grammar for fenced blocks whose info string is one of `kinds`. */
export function fenceGrammar(kinds: readonly string[] = BLOCK_KINDS): object {
  const names = kinds.map((k) => k.replace(/[^a-z]/g, '')).join('|');
  return {
    scopeName: FENCE_GRAMMAR_SCOPE,
    // Left of the Markdown grammar's own fenced-code rules, so a ```risk block is matched here first;
    // not inside another code block (a ```risk shown as an example in a ````markdown block is text).
    injectionSelector: 'L:text.html.markdown -markup.fenced_code -markup.raw',
    patterns: [{ include: '#dpia-block' }],
    repository: {
      'dpia-block': {
        // The same fence rules as VS Code's ```yaml (markdown-basics): backticks or tildes, the kind
        // (any case), then attributes; the block ends at a fence of the same kind.
        begin: `(^|\\G)(\\s*)(\`{3,}|~{3,})\\s*(?i:(${names})((\\s+|:|,|\\{|\\?)[^\`]*)?$)`,
        name: 'markup.fenced_code.block.markdown',
        end: '(^|\\G)(\\2|\\s{0,3})(\\3)\\s*$',
        beginCaptures: {
          '3': { name: 'punctuation.definition.markdown' },
          '4': { name: 'fenced_code.block.language.markdown' },
          '5': { name: 'fenced_code.block.language.attributes.markdown' },
        },
        endCaptures: { '3': { name: 'punctuation.definition.markdown' } },
        patterns: [
          {
            begin: '(^|\\G)(\\s*)(.*)',
            while: '(^|\\G)(?!\\s*([`~]{3,})\\s*$)',
            contentName: FENCE_EMBEDDED_SCOPE,
            patterns: [{ include: 'source.yaml' }],
          },
        ],
      },
    },
  };
}
