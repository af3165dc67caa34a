// Backcare's only script of its own. Pages work without it; it adds conveniences (the clickable back diagram).
// Content-Security-Policy allows scripts from this site only, so nothing here is inline in the pages.
"use strict";
