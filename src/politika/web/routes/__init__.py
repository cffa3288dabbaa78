"""One module per page; each holds the page route and its JSON twin under /api/."""
