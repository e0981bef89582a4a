// A `vscode` module for running the built extension in plain node: enough of the API, behaving
// like the real one where the extension can observe it (events fire, Uris join, configuration
// returns defaults, workspace.fs reads files, documents map offsets to positions), so activate()
// and the providers it registers run their real code paths. Registrations are recorded so the
// benchmarks can call the hover provider the way the editor does.
//
// A namespace member the stub does not know is answered by a harmless placeholder and listed in
// `stub.missing`, so a new API call in the product shows up in the benchmark output instead of
// crashing it; add it here when it appears.
import fs from 'node:fs';
import Module from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { ROOT } from './harness';

type Listener<T> = (e: T) => unknown;

export class Disposable {
  private disposed = false;
  constructor(private readonly callOnDispose: () => unknown) {}
  static from(...items: { dispose(): unknown }[]): Disposable {
    return new Disposable(() => items.forEach((i) => i.dispose()));
  }
  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    this.callOnDispose();
  }
}

export class EventEmitter<T> {
  private listeners: { fn: Listener<T>; thisArgs: unknown }[] = [];
  private disposed = false;

  readonly event = (listener: Listener<T>, thisArgs?: unknown, disposables?: { dispose(): unknown }[]): Disposable => {
    const entry = { fn: listener, thisArgs };
    if (!this.disposed) this.listeners.push(entry);
    const d = new Disposable(() => {
      this.listeners = this.listeners.filter((l) => l !== entry);
    });
    disposables?.push(d);
    return d;
  };

  fire(data: T): void {
    for (const l of [...this.listeners]) {
      try {
        l.fn.call(l.thisArgs, data);
      } catch (e) {
        console.error('vscode stub: listener threw', e);
      }
    }
  }

  dispose(): void {
    this.disposed = true;
    this.listeners = [];
  }
}

/** An event nobody fires (editor events the benchmark never triggers). */
function silentEvent<T>(): (listener: Listener<T>, thisArgs?: unknown, disposables?: { dispose(): unknown }[]) => Disposable {
  return new EventEmitter<T>().event;
}

export class Uri {
  private constructor(
    readonly scheme: string,
    readonly authority: string,
    readonly path: string,
    readonly query: string,
    readonly fragment: string,
  ) {}

  static file(fsPath: string): Uri {
    return new Uri('file', '', fsPath.replace(/\\/g, '/'), '', '');
  }

