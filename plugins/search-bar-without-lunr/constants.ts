// What the copy of the navbar search bar reads instead of the search plugin's generated constants (see copies.ts).
export {SEARCH_RESULT_LIMITS as searchResultLimits} from '../../src/data/search';
