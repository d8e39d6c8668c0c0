"""Uppföljning (Follow-up): each commitment's status over time, months after the day."""
