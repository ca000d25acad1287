"""Search: a prebuilt inverted index, sharded by term prefix, loaded on demand with <script> elements.

The stages: `documents` turns the knowledge base into search documents (articles by their full
text, entities by their names and aliases, never the sentences entity pages quote); `index`
updates the inverted index kept in `store` (SQLite, between builds) with the documents that
changed; `files` renders the manifest, the term shards and the page cards as `.js` files that hand
their data to one global callback, so the browser can load them from file:// (where fetch is
refused) as well as over HTTP; `build` is the entry point the pipeline calls.
"""

from generator.search.build import SearchFiles, search_files, search_files_for_docs, search_update
from generator.search.index import SearchOutput

__all__ = ["SearchFiles", "SearchOutput", "search_files", "search_files_for_docs", "search_update"]
