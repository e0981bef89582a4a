// The hover matcher's public surface: pure functions over text, no editor and no file system.

export { lexRegions, extractProse, proseOf, MAX_LINE_LENGTH } from './commentLexer';
export type { LexStats, ProseKind, ProseRegion, RegionKind, TextRegion } from './commentLexer';
export { BUILT_IN_LANGUAGES, PROSE_SYNTAX, syntaxForLanguage } from './languageSyntax';
export type { BlockCommentRule, CommentSyntax, LineCommentRule, StringRule } from './languageSyntax';
export { syntaxFromLanguageConfiguration } from './languageConfiguration';
export { buildTermIndex } from './termIndex';
export type { AliasCollision, TermIndex } from './termIndex';
export { findTermsInText, termAt } from './termMatcher';
export type { MatchSource, MatchStats, TermMatch, TextMatchOptions } from './termMatcher';
export { findTermsInDocument } from './documentMatcher';
export type { DocumentMatchOptions } from './documentMatcher';
export { detectMlContext } from './mlContext';
export type { MlContext } from './mlContext';
