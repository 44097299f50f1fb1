"""The case file: TOML source, firm defaults, schema, validation, the validated model.

``source`` (bounded read, decode, parse) -> ``load`` (with ``firm`` defaults) ->
``validate`` (``validator``: the schema through Cerberus; ``rules``: the court's
cross-field rules; ``quality``: harm-fact and category heuristics; ``placeholders``)
-> ``model`` (the frozen ``Case``).  ``judges`` and ``casenum`` are the registries and
formats validation checks against; ``jsonschema`` and ``skeleton`` derive editor
support and ``pogen new``'s skeleton from the same schema.
"""
