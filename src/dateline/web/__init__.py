"""The web app: pages, the JSON API and feeds over a read-only store.

Build it with :func:`dateline.web.app.create_app`; ``dateline serve`` runs it with uvicorn.
"""
