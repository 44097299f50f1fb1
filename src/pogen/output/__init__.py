"""The disk side of rendering: atomic writes with stale-temporary clean-up, and PDFs."""
