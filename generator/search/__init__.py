"""Search: a prebuilt inverted index, sharded by term prefix, loaded on demand with <script> elements.

The stages: `documents` turns the knowledge base into search documents (articles by their full
text, entities by their names and aliases, never the sentences entity pages quote); `index`
inverts them into postings; `shards` packs the postings into small files keyed by term prefix;
`files` writes every shard as a `.js` file that hands its data to one global callback, so the
browser can load it from file:// (where fetch is refused) as well as over HTTP.
"""

from generator.search.files import search_files

__all__ = ["search_files"]
