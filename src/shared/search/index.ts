export { searchAll, searchIndex, contextAround } from './search-all';
export { getSearchIndex, buildSearchIndex, type SearchIndex } from './search-index';
export { foldText, foldQuery } from './fold-text';
export type { SearchContext, SearchData, SearchOptions, SearchParagraph, SearchResult, SearchResultKind } from './search-types';
