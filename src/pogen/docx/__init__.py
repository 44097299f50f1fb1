"""WordprocessingML only, no legal knowledge: namespaces, a hardened parser, packages
(build, normalize, verify), template safety, effective styles, and the one reader of
a document's text."""
