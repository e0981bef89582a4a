import * as vscode from 'vscode';
import { parseJsonc } from '../core/terms/jsonc';
import { PROSE_SYNTAX, syntaxForLanguage, type CommentSyntax } from '../core/terms/languageSyntax';
import { syntaxFromLanguageConfiguration } from '../core/terms/languageConfiguration';

/**
 * Comment syntax per language id: from the `language-configuration.json` that installed
 * extensions contribute (so any language VS Code knows works), with the built-in table as the
 * fallback (web host, unreadable files). Each language's file is read once.
 */
const NO_COMMENTS: CommentSyntax = { lineComments: [], blockComments: [], strings: [] };

export class CommentSyntaxes {
  private configFiles: Map<string, vscode.Uri> | undefined;
  private readonly cache = new Map<string, Promise<CommentSyntax>>();

  constructor(private readonly log: vscode.LogOutputChannel) {}

  syntaxFor(languageId: string): Promise<CommentSyntax> {
    let s = this.cache.get(languageId);
    if (!s) {
      s = this.resolve(languageId);
      this.cache.set(languageId, s);
    }
    return s;
  }

  private configurationFiles(): Map<string, vscode.Uri> {
    if (this.configFiles) return this.configFiles;
    this.configFiles = new Map();
    for (const ext of vscode.extensions.all) {
      const languages: unknown = ext.packageJSON?.contributes?.languages;
      if (!Array.isArray(languages)) continue;
      for (const l of languages) {
        if (l && typeof l.id === 'string' && typeof l.configuration === 'string' && !this.configFiles.has(l.id)) {
          this.configFiles.set(l.id, vscode.Uri.joinPath(ext.extensionUri, l.configuration));
        }
      }
    }
    return this.configFiles;
  }

  private async resolve(languageId: string): Promise<CommentSyntax> {
    const builtIn = syntaxForLanguage(languageId);
    // Prose languages have no comments to read: the whole text is searched.
    if (builtIn === PROSE_SYNTAX) return builtIn;
    const file = this.configurationFiles().get(languageId);
    if (file) {
      try {
        const config = parseJsonc(new TextDecoder().decode(await vscode.workspace.fs.readFile(file)));
        if (config !== undefined) {
          const syntax = syntaxFromLanguageConfiguration(config, languageId);
          if (syntax.lineComments.length || syntax.blockComments.length) return syntax;
        }
      } catch (e) {
        this.log.debug(`No comment syntax from ${file.toString()}: ${(e as Error).message}`);
      }
    }
    // A language with no known comments has nothing to explain: its text is code.
    return builtIn ?? NO_COMMENTS;
  }
}
