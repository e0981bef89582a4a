import { isMap, LineCounter, parseDocument, type Document, type Node, type YAMLMap } from 'yaml';
import type { FileReport, Position } from './problem';

/**
 * A YAML text parsed with positions. `firstLine` is the file line the YAML starts on (front
 * matter starts on line 2), so every reported position is a position in the whole file.
 */
export class YamlSource {
  readonly doc: Document.Parsed;
  private readonly lines = new LineCounter();

  constructor(
    readonly report: FileReport,
    text: string,
    private readonly firstLine = 1,
  ) {
    this.doc = parseDocument(text, { lineCounter: this.lines, prettyErrors: false });
    for (const err of this.doc.errors) this.report.add(this.posOfOffset(err.pos[0]), `malformed YAML: ${err.message.split('\n')[0]}`);
  }

  /** False when the YAML did not parse; its errors are already reported. */
  get ok(): boolean {
    return this.doc.errors.length === 0;
  }

  get start(): Position {
    return { line: this.firstLine, column: 1 };
  }

  /** Where a node starts; the start of the YAML when the node is absent. */
  at(node: Node | null | undefined): Position {
    return node?.range ? this.posOfOffset(node.range[0]) : this.start;
  }

  add(where: Node | Position | null | undefined, message: string): void {
    this.report.add(isPosition(where) ? where : this.at(where), message);
  }

  /** The top-level mapping, or undefined (reported) when the document is something else. */
  rootMap(what: string): YAMLMap | undefined {
    const contents = this.doc.contents;
    if (isMap(contents)) return contents;
    this.add(contents, `${what} must be a YAML mapping`);
    return undefined;
  }

  private posOfOffset(offset: number): Position {
    const pos = this.lines.linePos(offset);
    return { line: pos.line + this.firstLine - 1, column: pos.col };
  }
}

function isPosition(v: unknown): v is Position {
  return typeof v === 'object' && v !== null && 'line' in v && 'column' in v && !('range' in v);
}
