/** Escapes text for Markdown so names like `a_b*c` render literally (tooltips, hover cards). */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!|<>]/g, '\\$&');
}
