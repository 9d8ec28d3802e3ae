"""Words on a clip for the application: the text on its frames read over the whole clip."""
