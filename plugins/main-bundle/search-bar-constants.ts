// What the navbar search bar reads from the search plugin's generated constants (see ./index.ts).
export {SEARCH_RESULT_LIMITS as searchResultLimits} from '../../src/data/search';
