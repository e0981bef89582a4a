import { LANGS, type Lang } from './model';
import type { FileReport } from './problem';
import type { TextSlot } from './textSlot';

/**
 * `bilingual`: the shipped content, where every text needs zh and en.
 * `single-language`: user packs, where one complete language is enough; the other is filled
 * with its text and flagged, so surfaces can say "not translated" instead of showing nothing.
 */
export type LanguagePolicy = 'bilingual' | 'single-language';

/** Reports missing languages per the policy; returns the language that was filled in, if any. */
export function applyLanguagePolicy(slots: TextSlot[], policy: LanguagePolicy, report: FileReport): Lang | undefined {
  const missingCount = (lang: Lang): number => slots.filter((s) => s.missing[lang]).length;
  if (policy === 'bilingual') {
    for (const lang of LANGS) reportMissing(slots, lang, report);
    return undefined;
  }
  const complete = LANGS.filter((lang) => missingCount(lang) === 0);
  if (complete.length === LANGS.length) return undefined;
  if (complete.length === 0) {
    // Neither language is complete: report the gaps of the nearer one (zh on a tie).
    const nearer = LANGS.reduce((best, lang) => (missingCount(lang) < missingCount(best) ? lang : best));
    reportMissing(slots, nearer, report);
    return undefined;
  }
  const have = complete[0];
  const fill = LANGS.find((lang) => lang !== have) as Lang;
  for (const slot of slots) {
    if (!slot.missing[fill]) continue;
    slot.text[fill] = slot.text[have];
    delete slot.missing[fill];
  }
  return fill;
}

function reportMissing(slots: TextSlot[], lang: Lang, report: FileReport): void {
  for (const slot of slots) {
    const gap = slot.missing[lang];
    if (gap) report.add(gap.at, gap.message);
  }
}
