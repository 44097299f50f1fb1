"""The order as a document: template, context, mandatory blocks, rendering, verification.

``template`` (which template, resolved once) and ``context`` (the variables, the
documented contract) -> ``render`` (with ``compiled``, where docxtpl is confined, and
``environment``, the one sandboxed Jinja factory) -> ``mandatory`` (the rendered
document still holds every part the court insists on).  ``blocks`` and ``caption``
build those parts; ``layout`` is the pleading-paper geometry they are measured with.
"""
