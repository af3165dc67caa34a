// Backcare's only script of its own. Pages work without it; it adds conveniences (folding long sections on a phone).
// Content-Security-Policy allows scripts from this site only, so nothing here is inline in the pages.
"use strict";

// A plan's long sections come open; on a phone they start folded, so the page reads as a list of headings. Printing
// opens them all again: a handout on paper has nothing to click.
(function foldLongSections() {
  const folds = () => document.querySelectorAll("details.fold");
  if (window.matchMedia("(max-width: 47.99rem)").matches) {
    folds().forEach(fold => { fold.open = false; });
  }
  window.addEventListener("beforeprint", () => folds().forEach(fold => { fold.open = true; }));
})();
