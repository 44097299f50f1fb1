"""The command line, thin: parse arguments, call the library, print, exit.

``entry`` is the console script (with a fast lane that skips Typer for the everyday
commands); ``app`` the Typer application; ``commands`` the command bodies both share;
``progress`` what a batch prints; ``authoring`` and ``interview`` `pogen new`,
`schema` and `explain`.  Nothing here is imported by the library.
"""
