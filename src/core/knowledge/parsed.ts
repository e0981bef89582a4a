// Parsed content with the positions cross-file checks need (ids, references, sources). The
// compiled bundle drops the positions; validators and pack merging keep them to point at lines.
import type { Entry, QuizItem, Term } from './model';
import type { Located, Position } from './problem';

export interface ParsedQuizItem {
  item: QuizItem;
  /** The file as reported in problems. */
  file: string;
  idAt: Position;
}

export interface ParsedEntry {
  entry: Entry;
  file: string;
  idAt: Position;
  topicAt: Position;
  terms: Located<string>[];
  related: Located<string>[];
  sources: Located<string>[];
  quiz: ParsedQuizItem[];
}

export interface ParsedTerm {
  term: Term;
  file: string;
  idAt: Position;
  topicAt: Position;
  related: Located<string>[];
  quiz: ParsedQuizItem[];
}
