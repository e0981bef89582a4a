import { isMap, type Node } from 'yaml';
import type { Correction } from './model';
import type { FileReport, Position } from './problem';
import type { TextSlot } from './textSlot';
import { checkKnownKeys, readBilingual, readString } from './yamlFields';
import type { YamlSource } from './yamlSource';

/** errors.md finding ids: E01 … E56. */
export const CORRECTION_ID = /^E\d\d$/;

const CORRECTION_KEYS = ['id', 'original', 'corrected', 'reference'] as const;

export interface CorrectionDraft {
  correction: Correction;
  originalAt: Position;
}

/** Reads a `corrections:` list; the `corrected` texts are appended to `slots` for the language policy. */
export function parseCorrections(src: YamlSource, items: Node[], slots: TextSlot[]): CorrectionDraft[] {
  const drafts: CorrectionDraft[] = [];
  items.forEach((node, index) => {
    const what = `correction ${index + 1}`;
    if (!isMap(node)) {
      src.add(node, `${what} must be a mapping with id, original, corrected and reference`);
      return;
    }
    checkKnownKeys(src, node, CORRECTION_KEYS, what);
    const id = readString(src, node, 'id', what, true);
    if (id && !CORRECTION_ID.test(id.value)) src.add(id.at, `${what}: id "${id.value}" is not an errors.md finding id (E01, E02, …)`);
    const name = id ? `correction ${id.value}` : what;
    const original = readString(src, node, 'original', name, true);
    const corrected = readBilingual(src, node, 'corrected', `${name} corrected`);
    const reference = readString(src, node, 'reference', name, true);
    slots.push(corrected);
    if (!id || !original) return;
    drafts.push({
      correction: { id: id.value, original: original.value, corrected: corrected.text, reference: reference?.value ?? '' },
      originalAt: original.at,
    });
  });
  return drafts;
}

/**
 * The point of a correction is that the wrong wording is gone: report each place the body still
 * contains it verbatim, at that body line.
 */
export function checkOriginalsAbsent(drafts: CorrectionDraft[], body: string, bodyLine: number, report: FileReport): void {
  const lines = body.split(/\r?\n/);
  for (const { correction } of drafts) {
    const needle = correction.original.trim();
    if (!needle) continue;
    lines.forEach((line, i) => {
      const column = line.indexOf(needle);
      if (column >= 0) {
        report.add({ line: bodyLine + i, column: column + 1 }, `correction ${correction.id}: the original wording "${needle}" still appears in the body`);
      }
    });
  }
}
