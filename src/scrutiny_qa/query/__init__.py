"""The query path's steps, in the order a question meets them.

`retrieve.Searcher` runs them: the two retrievers (dense and keyword, in retrieve.py), then
`signals` (the rankings built on the retrievers' candidates), `fusion` (one order from all
rankings, and the passages that lead it), `close_reading` (the cross-encoder's second
pass, when asked for), `twins` (a passage published twice shown once, at its fullest
citation) and `present` (each passage with its citation, highlights and scores).
"""
