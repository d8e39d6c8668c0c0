"""The room in the window (issue 23): opening it, its QR code, and the moderation queue.

Imported when the facilitator first opens the room (aiohttp is not needed before).
"""
