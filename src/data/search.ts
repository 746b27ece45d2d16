/** How many suggestions the navbar search shows: the search plugin's `searchResultLimits`. */
export const SEARCH_RESULT_LIMITS = 8;
