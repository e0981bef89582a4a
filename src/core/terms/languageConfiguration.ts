// Languages we have no table entry for still declare their comments in the `language-configuration.json`
// of the extension that contributes them. The glue reads that file; this turns it into a CommentSyntax.

import { syntaxForLanguage, type BlockCommentRule, type CommentSyntax, type LineCommentRule, type StringRule } from './languageSyntax';

const QUOTES = new Set(['"', "'", '`']);

/**
 * Converts a parsed `language-configuration.json` (any shape: it comes from other extensions) into a
 * CommentSyntax. `comments.lineComment` may be a string or `{ comment }`; `comments.blockComment` a pair.
 * When `languageId` has a built-in syntax, its string rules and extra comment forms are kept (the
 * configuration lists only one line-comment token, and never string rules); otherwise quotes that
 * auto-close outside strings become simple backslash-escaped string rules.
 */
export function syntaxFromLanguageConfiguration(config: unknown, languageId?: string): CommentSyntax {
  const builtIn = languageId === undefined ? undefined : syntaxForLanguage(languageId);
  const comments = field(config, 'comments');
  const lineComments: LineCommentRule[] = [];
  const blockComments: BlockCommentRule[] = [];

  const lineComment = field(comments, 'lineComment');
  const lineToken = typeof lineComment === 'string' ? lineComment : field(lineComment, 'comment');
  if (typeof lineToken === 'string' && lineToken.length > 0) lineComments.push({ token: lineToken });

  const pair = field(comments, 'blockComment');
  if (Array.isArray(pair) && typeof pair[0] === 'string' && typeof pair[1] === 'string' && pair[0] && pair[1]) {
    const known = builtIn?.blockComments.find((b) => b.open === pair[0] && b.close === pair[1]);
    blockComments.push(known ?? { open: pair[0], close: pair[1] });
  }

  if (builtIn) {
    for (const rule of builtIn.lineComments) {
      const same = lineComments.findIndex((l) => l.token === rule.token);
      if (same >= 0) lineComments[same] = rule; // the built-in knows position rules (`a#b` in shell)
      else lineComments.push(rule);
    }
    for (const rule of builtIn.blockComments) {
      if (!blockComments.some((b) => b.open === rule.open && b.close === rule.close)) blockComments.push(rule);
    }
    return { ...builtIn, lineComments, blockComments };
  }
  return { lineComments, blockComments, strings: stringsFromAutoClosingPairs(field(config, 'autoClosingPairs')) };
}

/** `"`, `'` and `` ` `` pairs that do not auto-close inside strings are string delimiters. */
function stringsFromAutoClosingPairs(pairs: unknown): StringRule[] {
  const rules: StringRule[] = [];
  if (!Array.isArray(pairs)) return [{ open: '"', close: '"', escape: '\\' }];
  for (const p of pairs) {
    const open = Array.isArray(p) ? p[0] : field(p, 'open');
    const close = Array.isArray(p) ? p[1] : field(p, 'close');
    const notIn = Array.isArray(p) ? undefined : field(p, 'notIn');
    if (typeof open !== 'string' || open !== close || !QUOTES.has(open)) continue;
    if (!Array.isArray(notIn) || !notIn.includes('string')) continue;
    if (rules.some((r) => r.open === open)) continue;
    rules.push({ open, close: open, escape: '\\', multiline: open === '`' });
  }
  return rules;
}

function field(value: unknown, key: string): unknown {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>)[key] : undefined;
}
