// The MiniSearch index: loaded on the first search, not at activation.
export { createSearchIndex } from '../core/search/searchIndex';
