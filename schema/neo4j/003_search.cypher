// 003: text search. searchText holds the folded id, names and aliases (see foldForSearch);
// a text index serves CONTAINS.
CREATE TEXT INDEX entity_search_text IF NOT EXISTS FOR (n:Entity) ON (n.searchText);
