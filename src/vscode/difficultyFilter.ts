import * as vscode from 'vscode';

const KEY = 'llmFieldGuide.difficultyFilter';
const ALL = [1, 2, 3] as const;

/** Which difficulty levels the Topics tree shows; remembered per workspace. */
export class DifficultyFilter implements vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChange = this.changed.event;

  constructor(private readonly state: vscode.Memento) {}

  levels(): number[] {
    const raw = this.state.get<unknown>(KEY);
    const levels = Array.isArray(raw) ? ALL.filter((l) => raw.includes(l)) : [...ALL];
    return levels.length ? levels : [...ALL];
  }

  allows(difficulty: number): boolean {
    return this.levels().includes(difficulty);
  }

  isActive(): boolean {
    return this.levels().length < ALL.length;
  }

  async set(levels: number[]): Promise<void> {
    await this.state.update(KEY, levels.length === 0 || levels.length === ALL.length ? undefined : levels);
    this.changed.fire();
  }

  dispose(): void {
    this.changed.dispose();
  }
}
