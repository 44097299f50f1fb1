"""pogen's user cache on disk (``pogen.cache.disk``): below every layer that keeps
something for the next process (compiled templates, parsed data files, file statuses)."""
