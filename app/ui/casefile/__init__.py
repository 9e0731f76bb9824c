"""The case-file window and its sections."""
