"""Documents drawn with Qt that both the window and the command line print: the review
(its wording in the current language, its charts as pictures) and PDF output.

Below views/: nothing here imports a view, so `opsdesk report` prints the same document
the window does without loading the window's code."""
