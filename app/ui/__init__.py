"""The PySide6 desktop interface. Widgets call services and show plain data."""