  static parse(value: string): Uri {
    const m = /^([a-zA-Z][\w+.-]*):(?:\/\/([^/?#]*))?([^?#]*)(?:\?([^#]*))?(?:#(.*))?$/.exec(value);
    if (!m) return new Uri('file', '', value, '', '');
    return new Uri(m[1], m[2] ?? '', decodeURIComponent(m[3] ?? ''), m[4] ?? '', m[5] ?? '');
  }

  static from(c: { scheme: string; authority?: string; path?: string; query?: string; fragment?: string }): Uri {
    return new Uri(c.scheme, c.authority ?? '', c.path ?? '', c.query ?? '', c.fragment ?? '');
  }

  static joinPath(base: Uri, ...segments: string[]): Uri {
    return base.with({ path: path.posix.join(base.path || '/', ...segments) });
  }

  get fsPath(): string {
    return this.path;
  }

  with(change: { scheme?: string; authority?: string; path?: string; query?: string; fragment?: string }): Uri {
    return new Uri(change.scheme ?? this.scheme, change.authority ?? this.authority, change.path ?? this.path, change.query ?? this.query, change.fragment ?? this.fragment);
  }

  toString(): string {
    const auth = this.authority || this.scheme === 'file' ? `//${this.authority}` : '';
    return `${this.scheme}:${auth}${encodeURI(this.path)}${this.query ? `?${this.query}` : ''}${this.fragment ? `#${this.fragment}` : ''}`;
  }

  toJSON(): unknown {
    return { $mid: 1, scheme: this.scheme, authority: this.authority, path: this.path, query: this.query, fragment: this.fragment };
  }
}

export class Position {
  constructor(
    readonly line: number,
    readonly character: number,
  ) {}
  isBefore(o: Position): boolean {
    return this.line < o.line || (this.line === o.line && this.character < o.character);
  }
  isBeforeOrEqual(o: Position): boolean {
    return this.isBefore(o) || this.isEqual(o);
  }
  isAfter(o: Position): boolean {
    return !this.isBeforeOrEqual(o);
  }
  isAfterOrEqual(o: Position): boolean {
    return !this.isBefore(o);
  }
  isEqual(o: Position): boolean {
    return this.line === o.line && this.character === o.character;
  }
  compareTo(o: Position): number {
    return this.line - o.line || this.character - o.character;
  }
  translate(lineDelta = 0, characterDelta = 0): Position {
    return new Position(this.line + lineDelta, this.character + characterDelta);
  }
  with(line = this.line, character = this.character): Position {
    return new Position(line, character);
  }
}

export class Range {
  readonly start: Position;
  readonly end: Position;
  constructor(a: Position | number, b: Position | number, c?: number, d?: number) {
    const start = typeof a === 'number' ? new Position(a, b as number) : a;
    const end = typeof a === 'number' ? new Position(c as number, d as number) : (b as Position);
    [this.start, this.end] = start.isBeforeOrEqual(end) ? [start, end] : [end, start];
  }
  get isEmpty(): boolean {
    return this.start.isEqual(this.end);
  }
  get isSingleLine(): boolean {
    return this.start.line === this.end.line;
  }
  contains(x: Position | Range): boolean {
    if (x instanceof Range) return this.contains(x.start) && this.contains(x.end);
    return !x.isBefore(this.start) && !this.end.isBefore(x);
  }
  isEqual(o: Range): boolean {
    return this.start.isEqual(o.start) && this.end.isEqual(o.end);
  }
  intersection(o: Range): Range | undefined {
    const start = this.start.isAfter(o.start) ? this.start : o.start;
    const end = this.end.isBefore(o.end) ? this.end : o.end;
    return start.isAfter(end) ? undefined : new Range(start, end);
  }
  union(o: Range): Range {
    return new Range(this.start.isBefore(o.start) ? this.start : o.start, this.end.isAfter(o.end) ? this.end : o.end);
  }
  with(start = this.start, end = this.end): Range {
    return new Range(start, end);
  }
}

export class Selection extends Range {
  constructor(
    readonly anchor: Position,
    readonly active: Position,
  ) {
    super(anchor, active);
  }
}

export class MarkdownString {
  isTrusted: boolean | { enabledCommands: readonly string[] } | undefined;
  supportHtml = false;
  baseUri: Uri | undefined;
  constructor(
    public value = '',
    public supportThemeIcons = false,
  ) {}
  appendText(value: string): this {
    this.value += value.replace(/[\\`*_{}[\]()#+\-.!|<>]/g, '\\$&').replace(/\n/g, '\n\n');
    return this;
  }
  appendMarkdown(value: string): this {
    this.value += value;
    return this;
  }
  appendCodeblock(code: string, language = ''): this {
    this.value += `\n\`\`\`${language}\n${code}\n\`\`\`\n`;
    return this;
  }
}

export class Hover {
  readonly contents: MarkdownString[];
  constructor(
    contents: MarkdownString | MarkdownString[],
    readonly range?: Range,
  ) {
    this.contents = Array.isArray(contents) ? contents : [contents];
  }
}

export class ThemeIcon {
  static readonly File = new ThemeIcon('file');
  static readonly Folder = new ThemeIcon('folder');
  constructor(
    readonly id: string,
    readonly color?: ThemeColor,
  ) {}
}

export class ThemeColor {
  constructor(readonly id: string) {}
}

export class TreeItem {
  id?: string;
  description?: string | boolean;
  tooltip?: string | MarkdownString;
  iconPath?: unknown;
  contextValue?: string;
  command?: unknown;
  resourceUri?: Uri;
  accessibilityInformation?: unknown;
  checkboxState?: unknown;
  constructor(
    public label: string | { label: string },
    public collapsibleState = 0,
  ) {}
}

export class Diagnostic {
  source?: string;
  code?: string | number;
  tags?: number[];
  constructor(
    readonly range: Range,
    readonly message: string,
    readonly severity = 0,
  ) {}
}

export class CancellationTokenSource {
  private readonly emitter = new EventEmitter<void>();
  readonly token = { isCancellationRequested: false, onCancellationRequested: this.emitter.event };
  cancel(): void {
    if (this.token.isCancellationRequested) return;
    this.token.isCancellationRequested = true;
    this.emitter.fire();
  }
  dispose(): void {
    this.emitter.dispose();
  }
}

export class CancellationError extends Error {}

export class FileSystemError extends Error {
  static FileNotFound(what?: unknown): FileSystemError {
    return Object.assign(new FileSystemError(`file not found: ${String(what)}`), { code: 'FileNotFound' });
  }
}

export class RelativePattern {
  constructor(
    readonly base: unknown,
    readonly pattern: string,
  ) {}
}

export class FileDecoration {
  propagate?: boolean;
  constructor(
    public badge?: string,
    public tooltip?: string,
    public color?: ThemeColor,
  ) {}
}

export class Location {
  constructor(
    readonly uri: Uri,
    readonly range: Range | Position,
  ) {}
}

const enums = {
  TreeItemCollapsibleState: { None: 0, Collapsed: 1, Expanded: 2 },
  ViewColumn: { Active: -1, Beside: -2, One: 1, Two: 2, Three: 3 },
  StatusBarAlignment: { Left: 1, Right: 2 },
  DiagnosticSeverity: { Error: 0, Warning: 1, Information: 2, Hint: 3 },
  FileType: { Unknown: 0, File: 1, Directory: 2, SymbolicLink: 64 },
  ConfigurationTarget: { Global: 1, Workspace: 2, WorkspaceFolder: 3 },
  ExtensionMode: { Production: 1, Development: 2, Test: 3 },
  ExtensionKind: { UI: 1, Workspace: 2 },
  UIKind: { Desktop: 1, Web: 2 },
  EndOfLine: { LF: 1, CRLF: 2 },
  OverviewRulerLane: { Left: 1, Center: 2, Right: 4, Full: 7 },
  DecorationRangeBehavior: { OpenOpen: 0, ClosedClosed: 1, OpenClosed: 2, ClosedOpen: 3 },
  ColorThemeKind: { Light: 1, Dark: 2, HighContrast: 3, HighContrastLight: 4 },
  ProgressLocation: { SourceControl: 1, Window: 10, Notification: 15 },
  QuickPickItemKind: { Separator: -1, Default: 0 },
  TextEditorRevealType: { Default: 0, InCenter: 1, InCenterIfOutsideViewport: 2, AtTop: 3 },
  LogLevel: { Off: 0, Trace: 1, Debug: 2, Info: 3, Warning: 4, Error: 5 },
  DiagnosticTag: { Unnecessary: 1, Deprecated: 2 },
} as const;

/** A document as the extension host presents it: lines, version, offset/position mapping. */
export class TextDocument {
  readonly lines: string[];
  private readonly lineStarts: number[];
  readonly eol = enums.EndOfLine.LF;
  readonly isDirty = false;
  readonly isClosed = false;
  readonly isUntitled = false;
  readonly encoding = 'utf8';

  constructor(
    readonly uri: Uri,
    readonly languageId: string,
    text: string,
    readonly version = 1,
  ) {
    this.lines = text.split('\n');
    this.lineStarts = new Array<number>(this.lines.length);
    let offset = 0;
    for (let i = 0; i < this.lines.length; i++) {
      this.lineStarts[i] = offset;
      offset += this.lines[i].length + 1;
    }
  }

  get fileName(): string {
    return this.uri.fsPath;
  }

  get lineCount(): number {
    return this.lines.length;
  }

  /**
   * Like the extension host's document data: the whole text is joined from its lines on every call;
   * a range joins only the lines it spans.
   */
  getText(range?: Range): string {
    if (!range) return this.lines.join('\n');
    const r = this.validateRange(range);
    if (r.isSingleLine) return this.lines[r.start.line].slice(r.start.character, r.end.character);
    const parts = this.lines.slice(r.start.line, r.end.line + 1);
    parts[0] = parts[0].slice(r.start.character);
    parts[parts.length - 1] = parts[parts.length - 1].slice(0, r.end.character);
    return parts.join('\n');
  }

  lineAt(lineOrPosition: number | Position): {
    lineNumber: number;
    text: string;
    range: Range;
    rangeIncludingLineBreak: Range;
    firstNonWhitespaceCharacterIndex: number;
    isEmptyOrWhitespace: boolean;
  } {
    const line = typeof lineOrPosition === 'number' ? lineOrPosition : lineOrPosition.line;
    if (line < 0 || line >= this.lines.length) throw new Error(`Illegal value for \`line\`: ${line}`);
    const text = this.lines[line];
    const firstNonWhitespace = text.search(/\S/);
    return {
      lineNumber: line,
      text,
      range: new Range(line, 0, line, text.length),
      rangeIncludingLineBreak: line < this.lines.length - 1 ? new Range(line, 0, line + 1, 0) : new Range(line, 0, line, text.length),
      firstNonWhitespaceCharacterIndex: firstNonWhitespace < 0 ? text.length : firstNonWhitespace,
      isEmptyOrWhitespace: firstNonWhitespace < 0,
    };
  }

  offsetAt(position: Position): number {
    const p = this.validatePosition(position);
    return this.lineStarts[p.line] + p.character;
  }

  positionAt(offset: number): Position {
    const o = Math.max(0, Math.min(offset, this.lineStarts[this.lines.length - 1] + this.lines[this.lines.length - 1].length));
    let lo = 0;
    let hi = this.lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.lineStarts[mid] <= o) lo = mid;
      else hi = mid - 1;
    }
    return new Position(lo, o - this.lineStarts[lo]);
  }

  validatePosition(position: Position): Position {
    const line = Math.max(0, Math.min(position.line, this.lines.length - 1));
    const character = Math.max(0, Math.min(position.character, this.lines[line].length));
    return line === position.line && character === position.character ? position : new Position(line, character);
  }

  validateRange(range: Range): Range {
    return new Range(this.validatePosition(range.start), this.validatePosition(range.end));
  }

  getWordRangeAtPosition(position: Position): Range | undefined {
    const text = this.lines[position.line] ?? '';
    const re = /[\w\p{L}]+/gu;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      if (m.index <= position.character && position.character <= m.index + m[0].length) return new Range(position.line, m.index, position.line, m.index + m[0].length);
    }
    return undefined;
  }

  save(): Promise<boolean> {
    return Promise.resolve(false);
  }
}

function format(message: string, args: unknown[]): string {
  return message.replace(/\{(\d+)\}/g, (m, i: string) => (args[Number(i)] === undefined ? m : String(args[Number(i)])));
}

/** What a package.json `contributes.configuration` default says, for getConfiguration().get. */
function configurationDefaults(): Map<string, unknown> {
  const defaults = new Map<string, unknown>();
  try {
    const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
      contributes?: { configuration?: { properties?: Record<string, { default?: unknown }> } | { properties?: Record<string, { default?: unknown }> }[] };
    };
    const sections = [pkg.contributes?.configuration ?? []].flat();
    for (const s of sections) for (const [key, p] of Object.entries(s.properties ?? {})) defaults.set(key, p.default);
  } catch {
    // No manifest: every setting falls back to the caller's default.
  }
  return defaults;
}

class Memento {
  private readonly values = new Map<string, unknown>();
  keys(): readonly string[] {
    return [...this.values.keys()];
  }
  get<T>(key: string, defaultValue?: T): T | undefined {
    return this.values.has(key) ? (this.values.get(key) as T) : defaultValue;
  }
  update(key: string, value: unknown): Promise<void> {
    if (value === undefined) this.values.delete(key);
    else this.values.set(key, value);
    return Promise.resolve();
  }
  setKeysForSync(): void {}
}

export interface StubOptions {
  /** `vscode.env.language`; default 'en'. */
  language?: string;
  /** User settings on top of the manifest defaults. */
  settings?: Record<string, unknown>;
}

export interface HoverRegistration {
  selector: unknown;
  provider: { provideHover(document: unknown, position: unknown, token: unknown): unknown };
}

export interface VscodeStub {
  /** The module object the extension's `require('vscode')` receives. */
  api: Record<string, unknown>;
  commands: Map<string, (...args: unknown[]) => unknown>;
  hoverProviders: HoverRegistration[];
  /** Tree views created, by view id. */
  treeViews: Map<string, { treeDataProvider: unknown }>;
  /** Texts passed to window.showInformationMessage and window.showErrorMessage. */
  informationMessages: string[];
  errorMessages: string[];
  /** API members the stub had to improvise, e.g. `window.createWebviewView`. */
  missing: Set<string>;
  /** A fresh ExtensionContext rooted at `extensionPath`. */
  context(extensionPath?: string): ExtensionContextStub;
}

export interface ExtensionContextStub {
  subscriptions: { dispose(): unknown }[];
  extensionUri: Uri;
  extensionPath: string;
  [key: string]: unknown;
}

const disposable = (): Disposable => new Disposable(() => undefined);

/** Wraps a namespace so unknown members are improvised and recorded instead of being undefined. */
function lenient<T extends object>(name: string, target: T, missing: Set<string>): T {
  return new Proxy(target, {
    get(t, prop, receiver) {
      if (typeof prop === 'symbol' || prop in t) return Reflect.get(t, prop, receiver) as unknown;
      if (prop === 'then' || prop === 'toJSON') return undefined;
      missing.add(`${name}.${prop}`);
      if (/^on[A-Z]/.test(prop)) return silentEvent();
      if (/^(create|register|show|set|open|execute|apply|save|find|get)/.test(prop)) {
        return () => new Proxy(disposable(), { get: (d, p) => (p in d ? Reflect.get(d, p) : p === 'then' ? undefined : () => undefined) });
      }
      return undefined;
    },
  });
}

/** A fresh `vscode` API object; each activation gets its own so registrations do not pile up. */
export function createVscodeStub(options: StubOptions = {}): VscodeStub {
  const missing = new Set<string>();
  const commands = new Map<string, (...args: unknown[]) => unknown>();
  const hoverProviders: HoverRegistration[] = [];
  const treeViews = new Map<string, { treeDataProvider: unknown }>();
  const informationMessages: string[] = [];
  const errorMessages: string[] = [];
  const defaults = configurationDefaults();
  const settings = new Map<string, unknown>(Object.entries(options.settings ?? {}));
  const configChanged = new EventEmitter<{ affectsConfiguration(section: string): boolean }>();
  const context = new Map<string, unknown>();

  const configuration = (section?: string) => {
    const full = (key: string) => (section ? `${section}.${key}` : key);
    return {
      get<T>(key: string, defaultValue?: T): T | undefined {
        const k = full(key);
        if (settings.has(k)) return settings.get(k) as T;
        if (defaults.has(k) && defaults.get(k) !== undefined) return defaults.get(k) as T;
        return defaultValue;
      },
      has(key: string): boolean {
        return settings.has(full(key)) || defaults.has(full(key));
      },
      inspect(key: string) {
        const k = full(key);
        return { key: k, defaultValue: defaults.get(k), globalValue: settings.get(k) };
      },
      update(key: string, value: unknown): Promise<void> {
        const k = full(key);
        if (value === undefined) settings.delete(k);
        else settings.set(k, value);
        configChanged.fire({ affectsConfiguration: (s: string) => k === s || k.startsWith(`${s}.`) });
        return Promise.resolve();
      },
    };
  };

  const fileStat = async (uri: Uri) => {
    const st = await fs.promises.stat(uri.fsPath);
    return { type: st.isDirectory() ? enums.FileType.Directory : enums.FileType.File, ctime: st.ctimeMs, mtime: st.mtimeMs, size: st.size };
  };

  const window = {
    activeTextEditor: undefined,
    visibleTextEditors: [],
    activeColorTheme: { kind: enums.ColorThemeKind.Dark },
    state: { focused: true, active: true },
    createOutputChannel: (name: string) => {
      const noop = () => undefined;
      return {
        name,
        logLevel: enums.LogLevel.Info,
        onDidChangeLogLevel: silentEvent(),
        append: noop,
        appendLine: noop,
        replace: noop,
        clear: noop,
        show: noop,
        hide: noop,
        trace: noop,
        debug: noop,
        info: noop,
        warn: noop,
        error: noop,
        dispose: noop,
      };
    },
    createTreeView: (id: string, opts: { treeDataProvider: unknown }) => {
      const view = {
        id,
        treeDataProvider: opts.treeDataProvider,
        message: undefined as string | undefined,
        title: undefined as string | undefined,
        description: undefined as string | undefined,
        badge: undefined,
        visible: false,
        selection: [],
        onDidChangeSelection: silentEvent(),
        onDidChangeVisibility: silentEvent(),
        onDidExpandElement: silentEvent(),
        onDidCollapseElement: silentEvent(),
        onDidChangeCheckboxState: silentEvent(),
        reveal: () => Promise.resolve(),
        dispose: () => treeViews.delete(id),
      };
      treeViews.set(id, view);
      return view;
    },
    registerTreeDataProvider: () => disposable(),
    registerWebviewPanelSerializer: () => disposable(),
    registerWebviewViewProvider: () => disposable(),
    registerUriHandler: () => disposable(),
    registerFileDecorationProvider: () => disposable(),
    createWebviewPanel: () => {
      throw new Error('vscode stub: createWebviewPanel is not expected during activation');
    },
    createStatusBarItem: (idOrAlignment?: string | number, alignmentOrPriority?: number, priority?: number) => ({
      id: typeof idOrAlignment === 'string' ? idOrAlignment : 'status',
      alignment: typeof idOrAlignment === 'string' ? alignmentOrPriority : idOrAlignment,
      priority: typeof idOrAlignment === 'string' ? priority : alignmentOrPriority,
      name: undefined,
      text: '',
      tooltip: undefined,
      color: undefined,
      backgroundColor: undefined,
      command: undefined,
      accessibilityInformation: undefined,
      show: () => undefined,
      hide: () => undefined,
      dispose: () => undefined,
    }),
    createTextEditorDecorationType: () => ({ key: `decoration-${Math.random().toString(36).slice(2)}`, dispose: () => undefined }),
    showInformationMessage: (message: string) => {
      informationMessages.push(message);
      return Promise.resolve(undefined);
    },
    showWarningMessage: () => Promise.resolve(undefined),
    showErrorMessage: (message: string) => {
      errorMessages.push(message);
      return Promise.resolve(undefined);
    },
    showQuickPick: () => Promise.resolve(undefined),
    showInputBox: () => Promise.resolve(undefined),
    showOpenDialog: () => Promise.resolve(undefined),
    showSaveDialog: () => Promise.resolve(undefined),
    createQuickPick: () => {
      throw new Error('vscode stub: createQuickPick is not expected during activation');
    },
    setStatusBarMessage: () => disposable(),
    withProgress: <R>(_o: unknown, task: (p: { report(): void }, t: unknown) => Promise<R>) => task({ report: () => undefined }, new CancellationTokenSource().token),
    onDidChangeActiveTextEditor: silentEvent(),
    onDidChangeVisibleTextEditors: silentEvent(),
    onDidChangeTextEditorVisibleRanges: silentEvent(),
    onDidChangeTextEditorSelection: silentEvent(),
    onDidChangeActiveColorTheme: silentEvent(),
    onDidChangeWindowState: silentEvent(),
  };

  const workspace = {
    workspaceFolders: undefined,
    name: undefined,
    isTrusted: true,
    textDocuments: [],
    notebookDocuments: [],
    getConfiguration: configuration,
    onDidChangeConfiguration: configChanged.event,
    onDidChangeTextDocument: silentEvent(),
    onDidOpenTextDocument: silentEvent(),
    onDidCloseTextDocument: silentEvent(),
    onDidSaveTextDocument: silentEvent(),
    onDidChangeWorkspaceFolders: silentEvent(),
    onDidGrantWorkspaceTrust: silentEvent(),
    onDidOpenNotebookDocument: silentEvent(),
    onDidCloseNotebookDocument: silentEvent(),
    getWorkspaceFolder: () => undefined,
    asRelativePath: (p: string | Uri) => (typeof p === 'string' ? p : p.fsPath),
    createFileSystemWatcher: () => ({
      ignoreCreateEvents: false,
      ignoreChangeEvents: false,
      ignoreDeleteEvents: false,
      onDidCreate: silentEvent(),
      onDidChange: silentEvent(),
      onDidDelete: silentEvent(),
      dispose: () => undefined,
    }),
    findFiles: () => Promise.resolve([]),
    fs: {
      stat: fileStat,
      readFile: async (uri: Uri) => new Uint8Array(await fs.promises.readFile(uri.fsPath)),
      readDirectory: async (uri: Uri) =>
        (await fs.promises.readdir(uri.fsPath, { withFileTypes: true })).map((d) => [d.name, d.isDirectory() ? enums.FileType.Directory : enums.FileType.File] as const),
      writeFile: (uri: Uri, content: Uint8Array) => fs.promises.writeFile(uri.fsPath, content),
      createDirectory: (uri: Uri) => fs.promises.mkdir(uri.fsPath, { recursive: true }).then(() => undefined),
      delete: (uri: Uri) => fs.promises.rm(uri.fsPath, { recursive: true, force: true }),
      copy: (from: Uri, to: Uri) => fs.promises.cp(from.fsPath, to.fsPath, { recursive: true }),
      rename: (from: Uri, to: Uri) => fs.promises.rename(from.fsPath, to.fsPath),
      isWritableFileSystem: () => true,
    },
  };

  const languages = {
    registerHoverProvider: (selector: unknown, provider: HoverRegistration['provider']) => {
      const registration = { selector, provider };
      hoverProviders.push(registration);
      return new Disposable(() => hoverProviders.splice(hoverProviders.indexOf(registration), 1));
    },
    createDiagnosticCollection: (name?: string) => {
      const entries = new Map<string, unknown[]>();
      return {
        name,
        set: (uri: Uri, diagnostics: unknown[] | undefined) => (diagnostics ? entries.set(uri.toString(), diagnostics) : entries.delete(uri.toString())),
        delete: (uri: Uri) => entries.delete(uri.toString()),
        clear: () => entries.clear(),
        get: (uri: Uri) => entries.get(uri.toString()),
        has: (uri: Uri) => entries.has(uri.toString()),
        forEach: () => undefined,
        dispose: () => entries.clear(),
      };
    },
    getLanguages: () => Promise.resolve(['plaintext', 'markdown', 'python', 'javascript', 'typescript', 'json']),
    match: () => 10,
    onDidChangeDiagnostics: silentEvent(),
  };

  const api: Record<string, unknown> = {
    version: '1.100.3',
    ...enums,
    Disposable,
    EventEmitter,
    Uri,
    Position,
    Range,
    Selection,
    MarkdownString,
    Hover,
    ThemeIcon,
    ThemeColor,
    TreeItem,
    Diagnostic,
    CancellationTokenSource,
    CancellationError,
    FileSystemError,
    RelativePattern,
    Location,
    FileDecoration,
    QuickInputButtons: { Back: { iconPath: new ThemeIcon('arrow-left') } },
    window: lenient('window', window, missing),
    workspace: lenient('workspace', workspace, missing),
    languages: lenient('languages', languages, missing),
    commands: lenient(
      'commands',
      {
        registerCommand: (id: string, fn: (...args: unknown[]) => unknown) => {
          if (commands.has(id)) throw new Error(`command '${id}' already exists`);
          commands.set(id, fn);
          return new Disposable(() => commands.delete(id));
        },
        registerTextEditorCommand: (id: string, fn: (...args: unknown[]) => unknown) => {
          commands.set(id, fn);
          return new Disposable(() => commands.delete(id));
        },
        executeCommand: async (id: string, ...args: unknown[]) => {
          if (id === 'setContext') {
            context.set(String(args[0]), args[1]);
            return undefined;
          }
          return commands.get(id)?.(...args);
        },
        getCommands: () => Promise.resolve([...commands.keys()]),
      },
      missing,
    ),
    l10n: lenient(
      'l10n',
      {
        bundle: undefined,
        uri: undefined,
        t: (message: string | { message: string; args?: unknown[] }, ...args: unknown[]) =>
          typeof message === 'string' ? format(message, Array.isArray(args[0]) ? args[0] : args) : format(message.message, message.args ?? []),
      },
      missing,
    ),
    env: lenient(
      'env',
      {
        language: options.language ?? 'en',
        appName: 'Visual Studio Code',
        appRoot: '/usr/share/code/resources/app',
        appHost: 'desktop',
        uiKind: enums.UIKind.Desktop,
        uriScheme: 'vscode',
        machineId: 'bench-machine',
        sessionId: 'bench-session',
        remoteName: undefined,
        shell: '/bin/bash',
        isNewAppInstall: false,
        isTelemetryEnabled: false,
        onDidChangeTelemetryEnabled: silentEvent(),
        onDidChangeShell: silentEvent(),
        clipboard: { readText: () => Promise.resolve(''), writeText: () => Promise.resolve() },
        openExternal: () => Promise.resolve(true),
        asExternalUri: (u: Uri) => Promise.resolve(u),
      },
      missing,
    ),
    extensions: lenient('extensions', { all: [], getExtension: () => undefined, onDidChange: silentEvent() }, missing),
  };

  return {
    api,
    commands,
    hoverProviders,
    treeViews,
    informationMessages,
    errorMessages,
    missing,
    context(extensionPath = ROOT): ExtensionContextStub {
      const extensionUri = Uri.file(extensionPath);
      // Outside the repository: whatever the extension stores there must not end up in a commit.
      const storage = Uri.file(path.join(os.tmpdir(), 'llmfg-bench-storage'));
      return {
        subscriptions: [],
        extensionUri,
        extensionPath,
        extensionMode: enums.ExtensionMode.Production,
        globalState: new Memento(),
        workspaceState: new Memento(),
        secrets: { get: () => Promise.resolve(undefined), store: () => Promise.resolve(), delete: () => Promise.resolve(), onDidChange: silentEvent() },
        storageUri: storage,
        globalStorageUri: storage,
        logUri: storage,
        storagePath: storage.fsPath,
        globalStoragePath: storage.fsPath,
        logPath: storage.fsPath,
        asAbsolutePath: (p: string) => path.join(extensionPath, p),
        environmentVariableCollection: { persistent: false, replace: () => undefined, append: () => undefined, prepend: () => undefined, get: () => undefined, forEach: () => undefined, delete: () => undefined, clear: () => undefined },
        extension: { id: 'llm-field-guide.llm-field-guide', extensionUri, extensionPath, isActive: true, packageJSON: manifestOf(extensionPath), extensionKind: enums.ExtensionKind.Workspace, exports: undefined, activate: () => Promise.resolve() },
        languageModelAccessInformation: { onDidChange: silentEvent(), canSendRequest: () => undefined },
      };
    },
  };
}

/** The extension's package.json, parsed once per folder, as the host hands it over in `extension.packageJSON`. */
const manifests = new Map<string, unknown>();
function manifestOf(extensionPath: string): unknown {
  if (!manifests.has(extensionPath)) {
    const file = path.join(extensionPath, 'package.json');
    manifests.set(extensionPath, fs.existsSync(file) ? JSON.parse(fs.readFileSync(file, 'utf8')) : {});
  }
  return manifests.get(extensionPath);
}

// ---------------------------------------------------------------------------------------------
// Loading a bundle with the stub injected.

const STUB_ID = path.join(ROOT, 'bench', '.vscode-stub-module.js');
let current: Record<string, unknown> | undefined;
let hooked = false;

type ResolveFilename = (request: string, parent: unknown, isMain: boolean, options?: unknown) => string;

/**
 * Routes `require('vscode')` to the stub installed last (through Module._resolveFilename and the
 * require cache, the way test runners mock modules).
 */
export function installStub(stub: VscodeStub): void {
  current = stub.api;
  const cached = new Module(STUB_ID);
  cached.filename = STUB_ID;
  cached.loaded = true;
  cached.exports = stub.api;
  (Module as unknown as { _cache: Record<string, Module> })._cache[STUB_ID] = cached;
  if (hooked) return;
  hooked = true;
  const M = Module as unknown as { _resolveFilename: ResolveFilename };
  const original = M._resolveFilename;
  M._resolveFilename = function (request, parent, isMain, options) {
    if (request === 'vscode' && current) return STUB_ID;
    return original.call(this, request, parent, isMain, options);
  };
}

export interface LoadedBundle {
  exports: { activate?: (context: unknown) => unknown; deactivate?: () => unknown };
}

let loads = 0;

/**
 * Reads, compiles and evaluates a CommonJS bundle as a new module, as the extension host's require
 * would. A unique trailing comment makes every load a fresh compile (V8 caches compiled scripts by
 * source), so each measurement pays module compilation and evaluation in full.
 */
export function loadBundleFresh(file: string): LoadedBundle {
  const source = fs.readFileSync(file, 'utf8');
  const m = new Module(file);
  m.filename = file;
  m.paths = (Module as unknown as { _nodeModulePaths(dir: string): string[] })._nodeModulePaths(path.dirname(file));
  (m as unknown as { _compile(src: string, file: string): void })._compile(`${source}\n//# bench-load=${++loads}\n`, file);
  m.loaded = true;
  return m as unknown as LoadedBundle;
}

/** Disposes what activate() registered and calls deactivate(), as the host does on shutdown. */
export async function deactivateBundle(bundle: LoadedBundle, context: ExtensionContextStub): Promise<void> {
  await bundle.exports.deactivate?.();
  for (const d of context.subscriptions.splice(0)) {
    try {
      d.dispose();
    } catch (e) {
      console.error('vscode stub: dispose threw', e);
    }
  }
}
