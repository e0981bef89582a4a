// The argument of the "quiz me on this" command, which hover cards and pages pass through command
// links: `{ kind: 'entry' | 'term', id }`. A command link is text anyone can write into a Markdown
// hover, so the argument is checked field by field before use.
import { cardIdOf, type CardKind } from './cardIds';

export interface QuizTarget {
  kind: CardKind;
  id: string;
}

const ID = /^[a-z0-9][a-z0-9-]*$/;
const MAX_ID_LENGTH = 200;

/** The target named by a command argument, or undefined when it is not one. */
export function parseQuizTarget(arg: unknown): QuizTarget | undefined {
  const value = Array.isArray(arg) && arg.length === 1 ? arg[0] : arg;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const own = (key: string): unknown => (Object.hasOwn(value, key) ? (value as Record<string, unknown>)[key] : undefined);
  const kind = own('kind');
  const id = own('id');
  if (kind !== 'entry' && kind !== 'term') return undefined;
  if (typeof id !== 'string' || id.length > MAX_ID_LENGTH || !ID.test(id)) return undefined;
  return { kind, id };
}

export const quizTargetCardId = (target: QuizTarget): string => cardIdOf(target);
