// The VS Code language id of a file, from its name: the CLI has no editor to ask.

const BY_EXTENSION: Record<string, string> = {
  py: 'python', pyi: 'python', pyw: 'python',
  ipynb: 'jupyter',
  js: 'javascript', mjs: 'javascript', cjs: 'javascript', jsx: 'javascriptreact',
  ts: 'typescript', mts: 'typescript', cts: 'typescript', tsx: 'typescriptreact',
  c: 'c', h: 'c', cc: 'cpp', cpp: 'cpp', cxx: 'cpp', hpp: 'cpp', hh: 'cpp', hxx: 'cpp', cu: 'cuda-cpp', cuh: 'cuda-cpp',
  cs: 'csharp', java: 'java', kt: 'kotlin', kts: 'kotlin', scala: 'scala', swift: 'swift', go: 'go', rs: 'rust',
  php: 'php', rb: 'ruby', lua: 'lua', r: 'r', jl: 'julia', hs: 'haskell', sql: 'sql', dart: 'dart', pl: 'perl', pm: 'perl',
  sh: 'shellscript', bash: 'shellscript', zsh: 'shellscript', ps1: 'powershell',
  yaml: 'yaml', yml: 'yaml', toml: 'toml', ini: 'ini', cfg: 'ini', jsonc: 'jsonc', json: 'json',
  html: 'html', htm: 'html', xml: 'xml', css: 'css', scss: 'scss', less: 'less',
  md: 'markdown', markdown: 'markdown', txt: 'plaintext', rst: 'plaintext',
};

const BY_NAME: Record<string, string> = {
  dockerfile: 'dockerfile', makefile: 'makefile', gnumakefile: 'makefile', 'cmakelists.txt': 'cmake',
};

export function languageOfFile(fileName: string): string | undefined {
  const base = fileName.split(/[\\/]/).pop()!.toLowerCase();
  if (BY_NAME[base]) return BY_NAME[base];
  if (base.startsWith('dockerfile')) return 'dockerfile';
  const dot = base.lastIndexOf('.');
  return dot >= 0 ? BY_EXTENSION[base.slice(dot + 1)] : undefined;
}
