// The panel's own words (headings, buttons, ARIA labels) in both languages. The chrome follows
// the display language; content section headings follow the language of the text under them.
import type { Lang } from '../knowledge/model';

export type Difficulty = 1 | 2 | 3;

export interface UiLabels {
  question: string;
  answer: string;
  analysis: string;
  topic: string;
  difficulty: string;
  difficultyLevels: Record<Difficulty, string>;
  corrections: string;
  correction: string;
  correctionOriginal: string;
  correctionCorrected: string;
  correctionReference: string;
  relatedTerms: string;
  relatedEntries: string;
  sources: string;
  source: string;
  previous: string;
  next: string;
  topicNavigation: string;
  actions: string;
  revealInSidebar: string;
  quiz: string;
  copyMarkdown: string;
  /** The toggle's label; it names the language it switches to in that language itself. */
  switchLanguage: string;
  glossaryTerm: string;
  aliases: string;
  definition: string;
  example: string;
  codeSignals: string;
  usedInEntries: string;
  reference: string;
  /** Shown above text that is a stand-in from the other language (single-language packs). */
  untranslated: string;
  /** Separator between a label and its value: full-width in Chinese. */
  colon: string;
}

/** Each language's name in that language, as a language switch shows it. */
export const NATIVE_LANGUAGE_NAMES: Record<Lang, string> = { zh: '中文', en: 'English' };

/** BCP 47 tags for lang attributes, so screen readers and fonts pick the right language. */
export const HTML_LANG: Record<Lang, string> = { zh: 'zh-CN', en: 'en' };

export const UI_LABELS: Record<Lang, UiLabels> = {
  zh: {
    question: '题目',
    answer: '答案',
    analysis: '解析',
    topic: '主题',
    difficulty: '难度',
    difficultyLevels: { 1: '基础', 2: '进阶', 3: '高级' },
    corrections: '勘误',
    correction: '勘误',
    correctionOriginal: '原文',
    correctionCorrected: '更正',
    correctionReference: '依据',
    relatedTerms: '相关术语',
    relatedEntries: '相关条目',
    sources: '来源',
    source: '来源',
    previous: '上一条',
    next: '下一条',
    topicNavigation: '同主题条目',
    actions: '操作',
    revealInSidebar: '在侧边栏中显示',
    quiz: '测验',
    copyMarkdown: '复制为 Markdown',
    switchLanguage: '切换语言',
    glossaryTerm: '术语',
    aliases: '别名',
    definition: '定义',
    example: '代码示例',
    codeSignals: '代码中的写法',
    usedInEntries: '使用该术语的条目',
    reference: '参考文献',
    untranslated: '本条内容暂无中文译文，以下显示原文。',
    colon: '：',
  },
  en: {
    question: 'Question',
    answer: 'Answer',
    analysis: 'Analysis',
    topic: 'Topic',
    difficulty: 'Difficulty',
    difficultyLevels: { 1: 'Basic', 2: 'Intermediate', 3: 'Advanced' },
    corrections: 'Corrections',
    correction: 'Correction',
    correctionOriginal: 'The source said',
    correctionCorrected: 'Correct',
    correctionReference: 'Reference',
    relatedTerms: 'Related terms',
    relatedEntries: 'Related entries',
    sources: 'Sources',
    source: 'Source',
    previous: 'Previous',
    next: 'Next',
    topicNavigation: 'More in this topic',
    actions: 'Actions',
    revealInSidebar: 'Show in sidebar',
    quiz: 'Quiz me',
    copyMarkdown: 'Copy as Markdown',
    switchLanguage: 'Switch language',
    glossaryTerm: 'Glossary term',
    aliases: 'Also known as',
    definition: 'Definition',
    example: 'Code example',
    codeSignals: 'In code',
    usedInEntries: 'Entries that use this term',
    reference: 'Reference',
    untranslated: 'Not yet translated into English; the original text is shown.',
    colon: ': ',
  },
};

/** "000#4" → "Source: 000 #4" (or "来源：000 #4"); other shapes are shown as they are. */
export function formatSourceReference(ref: string, labels: UiLabels): string {
  const m = /^([^#\s]+)#(\d+)$/.exec(ref);
  return `${labels.source}${labels.colon}${m ? `${m[1]} #${m[2]}` : ref}`;
}
