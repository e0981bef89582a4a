// Cells of a Jupyter notebook (.ipynb JSON) for the CLI, which has no notebook editor to ask.

export interface NotebookCell {
  kind: 'code' | 'markdown';
  /** The kernel language for code cells (python when the notebook does not say). */
  language: string;
  text: string;
}

export function notebookCells(json: string): NotebookCell[] | undefined {
  let nb: unknown;
  try {
    nb = JSON.parse(json);
  } catch {
    return undefined;
  }
  const doc = nb as { cells?: unknown; metadata?: { language_info?: { name?: unknown }; kernelspec?: { language?: unknown } } };
  if (!Array.isArray(doc.cells)) return undefined;
  const kernel = doc.metadata?.language_info?.name ?? doc.metadata?.kernelspec?.language;
  const language = typeof kernel === 'string' ? kernel.toLowerCase() : 'python';
  const cells: NotebookCell[] = [];
  for (const c of doc.cells as { cell_type?: unknown; source?: unknown }[]) {
    const text = Array.isArray(c.source) ? c.source.filter((s) => typeof s === 'string').join('') : typeof c.source === 'string' ? c.source : '';
    if (c.cell_type === 'code') cells.push({ kind: 'code', language, text });
    else if (c.cell_type === 'markdown') cells.push({ kind: 'markdown', language: 'markdown', text });
  }
  return cells;
}
