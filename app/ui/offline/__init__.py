"""Offline laptops: the office's screens (``office``), the laptop's (``laptop``) and the
conflict screen both use (``conflicts``). ``app.services.checkout`` tells the story."""
