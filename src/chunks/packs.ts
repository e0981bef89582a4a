// The content-pack parser (with the YAML library): loaded only when a pack folder exists.
export { loadContentPacks, reportPackProblems } from '../vscode/contentPacks';
