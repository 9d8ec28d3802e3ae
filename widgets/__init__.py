"""Reusable Qt views. They get data through small model objects and signals from the shell in app.ui."""
