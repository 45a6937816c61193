"""Controllers: what a step decides (its state machine, background work, what it shows).

Views in ``app.ui.views`` lay widgets out and forward the user's actions here.
"""
